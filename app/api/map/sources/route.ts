import { handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { articlesByIds } from '@/lib/neo4j/map';
import type { SourcesBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

const MAX_IDS = 500;

/** GET /api/map/sources?article=<id>&article=... — title, source and date of the cited articles (for captions). */
export const GET = handle(async (request: Request): Promise<SourcesBody> => {
  const ids = [...new Set(new URL(request.url).searchParams.getAll('article').filter((s) => /^[0-9a-f]{16}$/.test(s)))].slice(0, MAX_IDS);
  return { sources: await articlesByIds(sharedDb(), ids) };
});
