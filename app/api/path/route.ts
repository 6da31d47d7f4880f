import { z } from 'zod';
import { handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { shortestPaths } from '@/lib/neo4j/explore';

export const dynamic = 'force-dynamic';

const query = z.object({ from: z.string().min(1).max(500), to: z.string().min(1).max(500) });

/** GET /api/path?from=&to= — all shortest paths (found: false when none; `missing` names unknown ids). */
export const GET = handle(async (request: Request) => {
  const { from, to } = parseQuery(request, query);
  return shortestPaths(sharedDb(), from, to);
});
