import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRows, type Db } from '@/lib/neo4j/driver';
import { loadArticleFiles } from '@/lib/ingest/load-articles';
import { resetDb, SAMPLE_ARTICLE, snapshot } from '../helpers/db';
import { useSampleDb } from '../helpers/sample-db';
import { runCli } from '../helpers/cli';

const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity'
RETURN label, count ORDER BY label`;
const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;

let db: Db;
useSampleDb((opened) => (db = opened));

async function countsByLabel(): Promise<Record<string, number>> {
  const rows = await readRows<{ label: string; count: number }>(db, COUNT_BY_LABEL);
  return Object.fromEntries(rows.map((r) => [r.label, r.count]));
}

function runLoad(args: string[]) {
  return runCli('load', ['--quiet', ...args], { NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI });
}

describe('loading the sample article into Neo4j', () => {
  it('stores the countries, persons, organizations and transfers of the article', async () => {
    const counts = await countsByLabel();
    expect(counts.Article).toBe(1);
    expect(counts.Sentence).toBeGreaterThan(30);
    expect(counts.Country).toBeGreaterThanOrEqual(6);
    expect(counts.Person).toBeGreaterThanOrEqual(6);
    expect(counts.Organization).toBeGreaterThanOrEqual(5);
    expect(counts.Transfer).toBeGreaterThanOrEqual(5);
    const names = await readRows<{ name: string }>(db, 'MATCH (c:Country) RETURN c.name AS name');
    expect(names.map((r) => r.name)).toEqual(expect.arrayContaining(['Corée du Nord', 'Russie', 'Ukraine']));
  });

  // A transfer whose giver the text does not name ("des armes de leurs alliés") is kept with its one known
  // side: analysts want it, and inventing a sender would be worse. One whose receiver is only a place
  // ("sur la ligne de front ukrainienne") has its DESTINATION. Every other transfer has both ends.
  it('gives transfers a sender and a recipient, and never neither', async () => {
    const [row] = await readRows<{ noReceiver: number; noSender: number; orphan: number; total: number }>(
      db,
      `MATCH (t:Transfer)
       WITH t, EXISTS { ()-[:SENT]->(t) } AS sent, EXISTS { (t)-[:TO|DESTINATION]->() } AS to
       RETURN count(t) AS total,
              count(CASE WHEN sent AND NOT to THEN 1 END) AS noReceiver,
              count(CASE WHEN to AND NOT sent THEN 1 END) AS noSender,
              count(CASE WHEN NOT sent AND NOT to THEN 1 END) AS orphan`,
    );
    // Eleven facts: the troops sent "to the Ukrainian front" are North Korea's troops to Russia with a
    // DESTINATION, the same (giver, receiver, kind) as the other troops, not a twelfth fact with Ukraine as receiver.
    expect(row.total).toBeGreaterThanOrEqual(11);
    expect(row.orphan).toBe(0);
    expect(row.noReceiver).toBe(0);
    // Only "La Russie et l'Ukraine ont toutes deux reçu des importations d'armes de la part de leurs alliés":
    // one fact per receiver, the allies unnamed.
    expect(row.noSender).toBeLessThanOrEqual(2);
    const quantified = await readRows<{ name: string }>(
      db,
      `MATCH (t:Transfer) WHERE t.quantity IS NOT NULL AND NOT (EXISTS { ()-[:SENT]->(t) } AND EXISTS { (t)-[:TO]->() })
       RETURN t.name AS name`,
    );
    expect(quantified).toEqual([]);
    const [front] = await readRows<{ to: number; destination: number }>(
      db,
      `MATCH (:Country {id: 'country:KP'})-[:SENT]->(t:Transfer {kind: 'troops'})
       RETURN count(CASE WHEN EXISTS { (t)-[:TO]->(:Country {id: 'country:UA'}) } THEN 1 END) AS to,
              count(CASE WHEN EXISTS { (t)-[:DESTINATION]->({id: 'country:UA'}) } THEN 1 END) AS destination`,
    );
    expect(front).toEqual({ to: 0, destination: 1 });
  });

  it('cites evidence sentences and articles on every non-provenance relationship', async () => {
    const [row] = await readRows<{ bad: number; total: number }>(
      db,
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['HAS_SENTENCE', 'MENTIONS']
       RETURN count(r) AS total,
              count(CASE WHEN r.evidence IS NULL OR size(r.evidence) = 0 OR size(r.articles) = 0 THEN 1 END) AS bad`,
    );
    expect(row.total).toBeGreaterThan(10);
    expect(row.bad).toBe(0);
    const [cited] = await readRows<{ unknown: number }>(
      db,
      `MATCH ()-[r:SENT|TO]->() UNWIND r.evidence AS sid
       OPTIONAL MATCH (s:Sentence {id: sid}) RETURN count(CASE WHEN s IS NULL THEN 1 END) AS unknown`,
    );
    expect(cited.unknown).toBe(0);
  });

  it('links the article to its sentences and the sentences to what they mention', async () => {
    const [row] = await readRows<{ mentions: number; korea: number }>(
      db,
      `MATCH (:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(n:Entity)
       RETURN count(m) AS mentions, count(CASE WHEN n.id = 'country:KP' THEN 1 END) AS korea`,
    );
    expect(row.mentions).toBeGreaterThan(20);
    expect(row.korea).toBeGreaterThan(3);
  });

  it('creates the constraints and the search index', async () => {
    const constraints = await readRows<{ name: string }>(db, 'SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['entity_id', 'article_id', 'sentence_id']));
    const indexes = await readRows<{ name: string; state: string }>(db, 'SHOW INDEXES YIELD name, state RETURN name, state');
    expect(indexes.find((i) => i.name === 'entity_search')?.state).toBe('ONLINE');
  });

  it('changes no counts when the same article is loaded again', async () => {
    const before = await snapshot(db);
    const labelsBefore = await countsByLabel();
    const typesBefore = await readRows(db, COUNT_BY_TYPE);
    await loadArticleFiles(db, [SAMPLE_ARTICLE]);
    expect(await countsByLabel()).toEqual(labelsBefore);
    expect(await readRows(db, COUNT_BY_TYPE)).toEqual(typesBefore);
    expect((await snapshot(db)).nodes).toBe(before.nodes);
  });
});

