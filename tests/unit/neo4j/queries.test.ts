// The query registry (lib/neo4j/queries.ts) is the one way Trame reads cypher/: every query file is
// registered by name, and every registered name has its file. The saved console examples are data the
// console lists, not queries Trame runs.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, queryText, type QueryName } from '@/lib/neo4j/queries';

const ROOT = path.resolve('cypher');

/** Every .cypher file under cypher/ outside examples/, as a registry name ('explore/node'). */
function queryFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === path.join(ROOT, 'examples') ? [] : queryFiles(full);
    return e.name.endsWith('.cypher') ? [path.relative(ROOT, full).split(path.sep).join('/').replace(/\.cypher$/, '')] : [];
  });
}

describe('query registry', () => {
  it('registers every query file under cypher/, and nothing without a file', () => {
    const files = queryFiles().sort();
    expect(files.length).toBeGreaterThan(15);
    expect(files.filter((f) => !(QUERY_NAMES as string[]).includes(f))).toEqual([]);
    expect(QUERY_NAMES.filter((n) => !files.includes(n))).toEqual([]);
  });

  it('reads a query by name, parameterised, and refuses an unknown name', () => {
    expect(queryText('map/neighbours')).toMatch(/\$frontier/);
    expect(queryText('explore/node')).toMatch(/\$id\b/);
    expect(() => queryText('explore/nope' as QueryName)).toThrow(/register it in lib\/neo4j\/queries\.ts/);
  });
});
