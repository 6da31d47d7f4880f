// `npm run bench -- --scale`: 5,000 synthetic articles of a real article's size loaded through Trame's
// loader, then the explorer's queries at that size. Not in the default run: it takes minutes.
import type { Db } from '@/lib/neo4j/driver';
import { expand, nodeDetail, overview, search } from '@/lib/neo4j/explore';
import { loadDocument } from '@/lib/neo4j/load';
import { ensureSchema } from '@/lib/neo4j/schema';
import { measure } from './measure';
import { syntheticCorpus } from './corpus';
import { percentile, report } from './report';

/** Sized like the shipped sample article's extraction: tens of nodes, a few hundred relationships. */
export const SCALE_ARTICLE = { nodesPerArticle: 60, relationshipsPerArticle: 160, sentencesPerArticle: 40 };

/** Loads `articles` synthetic articles into an empty database, then times the explorer's queries. */
export async function benchScale(db: Db, articles = 5_000): Promise<void> {
  await ensureSchema(db);
  let rows = 0;
  const t0 = performance.now();
  let lastPrint = t0;
  let i = 0;
  for (const doc of syntheticCorpus({ articles, seed: 'trame-scale', sharedActors: 60_000, ...SCALE_ARTICLE })) {
    rows += doc.nodes.length + doc.relationships.length;
    await loadDocument(db, doc);
    if (++i % 500 === 0 || performance.now() - lastPrint > 30_000) {
      lastPrint = performance.now();
      console.error(`bench scale: ${i}/${articles} articles, ${Math.round(rows / ((lastPrint - t0) / 1000))} rows/s`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  report({ name: `scale: ingest of ${articles.toLocaleString('en-US')} articles`, value: rows / seconds, unit: 'nodes+rels/s', notes: `${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(0)} s` });

  const rich = await db.driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC LIMIT 20', {}, { routing: 'READ' });
  const ids = rich.records.map((r) => r.get('id') as string);
  const names = await db.driver.executeQuery('MATCH (n:Entity) WHERE n.name IS NOT NULL RETURN n.name AS name LIMIT 20', {}, { routing: 'READ' });
  const queries = names.records.map((r) => String(r.get('name')).slice(0, 6));
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['search', (k) => search(db, queries[k % queries.length], 10)],
    ['expand', (k) => expand(db, ids[k % ids.length])],
    ['node detail', (k) => nodeDetail(db, ids[k % ids.length])],
    ['overview (2,000 nodes)', () => overview(db, 2_000)],
  ];
  for (const [name, fn] of cases) {
    await measure(fn, 2, 10);
    const ms = await measure(fn, 1, name.startsWith('overview') ? 20 : 100);
    report({ name: `scale: ${name} p95 at ${articles.toLocaleString('en-US')} articles`, value: percentile(ms, 95), unit: 'ms', notes: `p50 ${percentile(ms, 50).toFixed(1)} ms, in-process` });
  }
}
