import { handle, parseQuery } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { search } from '@/lib/neo4j/explore';
import { searchQuerySchema, type SearchBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/search?q= — accent- and case-insensitive name/alias search. */
export const GET = handle(async (request: Request): Promise<SearchBody> => {
  const { q, limit } = parseQuery(request, searchQuerySchema);
  return { query: q, results: await search(sharedDb(), q, limit) };
});
