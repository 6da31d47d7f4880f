import { errorResponse, parseJsonBody, routeAuthRefusal, withApiHeaders } from '@/lib/http/respond';
import { runConsoleQuery } from '@/lib/neo4j/console';
import { sharedDb } from '@/lib/neo4j/driver';
import { consoleErrorResponse } from './console-error';
import { cypherRequestSchema, type CypherResult } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** POST /api/cypher {query, params} — read-only Cypher: columns, rows, graph, truncated, elapsedMs. */
export async function POST(request: Request): Promise<Response> {
  try {
    // The auth check again, as handle() does (the HTTP server's guard applied every rule already).
    const refusal = await routeAuthRefusal(request);
    if (refusal) return withApiHeaders(errorResponse(refusal.status, refusal.code, refusal.message, refusal.headers));
    const { query, params } = await parseJsonBody(request, cypherRequestSchema, 64 * 1024);
    return withApiHeaders(Response.json((await runConsoleQuery(sharedDb(), query, params)) satisfies CypherResult, { headers: { 'cache-control': 'no-store' } }));
  } catch (error) {
    return withApiHeaders(consoleErrorResponse(error));
  }
}
