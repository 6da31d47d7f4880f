import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../graph/schema';
import { normalizeKey } from '../graph/normalize';
import { type Db, writeTransaction } from './driver';
import {
  CREATE_MENTIONS,
  CREATE_SENTENCES,
  MERGE_ARTICLE,
  MERGE_NODES,
  MERGE_RELATIONSHIPS,
  RETRACT_ARTICLE,
} from './load-statements';

export interface LoadOptions {
  /** Rows sent per UNWIND statement; large enough to amortise round trips, small enough for bounded memory. */
  batchSize: number;
  /** Server-side timeout for one article's transaction, ms (0: none). */
  timeoutMs: number;
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { batchSize: 5_000, timeoutMs: 0 };

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

/** Writes one GraphDocument in a single transaction: all of it or nothing. Reloading it changes no counts. */
export async function loadDocument(db: Db, doc: GraphDocument, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const o = resolveLoadOptions(options);
  const t0 = performance.now();
  const articleId = doc.article.id;
  const perArticle = (id: string) => id.includes(articleId);
  const result = await writeTransaction(
    db,
    async (tx) => {
      await tx.run(RETRACT_ARTICLE, { articleId });
      await tx.run(MERGE_ARTICLE, { article: doc.article, sentenceCount: doc.sentences.length });
      await runBatches(tx, CREATE_SENTENCES, doc.sentences, o.batchSize, { articleId });
      for (const [label, nodes] of groupBy(doc.nodes, (n) => n.label))
        await runBatches(tx, MERGE_NODES[label as NodeLabel], nodes.map((n) => nodeRow(n, perArticle(n.id) ? articleId : null)), o.batchSize, { articleId });
      const mentions = doc.nodes.flatMap((n) => n.mentions.map((m) => ({ node: n.id, ...m })));
      await runBatches(tx, CREATE_MENTIONS, mentions, o.batchSize, {});
      for (const [type, rels] of groupBy(doc.relationships, (r) => r.type))
        await runBatches(tx, MERGE_RELATIONSHIPS[type as RelationshipType], rels.map(relationshipRow), o.batchSize, { articleId });
      return { mentions: mentions.length };
    },
    { timeoutMs: o.timeoutMs || undefined },
  );
  return {
    articleId,
    sentences: doc.sentences.length,
    nodes: doc.nodes.length,
    mentions: result.mentions,
    relationships: doc.relationships.length,
    ms: performance.now() - t0,
  };
}

async function runBatches(tx: ManagedTransaction, cypher: string, rows: unknown[], size: number, params: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await tx.run(cypher, { ...params, rows: rows.slice(i, i + size) });
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
