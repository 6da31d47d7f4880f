import { z } from 'zod';
import { handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { search } from '@/lib/neo4j/explore';
import type { SearchBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

const query = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** GET /api/search?q= — accent- and case-insensitive name/alias search. */
export const GET = handle(async (request: Request): Promise<SearchBody> => {
  const { q, limit } = parseQuery(request, query);
  return { query: q, results: await search(sharedDb(), q, limit) };
});
