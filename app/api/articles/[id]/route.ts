import { HttpError, handle } from '@/lib/http/respond';
import { assertWriteAllowed } from '@/lib/http/write-guard';
import { retractArticle } from '@/lib/neo4j/articles';
import { sharedDb } from '@/lib/neo4j/driver';
import { articleIdSchema, type ArticleRetractBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** DELETE /api/articles/:id — retracts the article and every mention and fact it brought, in one transaction. */
export const DELETE = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }): Promise<ArticleRetractBody> => {
  await assertWriteAllowed(request);
  const articleId = articleIdSchema.parse(decodeURIComponent((await ctx.params).id));
  if (!(await retractArticle(sharedDb(), articleId))) throw new HttpError(404, 'NOT_FOUND', `no article with id ${articleId}`);
  return { retracted: articleId };
});
