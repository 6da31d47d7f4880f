import { HttpError, handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { factDetail } from '@/lib/neo4j/explore';
import { nodeIdSchema, type FactDetail } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/facts/:id — a fact's mentions (figure over time, each source), stances and evidence; 404 when unknown. */
export const GET = handle(async (_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<FactDetail> => {
  const factId = nodeIdSchema.parse(decodeURIComponent((await ctx.params).id));
  const detail = await factDetail(sharedDb(), factId);
  if (!detail) throw new HttpError(404, 'NOT_FOUND', `no fact with id ${factId}`);
  return detail;
});
