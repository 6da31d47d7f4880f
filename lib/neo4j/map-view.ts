import 'server-only';
import type { MapBody } from '../api/contract';
import { capPayloadBytes, maxResultBytes } from '../graph/byte-cap';
import type { ApiNode, GraphPayload } from '../graph/payload';
import type { Db } from './driver';
import { overview } from './explore';
import { neighbourhood, nodesGraph, queryGraph, resolveFocus, sourceArticles } from './map';

/** What a map asks for: a focus name and depth, a user's query, a list of ids, or nothing (the overview). */
export interface MapRequest {
  focus?: string;
  depth: number;
  query?: string;
  claims: boolean;
  ids: string[];
}

/** A map asked for entities that are not there: an unknown focus name (with the names it may have meant) or ids of no entity. */
export class UnknownEntityError extends Error {
  readonly code = 'UNKNOWN_ENTITY';
  constructor(message: string) {
    super(message);
    this.name = 'UnknownEntityError';
  }
}

/** How many nodes the overview map shows when nothing is asked. */
const OVERVIEW_MAP_NODES = 150;

/**
 * The graph of a map, its focus entity and the articles it cites: a focus name walks its neighbourhood (did-you-mean
 * names in the error when it matches none), a query runs through the console's runner and caps, ids draw those
 * entities, nothing draws the overview. The graph is cut to the result byte cap before its sources are read.
 */
export async function mapView(db: Db, request: MapRequest): Promise<MapBody> {
  let focus: ApiNode | null = null;
  let graph: GraphPayload;
  if (request.focus) {
    const resolved = await resolveFocus(db, request.focus);
    if (!resolved.node) {
      const hint = resolved.suggestions.length ? ` — did you mean ${resolved.suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
      throw new UnknownEntityError(`no entity named "${request.focus}"${hint}`);
    }
    focus = resolved.node;
    graph = await neighbourhood(db, focus, request.depth, { claims: request.claims });
  } else if (request.query) {
    graph = await queryGraph(db, request.query);
  } else if (request.ids.length > 0) {
    graph = await nodesGraph(db, request.ids);
    if (graph.nodes.length === 0) throw new UnknownEntityError(`none of the ${request.ids.length} ids is an entity`);
  } else {
    graph = await overview(db, OVERVIEW_MAP_NODES);
  }
  graph = capPayloadBytes(graph, maxResultBytes());
  return { graph, focus, sources: await sourceArticles(db, graph) };
}
