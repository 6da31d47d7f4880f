import { capPayloadBytes, maxResultBytes } from '@/lib/graph/byte-cap';
import { HttpError, handle } from '@/lib/http/respond';
import { QueryTimeoutError } from '@/lib/neo4j/console';
import { sharedDb } from '@/lib/neo4j/driver';
import { overview } from '@/lib/neo4j/explore';
import { RefusedQueryError, neighbourhood, nodesGraph, queryGraph, resolveFocus, sourceArticles } from '@/lib/neo4j/map';
import { mapQuerySchema, type MapBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/**
 * GET /api/map?focus=<name>&depth=<n>[&claims=1] | ?query=<cypher> | ?id=<id>&id=... — the graph of a map, the focus
 * entity and the source articles. 404 UNKNOWN_ENTITY for a name that matches no entity, 400 QUERY_REFUSED (the
 * console's code in the message) for a query the console would refuse, QUERY_TIMEOUT for one it stops. The
 * query runs through the console's runner, so its row and byte caps apply; same-origin only (middleware.ts).
 */
export const GET = handle(async (request: Request): Promise<MapBody> => {
  const url = new URL(request.url);
  const p = mapQuerySchema.parse({
    focus: url.searchParams.get('focus') ?? undefined,
    depth: url.searchParams.get('depth') ?? undefined,
    query: url.searchParams.get('query') ?? undefined,
    claims: url.searchParams.get('claims') ?? undefined,
    id: url.searchParams.getAll('id'),
  });
  const ids = p.id;
  const db = sharedDb();
  let focus = null;
  let graph;
  if (p.focus) {
    const resolved = await resolveFocus(db, p.focus);
    if (!resolved.node) {
      const hint = resolved.suggestions.length ? ` — did you mean ${resolved.suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
      throw new HttpError(404, 'UNKNOWN_ENTITY', `no entity named "${p.focus}"${hint}`);
    }
    focus = resolved.node;
    graph = await neighbourhood(db, focus, p.depth, { claims: p.claims === '1' });
  } else if (p.query) {
    try {
      graph = await queryGraph(db, p.query);
    } catch (error) {
      if (error instanceof RefusedQueryError || error instanceof QueryTimeoutError) throw new HttpError(400, error.code, error.message);
      throw error;
    }
  } else if (ids.length > 0) {
    graph = await nodesGraph(db, ids);
    if (graph.nodes.length === 0) throw new HttpError(404, 'UNKNOWN_ENTITY', `none of the ${ids.length} ids is an entity`);
  } else {
    graph = await overview(db, 150);
  }
  graph = capPayloadBytes(graph, maxResultBytes());
  const sources = await sourceArticles(db, graph);
  return { graph, focus, sources };
});
