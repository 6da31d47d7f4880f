import { handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { articlesByIds } from '@/lib/neo4j/map';
import { sourcesQuerySchema, type SourcesBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/map/sources?article=<id>&article=... — title, source and date of the cited articles (for captions). */
export const GET = handle(async (request: Request): Promise<SourcesBody> => {
  const { article } = sourcesQuerySchema.parse({ article: new URL(request.url).searchParams.getAll('article') });
  return { sources: await articlesByIds(sharedDb(), article) };
});
