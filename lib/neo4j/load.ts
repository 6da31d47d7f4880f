import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument, GraphNode, GraphRelationship, RelationshipType } from '../graph/schema';
import { normalizeKey } from '../graph/normalize';
import { type Db, writeTransaction } from './driver';
import {
  checkNodeLabel,
  checkRelationshipType,
  CREATE_MENTIONS,
  CREATE_SENTENCES,
  createFactsStatement,
  createRelationshipsStatement,
  isPlainKey,
  MERGE_ARTICLE_SENTENCES,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  RETRACT_FACTS,
  RETRACT_SENTENCES,
} from './load-statements';

export interface LoadOptions {
  /** Rows sent per UNWIND statement; large enough to amortise round trips, small enough for bounded memory. */
  batchSize: number;
  /** Server-side timeout for one article's transaction, ms (0: none). */
  timeoutMs: number;
  /** Client-side deadline for one article's transaction, ms (0: none); past it the load is rolled back. */
  deadlineMs: number;
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { batchSize: 5_000, timeoutMs: 0, deadlineMs: 0 };

/** What one article's load wrote. */
export interface LoadResult {
  articleId: string;
  sentences: number;
  nodes: number;
  mentions: number;
  relationships: number;
  ms: number;
}

// Properties the loader owns; an extractor property of the same name must not overwrite them.
const RESERVED = new Set(['id', 'name', 'aliases', 'articles', 'article', 'nameKey', 'searchText', 'label', 'key', 'evidence']);

/** Validates load options once; throws a one-line error for nonsense values. */
export function resolveLoadOptions(options: Partial<LoadOptions> = {}): LoadOptions {
  const o = { ...DEFAULT_LOAD_OPTIONS, ...options };
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) throw new Error(`load: batchSize must be a positive integer, got ${o.batchSize}`);
  if (!Number.isFinite(o.timeoutMs) || o.timeoutMs < 0) throw new Error(`load: timeoutMs must be >= 0, got ${o.timeoutMs}`);
  return o;
}

/**
 * Writes one GraphDocument in a single transaction: all of it or nothing. Reloading it changes no counts.
 *
 * Order: retract what an earlier load of the article wrote (its sentences and its own facts), write
 * the article with its sentences, CREATE its own facts (ids that contain the article id, which the
 * retraction just removed), MERGE the shared entities, CREATE mentions, CREATE the relationships that
 * touch one of its facts (new by construction) and MERGE those between shared entities.
 */
export async function loadDocument(db: Db, doc: GraphDocument, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const o = resolveLoadOptions(options);
  const t0 = performance.now();
  const articleId = doc.article.id;
  const perArticle = (id: string) => id.includes(articleId);
  // Checked before the transaction opens: labels and types reach Cypher only from the vocabulary.
  for (const n of doc.nodes) checkNodeLabel(n.label);
  for (const r of doc.relationships) checkRelationshipType(r.type);
  const nodes = groupNodes(doc.nodes);
  const facts = nodes.filter((n) => perArticle(n.id)).map((n) => ({ ...nodeRow(n, articleId), label: n.label }));
  const shared = nodes.filter((n) => !perArticle(n.id));
  const rels = groupRelationships(doc.relationships);
  const created = rels.filter((r) => perArticle(r.source) || perArticle(r.target));
  const merged = rels.filter((r) => !perArticle(r.source) && !perArticle(r.target));
  const mentions = doc.nodes.flatMap((n) => n.mentions.map((m) => ({ node: n.id, ...m })));
  await writeTransaction(
    db,
    async (tx) => {
      await tx.run(RETRACT_SENTENCES, { articleId });
      await tx.run(RETRACT_FACTS, { articleId });
      const first = doc.sentences.slice(0, o.batchSize);
      await tx.run(MERGE_ARTICLE_SENTENCES, { article: doc.article, sentenceCount: doc.sentences.length, rows: first });
      await runBatches(tx, () => CREATE_SENTENCES, doc.sentences.slice(first.length), o.batchSize, { articleId });
      await runBatches(tx, (rows) => createFactsStatement(propKeys(rows)), facts, o.batchSize, { articleId });
      for (const [label, group] of groupBy(shared, (n) => n.label))
        await runBatches(tx, (rows) => mergeNodesStatement(label, propKeys(rows)), group.map((n) => nodeRow(n, null)), o.batchSize, { articleId });
      await runBatches(tx, () => CREATE_MENTIONS, mentions, o.batchSize, {});
      await runBatches(tx, (rows) => createRelationshipsStatement(propKeys(rows)), created, o.batchSize, { articleId });
      for (const [type, group] of groupBy(merged, (r) => r.type))
        await runBatches(tx, (rows) => mergeRelationshipsStatement(type, propKeys(rows)), group, o.batchSize, { articleId });
    },
    { timeoutMs: o.timeoutMs || undefined, deadlineMs: o.deadlineMs || undefined },
  );
  return {
    articleId,
    sentences: doc.sentences.length,
    nodes: doc.nodes.length,
    mentions: mentions.length,
    relationships: doc.relationships.length,
    ms: performance.now() - t0,
  };
}

