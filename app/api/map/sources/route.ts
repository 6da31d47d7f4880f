import { handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { articlesByIds } from '@/lib/neo4j/map';

export const dynamic = 'force-dynamic';

const MAX_IDS = 500;

/** GET /api/map/sources?article=<id>&article=... — title, source and date of the cited articles (for captions). */
export const GET = handle(async (request: Request) => {
  const ids = [...new Set(new URL(request.url).searchParams.getAll('article').filter((s) => /^[0-9a-f]{16}$/.test(s)))].slice(0, MAX_IDS);
  return { sources: await articlesByIds(sharedDb(), ids) };
});
