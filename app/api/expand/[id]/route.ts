import { z } from 'zod';
import { maxResultBytes } from '@/lib/graph/byte-cap';
import { cappedGraphResponse, HttpError, handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { EXPAND_LIMIT_DEFAULT, EXPAND_LIMIT_MAX, expand } from '@/lib/neo4j/explore';
import type { ExpandBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

const query = z.object({ limit: z.coerce.number().int().min(1).max(EXPAND_LIMIT_MAX).default(EXPAND_LIMIT_DEFAULT) });
const id = z.string().min(1).max(500);

/** GET /api/expand/:id?limit= — neighbours to add to the view, with `more` counting those left out. */
export const GET = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const nodeId = id.parse(decodeURIComponent((await ctx.params).id));
  const { limit } = parseQuery(request, query);
  const graph = await expand(sharedDb(), nodeId, limit);
  if (!graph) throw new HttpError(404, 'NOT_FOUND', `no node with id ${nodeId}`);
  return cappedGraphResponse<ExpandBody>(graph, maxResultBytes());
});