describe('the load CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-load-'));
  const empty = path.join(dir, 'empty.txt');
  const blank = path.join(dir, 'blank.txt');
  const binary = path.join(dir, 'image.txt');
  const folder = path.join(dir, 'folder.txt');
  const dots = path.join(dir, 'dots.txt');
  writeFileSync(empty, '');
  writeFileSync(dots, '...\n- 12 -\n');
  writeFileSync(blank, '   \n\t\n  ');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]));
  mkdirSync(folder);

  it.each([
    ['a missing file', path.join(dir, 'nope.txt')],
    ['an empty file', empty],
    ['a whitespace-only file', blank],
    ['a file with no letters ("...")', dots],
    ['a binary file', binary],
    ['a directory', folder],
  ])('refuses %s with exit 2, one line, and writes nothing', async (_kind, file) => {
    const before = await snapshot(db);
    const r = runLoad([SAMPLE_ARTICLE, file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path.basename(file));
    expect(await snapshot(db)).toEqual(before);
  });

  it('exits 1 naming the URI and what to do when Neo4j is unreachable', () => {
    const r = runCli('load', ['--quiet', SAMPLE_ARTICLE], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bolt://127.0.0.1:1');
    expect(r.stderr).toMatch(/neo4j:start|NEO4J_URI/);
  });

  it('loads a file and reports what it wrote', async () => {
    await resetDb(db);
    const r = runLoad([SAMPLE_ARTICLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 article\(s\), \d+ nodes/);
    expect((await countsByLabel()).Article).toBe(1);
  });
});
