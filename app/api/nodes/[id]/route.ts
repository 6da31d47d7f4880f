import { HttpError, handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { nodeDetail } from '@/lib/neo4j/explore';
import { nodeIdSchema, type NodeDetail } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/nodes/:id — node, properties, relationships and evidence sentences; 404 when unknown. */
export const GET = handle(async (_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<NodeDetail> => {
  const nodeId = nodeIdSchema.parse(decodeURIComponent((await ctx.params).id));
  const detail = await nodeDetail(sharedDb(), nodeId);
  if (!detail) throw new HttpError(404, 'NOT_FOUND', `no node with id ${nodeId}`);
  return detail;
});
