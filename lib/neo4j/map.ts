import 'server-only';
import neo4j from 'neo4j-driver';
import { MAP_MAX_DEPTH } from '../api/contract';
import type { ApiNode, GraphPayload } from '../graph/payload';
import { normalizeKey } from '../graph/normalize';
import { runConsoleQuery } from './console';
import type { Db } from './driver';
import { runQuery } from './queries';
import { QueryRefusedError } from './read-only';
import { search, type SearchHit } from './explore';
import { toApiEdge, toApiNode } from '../graph/from-rows';

// Queries behind /map: resolve a focus name, walk its neighbourhood, run a read-only Cypher query
// (through the console's runner: same policy, guards, row and byte caps), and list the articles a
// map's facts come from. Cypher lives in cypher/map/*.cypher, run by name through the registry (queries.ts);
// only the fixed depth loop is code.

export const MAP_NODE_CAP = 300;
export const MAP_EDGE_CAP = 2_000;
/** Fact nodes stand between actors (sender -> transfer -> recipient): reaching one brings its other ends along. */
export const FACT_LABELS = new Set(['Transfer', 'Claim']);
const TIMEOUT_MS = 10_000;
const int = (n: number) => neo4j.int(Math.floor(n));

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
  const byId = await runQuery(db, 'map/focus-node', { id: name }, { timeoutMs: TIMEOUT_MS });
  if (byId.length > 0) return { node: toApiNode(byId[0].node), suggestions: [] };
  const hits = await search(db, name, 10);
  const exact = hits.find((h) => isExactHit(h, name));
  if (!exact) return { node: null, suggestions: hits.slice(0, 3).map((h) => h.name) };
  const rows = await runQuery(db, 'map/focus-node', { id: exact.id }, { timeoutMs: TIMEOUT_MS });
  return { node: rows[0] ? toApiNode(rows[0].node) : null, suggestions: [] };
}

/** How far a map's neighbourhood walk reaches. */
export interface NeighbourhoodOptions {
  /** Most entities drawn. */
  cap: number;
  /** Walk into Claim nodes too (default: facts and actors only, as the explorer shows them). */
  claims: boolean;
}

/** The focus entity and everything within `depth` steps (best-connected first, capped), with the edges among them. */
export async function neighbourhood(db: Db, focus: ApiNode, depth: number, options: Partial<NeighbourhoodOptions> = {}): Promise<GraphPayload> {
  const { cap, claims } = { cap: MAP_NODE_CAP, claims: false, ...options };
  const nodes = new Map<string, ApiNode>([[focus.id, focus]]);
  let frontier = [focus.id];
  let truncated = false;
  for (let level = 0; level < Math.min(depth, MAP_MAX_DEPTH) && frontier.length > 0; level++) {
    const room = cap - nodes.size;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const rows = await runQuery(db, 'map/neighbours', { frontier, seen: [...nodes.keys()], limit: int(room + 1), claims }, { timeoutMs: TIMEOUT_MS });
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
      const ends = await runQuery(db, 'map/neighbours', { frontier: facts, seen: [...nodes.keys()], limit: int(left + 1), claims }, { timeoutMs: TIMEOUT_MS });
      if (ends.length > left) truncated = true;
      for (const r of ends.slice(0, left)) {
        const n = toApiNode(r.node);
        nodes.set(n.id, n);
        frontier.push(n.id);
      }
    }
  }
  const ids = [...nodes.keys()];
  const edgeRows = await runQuery(db, 'explore/edges-among', { ids, limit: int(MAP_EDGE_CAP + 1) }, { timeoutMs: TIMEOUT_MS });
  if (edgeRows.length > MAP_EDGE_CAP) truncated = true;
  return { nodes: [...nodes.values()], edges: edgeRows.slice(0, MAP_EDGE_CAP).map(toApiEdge), truncated };
}

/** Given entities (an explorer view's ids) and the edges among them; unknown ids are left out. */
export async function nodesGraph(db: Db, ids: string[], cap = MAP_NODE_CAP): Promise<GraphPayload> {
  const rows = await runQuery(db, 'map/nodes-by-id', { ids: ids.slice(0, cap) }, { timeoutMs: TIMEOUT_MS });
  const nodes = rows.map((r) => toApiNode(r.node));
  const edgeRows = await runQuery(db, 'explore/edges-among', { ids: nodes.map((n) => n.id), limit: int(MAP_EDGE_CAP) }, { timeoutMs: TIMEOUT_MS });
  return { nodes, edges: edgeRows.map(toApiEdge), truncated: ids.length > cap };
}

/**
 * A query the map refuses to run: it would write, it is not a plain read, or Neo4j would handle it badly.
 * The map's one code is QUERY_REFUSED (its page shows "Query refused"); `reason` keeps the console's code.
 */
export class RefusedQueryError extends Error {
  readonly code = 'QUERY_REFUSED';
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'RefusedQueryError';
  }
}

/** Runs a read-only query with the console's runner and limits, the graph capped to a map's size. */
export async function queryGraph(db: Db, query: string, params: Record<string, unknown> = {}, cap = MAP_NODE_CAP): Promise<GraphPayload> {
  try {
    const result = await runConsoleQuery(db, query, params, { maxNodes: cap, timeoutMs: TIMEOUT_MS });
    return { ...result.graph, truncated: result.truncated };
  } catch (error) {
    if (error instanceof QueryRefusedError) throw new RefusedQueryError(error.code, `refused (${error.code}): ${error.message}`);
    throw error;
  }
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
  return runQuery(db, 'map/articles', { ids }, { timeoutMs: TIMEOUT_MS });
}

/** The articles a graph's facts come from. */
export async function sourceArticles(db: Db, graph: GraphPayload): Promise<MapArticle[]> {
  return articlesByIds(db, articleIdsOf(graph));
}
