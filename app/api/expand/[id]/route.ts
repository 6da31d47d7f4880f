import { maxResultBytes } from '@/lib/graph/byte-cap';
import { cappedGraphResponse, HttpError, handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { expand } from '@/lib/neo4j/explore';
import { expandQuerySchema, nodeIdSchema, type ExpandBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/expand/:id?limit= — neighbours to add to the view, with `more` counting those left out. */
export const GET = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const nodeId = nodeIdSchema.parse(decodeURIComponent((await ctx.params).id));
  const { limit } = parseQuery(request, expandQuerySchema);
  const graph = await expand(sharedDb(), nodeId, limit);
  if (!graph) throw new HttpError(404, 'NOT_FOUND', `no node with id ${nodeId}`);
  return cappedGraphResponse<ExpandBody>(graph, maxResultBytes());
});
