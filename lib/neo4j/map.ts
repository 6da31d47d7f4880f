import 'server-only';
import neo4j from 'neo4j-driver';
import type { ApiEdge, ApiNode, GraphPayload } from '../graph/payload';
import { normalizeKey } from '../graph/normalize';
import type { PlainNode, PlainPath, PlainRelationship } from './convert';
import { assertReadOnly as consoleAssertReadOnly } from './console';
import { type Db, readRows } from './driver';
import { QueryRefusedError } from './read-only';
import { exploreQuery, search, type SearchHit } from './explore';
import { toApiEdge, toApiNode, toApiNodeFromRow } from '../graph/from-rows';

// Queries behind /map: resolve a focus name, walk its neighbourhood, run a read-only Cypher query,
// and list the articles a map's facts come from. Every value is a parameter; only the fixed depth
// loop is built in code. (Kept next to their callers: cypher/ belongs to the explorer's saved queries.)

export const MAP_NODE_CAP = 300;
export const MAP_EDGE_CAP = 2_000;
export const MAP_MAX_DEPTH = 3;
/** Fact nodes stand between actors (sender -> transfer -> recipient): reaching one brings its other ends along. */
export const FACT_LABELS = new Set(['Transfer', 'Claim']);
const TIMEOUT_MS = 10_000;
const int = (n: number) => neo4j.int(Math.floor(n));

const NEIGHBOURS = `
MATCH (a:Entity)--(b:Entity)
WHERE a.id IN $frontier AND NOT b.id IN $seen
WITH DISTINCT b, COUNT { (b)--(:Entity) } AS degree
ORDER BY degree DESC, b.id
LIMIT $limit
RETURN b {.*} AS node`;

const FOCUS_NODE = `MATCH (n:Entity {id: $id}) RETURN n {.*} AS node`;

const ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt
ORDER BY a.publishedAt, a.title`;

const NODES_BY_ID = `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS node`;

const NODES_BY_ELEMENT_ID = `MATCH (n) WHERE elementId(n) IN $ids RETURN n`;

/** A source article of a map. */
export interface MapArticle {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** The entity a focus name resolves to, or suggestions when none matches exactly. */
export interface FocusResolution {
  node: ApiNode | null;
  suggestions: string[];
}

/** True when a search hit is the named entity itself: same id, or same name/alias ignoring accents and case. */
export function isExactHit(hit: Pick<SearchHit, 'id' | 'name' | 'aliases'>, name: string): boolean {
  const key = normalizeKey(name);
  return hit.id === name || normalizeKey(hit.name) === key || hit.aliases.some((a) => normalizeKey(a) === key);
}

/** Resolves a name (or id) to one entity; fuzzy hits are only offered as suggestions, never drawn. */
export async function resolveFocus(db: Db, name: string): Promise<FocusResolution> {
  const byId = await readRows<{ node: Record<string, unknown> }>(db, FOCUS_NODE, { id: name }, { timeoutMs: TIMEOUT_MS });
  if (byId.length > 0) return { node: toApiNode(byId[0].node), suggestions: [] };
  const hits = await search(db, name, 10);
  const exact = hits.find((h) => isExactHit(h, name));
  if (!exact) return { node: null, suggestions: hits.slice(0, 3).map((h) => h.name) };
  const rows = await readRows<{ node: Record<string, unknown> }>(db, FOCUS_NODE, { id: exact.id }, { timeoutMs: TIMEOUT_MS });
  return { node: rows[0] ? toApiNode(rows[0].node) : null, suggestions: [] };
}

/** The focus entity and everything within `depth` steps (best-connected first, capped), with the edges among them. */
export async function neighbourhood(db: Db, focus: ApiNode, depth: number, cap = MAP_NODE_CAP): Promise<GraphPayload> {
  const nodes = new Map<string, ApiNode>([[focus.id, focus]]);
  let frontier = [focus.id];
  let truncated = false;
  for (let level = 0; level < Math.min(depth, MAP_MAX_DEPTH) && frontier.length > 0; level++) {
    const room = cap - nodes.size;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const rows = await readRows<{ node: Record<string, unknown> }>(db, NEIGHBOURS, { frontier, seen: [...nodes.keys()], limit: int(room + 1) }, { timeoutMs: TIMEOUT_MS });
    if (rows.length > room) truncated = true;
    frontier = [];
    for (const r of rows.slice(0, room)) {
      const n = toApiNode(r.node);
      nodes.set(n.id, n);
      frontier.push(n.id);
    }
    // "Who sent what to whom" is one step, not two: complete the facts just reached with their other ends.
    const facts = frontier.filter((id) => FACT_LABELS.has(nodes.get(id)!.label));
    const left = cap - nodes.size;
    if (facts.length > 0 && left > 0) {
      const ends = await readRows<{ node: Record<string, unknown> }>(db, NEIGHBOURS, { frontier: facts, seen: [...nodes.keys()], limit: int(left + 1) }, { timeoutMs: TIMEOUT_MS });
      if (ends.length > left) truncated = true;
      for (const r of ends.slice(0, left)) {
        const n = toApiNode(r.node);
        nodes.set(n.id, n);
        frontier.push(n.id);
      }
    }
  }
  const ids = [...nodes.keys()];
  const edgeRows = await readRows<Parameters<typeof toApiEdge>[0]>(db, exploreQuery('edges-among'), { ids, limit: int(MAP_EDGE_CAP + 1) }, { timeoutMs: TIMEOUT_MS });
  if (edgeRows.length > MAP_EDGE_CAP) truncated = true;
  return { nodes: [...nodes.values()], edges: edgeRows.slice(0, MAP_EDGE_CAP).map(toApiEdge), truncated };
}

/** Given entities (an explorer view's ids) and the edges among them; unknown ids are left out. */
export async function nodesGraph(db: Db, ids: string[], cap = MAP_NODE_CAP): Promise<GraphPayload> {
  const rows = await readRows<{ node: Record<string, unknown> }>(db, NODES_BY_ID, { ids: ids.slice(0, cap) }, { timeoutMs: TIMEOUT_MS });
  const nodes = rows.map((r) => toApiNode(r.node));
  const edgeRows = await readRows<Parameters<typeof toApiEdge>[0]>(db, exploreQuery('edges-among'), { ids: nodes.map((n) => n.id), limit: int(MAP_EDGE_CAP) }, { timeoutMs: TIMEOUT_MS });
  return { nodes, edges: edgeRows.map(toApiEdge), truncated: ids.length > cap };
}

/** A query the map refuses to run: it would write, or it is not a plain read. */
export class RefusedQueryError extends Error {
  readonly code = 'QUERY_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'RefusedQueryError';
  }
}

/** Refuses anything but a plain read, with the Cypher console's policy (Neo4j's plan + lexical checks). */
export async function assertReadOnly(db: Db, query: string): Promise<void> {
  try {
    await consoleAssertReadOnly(db, query, {}, TIMEOUT_MS);
  } catch (error) {
    if (error instanceof QueryRefusedError) throw new RefusedQueryError(`refused: ${error.message}`);
    throw error;
  }
}

type Plain = PlainNode | PlainRelationship | PlainPath;

function collect(value: unknown, nodes: Map<string, PlainNode>, rels: Map<string, PlainRelationship>): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, nodes, rels));
  if (!value || typeof value !== 'object') return;
  const v = value as Plain;
  if (v.kind === 'node' && 'labels' in v) nodes.set(v.elementId, v);
  else if (v.kind === 'relationship' && 'startElementId' in v) rels.set(v.elementId, v);
  else if (v.kind === 'path' && 'nodes' in v) {
    v.nodes.forEach((n) => nodes.set(n.elementId, n));
    v.relationships.forEach((r) => rels.set(r.elementId, r));
  } else for (const x of Object.values(value)) collect(x, nodes, rels);
}

const plainToApi = toApiNodeFromRow;

/** Runs a read-only query and turns every node, relationship and path it returns into a graph (capped). */
export async function queryGraph(db: Db, query: string, params: Record<string, unknown> = {}, cap = MAP_NODE_CAP): Promise<GraphPayload> {
  await assertReadOnly(db, query);
  const rows = await readRows(db, query, params, { timeoutMs: TIMEOUT_MS });
  const nodes = new Map<string, PlainNode>();
  const rels = new Map<string, PlainRelationship>();
  collect(rows, nodes, rels);
  // A query may return relationships without their ends (RETURN r): fetch the ends so arrows have anchors.
  const missing = [...new Set([...rels.values()].flatMap((r) => [r.startElementId, r.endElementId]))].filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    const ends = await readRows<{ n: PlainNode }>(db, NODES_BY_ELEMENT_ID, { ids: missing }, { timeoutMs: TIMEOUT_MS });
    for (const e of ends) nodes.set(e.n.elementId, e.n);
  }
  const kept = [...nodes.values()].slice(0, cap);
  const idOf = new Map(kept.map((n) => [n.elementId, String(n.properties.id ?? n.elementId)]));
  const edges: ApiEdge[] = [];
  for (const r of rels.values()) {
    const source = idOf.get(r.startElementId);
    const target = idOf.get(r.endElementId);
    if (source && target) edges.push(toApiEdge({ source, target, type: r.type, elementId: r.elementId, props: r.properties }));
  }
  return { nodes: kept.map(plainToApi), edges, truncated: nodes.size > cap };
}

/** Ids of the articles cited by a graph's nodes and edges (their `articles`/`article` properties). */
export function articleIdsOf(graph: Pick<GraphPayload, 'nodes' | 'edges'>): string[] {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) ids.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const n of graph.nodes) {
    add(n.properties.articles);
    add(n.properties.article);
  }
  for (const e of graph.edges) add(e.properties.articles);
  return [...ids].sort();
}

/** Title, source and date of articles by id (unknown ids are left out). */
export async function articlesByIds(db: Db, ids: string[]): Promise<MapArticle[]> {
  if (ids.length === 0) return [];
  return readRows<MapArticle>(db, ARTICLES, { ids }, { timeoutMs: TIMEOUT_MS });
}

/** The articles a graph's facts come from. */
export async function sourceArticles(db: Db, graph: GraphPayload): Promise<MapArticle[]> {
  return articlesByIds(db, articleIdsOf(graph));
}
