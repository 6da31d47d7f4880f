import { z } from 'zod';
import { handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { GRAPH_LIMIT_DEFAULT, GRAPH_LIMIT_MAX, overview } from '@/lib/neo4j/explore';
import type { GraphPayloadBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

const query = z.object({ limit: z.coerce.number().int().min(1).max(GRAPH_LIMIT_MAX).default(GRAPH_LIMIT_DEFAULT) });

/** GET /api/graph?limit= — the overview graph, capped (default 2000 nodes, max 20000). */
export const GET = handle(async (request: Request): Promise<GraphPayloadBody> => {
  const { limit } = parseQuery(request, query);
  return overview(sharedDb(), limit);
});
