import { z } from 'zod';
import { parseJsonBody } from '@/lib/http/respond';
import { MAX_QUERY_LENGTH, runConsoleQuery } from '@/lib/neo4j/console';
import { sharedDb } from '@/lib/neo4j/driver';
import { consoleErrorResponse } from './console-error';
import type { CypherResult } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

const body = z.object({
  query: z.string().trim().min(1, 'type a query').max(MAX_QUERY_LENGTH, `queries are limited to ${MAX_QUERY_LENGTH} characters`),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** POST /api/cypher {query, params} — read-only Cypher: columns, rows, graph, truncated, elapsedMs. */
export async function POST(request: Request): Promise<Response> {
  try {
    const { query, params } = await parseJsonBody(request, body, 64 * 1024);
    return Response.json((await runConsoleQuery(sharedDb(), query, params)) satisfies CypherResult, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return consoleErrorResponse(error);
  }
}
