// Every saved console query runs under the console's policy and returns rows on the sample article.
import { describe, expect, it } from 'vitest';
import { runConsoleQuery } from '@/lib/neo4j/console';
import { readConsoleSchema } from '@/lib/neo4j/console-schema';
import { readExamples } from '@/lib/neo4j/console-examples';
import type { Db } from '@/lib/neo4j/driver';
import { useSampleDb } from '@/tests/helpers/sample-db';

const examples = readExamples();
let db: Db;
useSampleDb((opened) => (db = opened));

describe('saved queries', () => {
  it('offers at least eight, each with a title and a description', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const e of examples) {
      expect(e.title, e.id).not.toBe(e.id);
      expect(e.description.length, e.id).toBeGreaterThan(10);
    }
  });

  it.each(examples.map((e) => [e.title, e] as const))('%s returns rows and a graph', async (_title, example) => {
    const r = await runConsoleQuery(db, example.query, example.params, { timeoutMs: 10_000, maxRows: 5_000, maxNodes: 2_000 });
    expect(r.rows.length, example.id).toBeGreaterThan(0);
    expect(r.graph.nodes.length, example.id).toBeGreaterThan(0);
    expect(r.truncated).toBe(false);
  });
});

describe('schema for completion', () => {
  it('lists the labels, relationship types and property keys in the database', async () => {
    const s = await readConsoleSchema(db);
    expect(s.labels).toEqual(expect.arrayContaining(['Country', 'Transfer', 'Claim', 'Entity']));
    expect(s.relationshipTypes).toEqual(expect.arrayContaining(['SENT', 'TO', 'ASSERTS']));
    expect(s.propertyKeys).toEqual(expect.arrayContaining(['name', 'quantity', 'evidence']));
  });
});
