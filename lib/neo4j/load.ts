import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph/schema';
import { normalizeKey } from '../graph/normalize';
import { consolidate, type StoredRelationship } from './consolidate';
import { type Db, writeTransaction } from './driver';
import {
  checkNodeLabel,
  checkRelationshipType,
  createNodesStatement,
  createRelationshipsStatement,
  deleteUnsupportedLinksStatement,
  isPlainKey,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  retractLinksStatement,
} from './load-statements';
import { queryText, runInTransaction } from './queries';

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

// A relationship's identity (type, source, key, target) as one string in the Article's footprint.
const SEP = '\u001f';

/**
 * Writes one GraphDocument in a single transaction: all of it or nothing. Reloading it changes no counts.
 *
 * Order: retract what an earlier load of the article wrote (retractShare), write the article with its
 * sentences, CREATE its facts that do not exist yet and MERGE the others (consolidated ids, see
 * consolidate.ts) and the shared entities, CREATE mentions (a fact's carry what the sentence said),
 * CREATE relationships touching a new fact and MERGE the rest, then recompute the summary of every
 * fact the article touches.
 */
export async function loadDocument(db: Db, doc: GraphDocument, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const o = resolveLoadOptions(options);
  const t0 = performance.now();
  const articleId = doc.article.id;
  // Checked before the transaction opens: labels and types reach Cypher only from the vocabulary.
  for (const n of doc.nodes) checkNodeLabel(n.label);
  const c = consolidate(doc);
  for (const r of c.relationships) checkRelationshipType(r.type);
  const nodes = [...c.facts, ...groupNodes(c.entities)];
  const rels = groupRelationships(c.relationships);
  const facts = c.facts.map((n) => n.id);
  const footprint = {
    facts,
    links: rels.map((r) => [r.type, r.source, r.key, r.target].join(SEP)),
    entities: [...new Set(c.entities.map((n) => n.id))],
  };
  await writeTransaction(
    db,
    async (tx) => {
      await retractShare(tx, articleId, o.batchSize);
      const first = doc.sentences.slice(0, o.batchSize);
      await runInTransaction(tx, 'load/merge-article-sentences', { article: doc.article, sentenceCount: doc.sentences.length, rows: first, ...footprint });
      await runBatches(tx, () => queryText('load/create-sentences'), doc.sentences.slice(first.length), o.batchSize, { articleId });
      // Facts no other article wrote are CREATEd, and so are relationships touching them (they cannot
      // exist yet): a first mention costs what it cost before consolidation; only repeats MERGE.
      const existing = new Set<string>();
      for (let i = 0; i < facts.length; i += ID_BATCH)
        for (const r of await runInTransaction(tx, 'load/existing-ids', { ids: facts.slice(i, i + ID_BATCH) })) existing.add(r.id);
      const fresh = new Set(facts.filter((id) => !existing.has(id)));
      for (const [label, group] of groupBy(nodes, (n) => n.label)) {
        const created = group.filter((n) => fresh.has(n.id));
        const merged = group.filter((n) => !fresh.has(n.id));
        await runBatches(tx, (rows) => createNodesStatement(label, propKeys(rows)), created.map((n) => nodeRow(n, null)), o.batchSize, {});
        await runBatches(tx, (rows) => mergeNodesStatement(label, propKeys(rows)), merged.map((n) => nodeRow(n, null)), o.batchSize, {});
      }
      await runBatches(tx, () => queryText('load/create-mentions'), c.entityMentions, o.batchSize, {});
      await runBatches(tx, () => queryText('load/create-fact-mentions'), c.factMentions, o.batchSize, {});
      const touchesFresh = (r: { source: string; target: string }) => fresh.has(r.source) || fresh.has(r.target);
      await runBatches(tx, (rows) => createRelationshipsStatement(propKeys(rows)), rels.filter(touchesFresh), o.batchSize, { articleId });
      for (const [type, group] of groupBy(rels.filter((r) => !touchesFresh(r)), (r) => r.type))
        await runBatches(tx, (rows) => mergeRelationshipsStatement(type, propKeys(rows)), group, o.batchSize, { articleId });
      await runIds(tx, 'load/recompute-facts', facts);
    },
    { timeoutMs: o.timeoutMs || undefined, deadlineMs: o.deadlineMs || undefined },
  );
  return {
    articleId,
    sentences: doc.sentences.length,
    nodes: doc.nodes.length,
    mentions: c.entityMentions.length + c.factMentions.length,
    relationships: doc.relationships.length,
    ms: performance.now() - t0,
  };
}

/**
 * Retracts an article and every mention it brought, in one transaction: its share of each fact goes,
 * summaries are recomputed, facts and entities nothing supports any more are deleted. False when the
 * article is unknown.
 */
export async function retractArticle(db: Db, articleId: string, options: Partial<LoadOptions> = {}): Promise<boolean> {
  const o = resolveLoadOptions(options);
  return writeTransaction(
    db,
    async (tx) => {
      const found = await retractShare(tx, articleId, o.batchSize);
      if (found) await runInTransaction(tx, 'load/delete-article', { articleId });
      return found;
    },
    { timeoutMs: o.timeoutMs || undefined, deadlineMs: o.deadlineMs || undefined },
  );
}

/** Takes out what an earlier load of the article wrote (the Article node stays); false when there was none. */
async function retractShare(tx: ManagedTransaction, articleId: string, batchSize: number): Promise<boolean> {
  const [row] = await runInTransaction(tx, 'load/article-footprint', { articleId });
  if (!row) return false;
  const { facts, entities } = row;
  const links = row.links.map((l) => {
    const [type, source, key, target] = l.split(SEP);
    return { type, source, key, target };
  });
  for (const [type, group] of groupBy(links, (l) => l.type)) {
    await runBatches(tx, () => retractLinksStatement(type), group, batchSize, { articleId });
    await runBatches(tx, () => deleteUnsupportedLinksStatement(type), group, batchSize, { articleId });
  }
  await runInTransaction(tx, 'load/retract-sentences', { articleId });
  await runInTransaction(tx, 'load/retract-legacy-facts', { articleId });
  await runIds(tx, 'load/recompute-facts', facts);
  await runIds(tx, 'load/delete-orphan-facts', facts);
  await runIds(tx, 'load/delete-orphan-entities', entities);
  return true;
}

// Id lists are small whatever the batch size asked for rows (the fault tests load with a batch of 1).
const ID_BATCH = 10_000;

/** A registered statement that takes an id list, run in id batches. */
async function runIds(tx: ManagedTransaction, name: 'load/recompute-facts' | 'load/delete-orphan-facts' | 'load/delete-orphan-entities', ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += ID_BATCH) await runInTransaction(tx, name, { ids: ids.slice(i, i + ID_BATCH) });
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
function groupRelationships(rels: StoredRelationship[]): (ReturnType<typeof relationshipRow> & { type: StoredRelationship['type'] })[] {
  const byFact = new Map<string, ReturnType<typeof relationshipRow> & { type: StoredRelationship['type'] }>();
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
export function relationshipRow(r: GraphRelationship | StoredRelationship) {
  const key = typeof r.properties.title === 'string' ? r.properties.title : typeof r.properties.role === 'string' ? r.properties.role : '';
  return { id: r.id, source: r.source, target: r.target, key, props: cleanProps(r.properties), evidence: r.evidence };
}
