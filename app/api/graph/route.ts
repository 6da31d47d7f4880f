import { handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { overview } from '@/lib/neo4j/explore';
import { graphQuerySchema, type GraphPayloadBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/graph?limit= — the overview graph, capped (default 2000 nodes, max 20000). */
export const GET = handle(async (request: Request): Promise<GraphPayloadBody> => {
  const { limit } = parseQuery(request, graphQuerySchema);
  return overview(sharedDb(), limit);
});
