import type { GraphDocument } from '@/lib/graph/schema';
import { writeTransaction, type Db } from '@/lib/neo4j/driver';
import { ensureSchema } from '@/lib/neo4j/schema';
import { loadDocument, nodeRow, relationshipRow } from '@/lib/neo4j/load';
import { syntheticCorpus, type CorpusOptions } from './corpus';
import { report } from './report';

/**
 * Empties the database (schema kept) so that each loader starts from the same empty state. Batches stay small
 * enough for the bench Neo4j's 128 MiB per-transaction memory cap: 10,000 well-connected nodes exceed it.
 */
export async function emptyDatabase(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
  await ensureSchema(db);
}

function rowsOf(docs: GraphDocument[]): number {
  return docs.reduce((n, d) => n + d.nodes.length + d.relationships.length, 0);
}

/** Trame's loader: one transaction per article, batched UNWIND MERGE, provenance included. */
async function trameLoad(db: Db, docs: GraphDocument[]): Promise<{ ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const t0 = performance.now();
    for (const doc of docs) await loadDocument(db, doc);
    return { ms: performance.now() - t0, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer); // a failed load must not leave the sampler keeping the bench alive
  }
}

/**
 * The naive loader's sample: part of one article, its relationships among the nodes kept (a MATCH that
 * finds nothing would skip work). A row rate needs a few hundred rows, not the minutes a whole corpus takes.
 */
function naiveSample(doc: GraphDocument, nodes = 80): GraphDocument {
  const kept = doc.nodes.slice(0, nodes);
  const ids = new Set(kept.map((n) => n.id));
  return { ...doc, nodes: kept, relationships: doc.relationships.filter((r) => ids.has(r.source) && ids.has(r.target)) };
}

/** Reference (a): what a naive loader does — one MERGE statement per node and per relationship. */
async function naiveLoad(db: Db, docs: GraphDocument[]): Promise<number> {
  const session = db.driver.session();
  const t0 = performance.now();
  try {
    for (const doc of docs) {
      for (const n of doc.nodes) {
        const r = nodeRow(n, null);
        await session.run(`MERGE (n:Entity {id: $id}) SET n:${n.label}, n.name = $name, n.aliases = $aliases, n += $props`, r);
      }
      for (const rel of doc.relationships) {
        const r = relationshipRow(rel);
        await session.run(
          `MATCH (a:Entity {id: $source}) MATCH (b:Entity {id: $target}) MERGE (a)-[x:${rel.type} {key: $key}]->(b) SET x.evidence = $evidence`,
          r,
        );
      }
    }
  } finally {
    await session.close();
  }
  return performance.now() - t0;
}

/** Reference (b): the floor of Neo4j's write path — UNWIND $rows CREATE of the same data into an empty database. */
async function createFloor(db: Db, docs: GraphDocument[], batch = 10_000): Promise<number> {
  const t0 = performance.now();
  const nodes = new Map<string, ReturnType<typeof nodeRow> & { label: string }>();
  for (const d of docs) for (const n of d.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { ...nodeRow(n, null), label: n.label });
  const byLabel = new Map<string, unknown[]>();
  for (const n of nodes.values()) byLabel.set(n.label, byLabel.get(n.label) ?? []).get(n.label)!.push(n);
  const chunks = async (cypher: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += batch) await writeTransaction(db, (tx) => tx.run(cypher, { rows: rows.slice(i, i + batch) }));
  };
  for (const [label, rows] of byLabel)
    await chunks(`UNWIND $rows AS row CREATE (n:Entity:${label} {id: row.id, name: row.name, aliases: row.aliases}) SET n += row.props`, rows);
  await chunks(
    'UNWIND $rows AS row CREATE (s:Sentence {id: row.id, text: row.text, index: row.index})',
    docs.flatMap((d) => d.sentences),
  );
  const byType = new Map<string, unknown[]>();
  for (const d of docs) for (const r of d.relationships) byType.set(r.type, byType.get(r.type) ?? []).get(r.type)!.push(relationshipRow(r));
  for (const [type, rows] of byType)
    await chunks(`UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) CREATE (a)-[x:${type}]->(b) SET x.evidence = row.evidence`, rows);
  return performance.now() - t0;
}

/**
 * Ingest benchmark: Trame's loader against a naive loader and against UNWIND CREATE, same data, same run,
 * each into the emptied database of the bench's one Neo4j (a restart per loader cost minutes here).
 */
export async function benchIngest(db: Db, corpus: Partial<CorpusOptions> = {}): Promise<void> {
  const docs = [...syntheticCorpus(corpus)];
  const rows = rowsOf(docs);
  const distinctNodes = new Set(docs.flatMap((d) => d.nodes.map((n) => n.id))).size;
  const distinctRels = docs.reduce((n, d) => n + d.relationships.length, 0);
  console.log(`ingest corpus: ${docs.length} articles, ${distinctNodes} distinct nodes, ${distinctRels} relationships, ${rows} rows`);

  await emptyDatabase(db);
  const floorMs = await createFloor(db, docs);

  await emptyDatabase(db);
  const trame = await trameLoad(db, docs);

  await emptyDatabase(db);
  const naiveDocs = [naiveSample(docs[0])];
  const naiveMs = await naiveLoad(db, naiveDocs);
  await emptyDatabase(db);

  const trameRate = rows / (trame.ms / 1000);
  const naiveRate = rowsOf(naiveDocs) / (naiveMs / 1000);
  const floorRate = rows / (floorMs / 1000);
  report({
    name: 'ingest: Trame loader',
    value: trameRate,
    unit: 'nodes+rels/s',
    reference: { name: `naive MERGE per row (${rowsOf(naiveDocs)} rows of one article)`, value: naiveRate },
    ratio: trameRate / naiveRate,
    target: { text: '>= 20x naive', met: trameRate / naiveRate >= 20 },
  });
  report({
    name: 'ingest: Trame loader',
    value: trameRate,
    unit: 'nodes+rels/s',
    reference: { name: 'UNWIND CREATE floor', value: floorRate },
    ratio: trameRate / floorRate,
    target: { text: '>= 0.5x floor', met: trameRate / floorRate >= 0.5 },
    notes: `total ${(trame.ms / 1000).toFixed(1)} s, peak RSS ${(trame.peakRss / 2 ** 20).toFixed(0)} MiB`,
  });
}
