import { z } from 'zod';
import { HttpError, handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { factDetail } from '@/lib/neo4j/explore';

export const dynamic = 'force-dynamic';

const id = z.string().min(1).max(500);

/** GET /api/facts/:id — a fact's mentions (figure over time, each source), stances and evidence; 404 when unknown. */
export const GET = handle(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const factId = id.parse(decodeURIComponent((await ctx.params).id));
  const detail = await factDetail(sharedDb(), factId);
  if (!detail) throw new HttpError(404, 'NOT_FOUND', `no fact with id ${factId}`);
  return detail;
});