async function runBatches<R>(tx: ManagedTransaction, cypher: (rows: R[]) => string, rows: R[], size: number, params: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    await tx.run(cypher(batch), { ...params, rows: batch });
  }
}

/** The extractor property keys a batch carries, sorted (one statement per key set); null if one is not a plain identifier. */
function propKeys(rows: { props: Record<string, unknown> }[]): string[] | null {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.props)) keys.add(k);
  for (const k of keys) if (!isPlainKey(k)) return null;
  return [...keys].sort();
}

/** One node per id, as successive MERGEs would leave it: first name and label, aliases united, later properties win. */
function groupNodes(nodes: GraphNode[]): GraphNode[] {
  const byId = new Map<string, GraphNode>();
  for (const n of nodes) {
    const seen = byId.get(n.id);
    if (!seen) byId.set(n.id, n);
    else byId.set(n.id, { ...seen, aliases: [...seen.aliases, n.name, ...n.aliases], properties: { ...seen.properties, ...n.properties } });
  }
  return [...byId.values()];
}

/** One row per (source, type, key, target), as successive MERGEs would leave it: first id, evidence united, later properties win. */
function groupRelationships(rels: GraphRelationship[]): (ReturnType<typeof relationshipRow> & { type: RelationshipType })[] {
  const byFact = new Map<string, ReturnType<typeof relationshipRow> & { type: RelationshipType }>();
  for (const r of rels) {
    const row = { ...relationshipRow(r), type: r.type };
    const k = JSON.stringify([row.source, row.type, row.key, row.target]);
    const seen = byFact.get(k);
    if (!seen) byFact.set(k, { ...row, evidence: [...new Set(row.evidence)] });
    else byFact.set(k, { ...seen, props: { ...seen.props, ...row.props }, evidence: [...new Set([...seen.evidence, ...row.evidence])] });
  }
  return [...byFact.values()];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function cleanProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!RESERVED.has(k) && v !== undefined) out[k] = v;
  return out;
}

/** The row the node MERGE expects; exported for the benchmarks' reference loaders. */
export function nodeRow(n: GraphNode, article: string | null) {
  const aliases = [...new Set([n.name, ...n.aliases])];
  return { id: n.id, name: n.name, nameKey: normalizeKey(n.name), aliases, props: cleanProps(n.properties), article };
}

/** The row the relationship MERGE expects; `key` separates facts of one type between the same two nodes (two roles, say). */
export function relationshipRow(r: GraphRelationship) {
  const key = typeof r.properties.title === 'string' ? r.properties.title : typeof r.properties.role === 'string' ? r.properties.role : '';
  return { id: r.id, source: r.source, target: r.target, key, props: cleanProps(r.properties), evidence: r.evidence };
}
