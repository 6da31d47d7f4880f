import { buildPreview } from '@/lib/articles/preview';
import { extractUploaded, maxUploadBytes, uploadName, UploadError } from '@/lib/articles/upload';
import { HttpError, handle, readBodyCapped } from '@/lib/http/respond';
import { assertWriteAllowed } from '@/lib/http/write-guard';
import { articleExists, existingEntities, listArticles, loadArticle } from '@/lib/neo4j/articles';
import { sharedDb } from '@/lib/neo4j/driver';
import { articlePostQuerySchema, type ArticleLoadBody, type ArticlePreviewBody, type ArticlesBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/articles — the loaded articles, newest load first. */
export const GET = handle(async (): Promise<ArticlesBody> => ({ articles: await listArticles(sharedDb()) }));

/**
 * POST /api/articles?mode=preview|load — the body is the article itself (pasted text, or a .txt/.html file's
 * bytes; X-Trame-Filename names it), at most maxUploadBytes, counted while reading. preview: the extraction
 * (sentences with spans, facts, which entities exist) and nothing written; load: one transaction, then the
 * load counts. Same-origin; authenticated with TRAME_AUTH, loopback-only without (DESIGN §8).
 */
export const POST = handle(async (request: Request): Promise<ArticleLoadBody | ArticlePreviewBody> => {
  await assertWriteAllowed(request);
  const { mode } = articlePostQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readBodyCapped(request, maxUploadBytes());
  const name = uploadName(request.headers.get('x-trame-filename'));
  let extracted;
  try {
    extracted = extractUploaded(bytes, name);
  } catch (error) {
    if (error instanceof UploadError) throw new HttpError(400, error.code, error.message);
    throw error;
  }
  const { doc, warnings } = extracted;
  const db = sharedDb();
  if (mode === 'load') return { loaded: await loadArticle(db, doc), article: doc.article };
  const [existing, loaded] = await Promise.all([existingEntities(db, doc.nodes.map((n) => n.id)), articleExists(db, doc.article.id)]);
  return buildPreview(doc, new Set(existing.keys()), loaded, warnings);
});
