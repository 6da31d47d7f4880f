import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openDb, readRows, writeRows, type Db } from '@/lib/neo4j/driver';
import { neo4jConfigFromEnv } from '@/lib/neo4j/config';
import { ensureSchema } from '@/lib/neo4j/schema';
import { loadArticleFiles } from '@/lib/ingest/load-articles';

/** A driver on the test Neo4j that the global setup started (never the demo database). */
export function testDb(): Db {
  const uri = process.env.TRAME_TEST_NEO4J_URI;
  if (!uri) throw new Error('tests: TRAME_TEST_NEO4J_URI is not set — run through npm test or vitest with the integration project');
  return openDb({ ...neo4jConfigFromEnv(), uri });
}

/** Deletes every node and relationship (schema stays), in batches so large fixtures fit in memory. */
export async function resetDb(db: Db): Promise<void> {
  for (;;) {
    const [{ deleted }] = await writeRows<{ deleted: number }>(db, 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
    if (deleted === 0) break;
  }
}

/** Paths of the articles shipped in data/articles. */
export function articlePaths(): string[] {
  const dir = path.resolve('data', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The sample article's path. */
export const SAMPLE_ARTICLE = path.resolve('data', 'articles', 'nk-troops-russia.fr.txt');

/** Empties the test database and loads the given articles (default: the sample article) with the real loader. */
export async function loadSample(db: Db, files: string[] = [SAMPLE_ARTICLE]): Promise<void> {
  await resetDb(db);
  await ensureSchema(db);
  await loadArticleFiles(db, files);
}

/** Counts of nodes by label and relationships by type, plus a checksum of ids, to prove "nothing changed". */
export async function snapshot(db: Db): Promise<{ nodes: number; relationships: number; ids: string }> {
  const [row] = await readRows<{ nodes: number; relationships: number; ids: string[] }>(
    db,
    `CALL { MATCH (n) RETURN count(n) AS nodes, collect(coalesce(n.id, elementId(n))) AS ids }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships, ids`,
  );
  return { nodes: row.nodes, relationships: row.relationships, ids: [...row.ids].sort().join('\n') };
}
