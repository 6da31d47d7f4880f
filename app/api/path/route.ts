import { handle, HttpError, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { shortestPaths } from '@/lib/neo4j/explore';
import { pathQuerySchema, type PathResult } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/path?from=&to= — all shortest paths (found: false when none); 404 naming the ids Neo4j does not know. */
export const GET = handle(async (request: Request): Promise<PathResult> => {
  const { from, to } = parseQuery(request, pathQuerySchema);
  const result = await shortestPaths(sharedDb(), from, to);
  if (result.missing.length > 0) throw new HttpError(404, 'NOT_FOUND', `unknown id: ${result.missing.join(', ')}`);
  return result;
});
