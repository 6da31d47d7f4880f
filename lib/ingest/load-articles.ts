import type { GraphDocument } from '../graph/schema';
import { parseGraphDocument } from '../graph/schema';
import { extractDocument } from '../extract';
import { type Db, verify } from '../neo4j/driver';
import { ensureSchema } from '../neo4j/schema';
import { loadDocument, type LoadOptions, type LoadResult } from '../neo4j/load';
import { readArticleFile } from './read-article';

export interface LoadFilesOptions extends Partial<LoadOptions> {
  /** Article date (YYYY-MM-DD) used to resolve relative dates, when the files carry none. */
  publishedAt?: string | null;
  /** Called after each article is committed. */
  onArticle?: (result: LoadResult & { file: string; title: string; warnings: string[] }) => void;
}

/** Reads and extracts every file before anything is written, so bad input leaves the database untouched. */
export async function prepareArticles(files: string[], publishedAt?: string | null): Promise<{ file: string; doc: GraphDocument }[]> {
  const docs: { file: string; doc: GraphDocument }[] = [];
  for (const file of files) {
    const { text, source, language } = await readArticleFile(file, 'load');
    const doc = parseGraphDocument(extractDocument(text, { source, language, publishedAt: publishedAt ?? undefined }));
    docs.push({ file, doc });
  }
  return docs;
}

/** Extracts and loads article files: schema first, then one transaction per article. */
export async function loadArticleFiles(db: Db, files: string[], options: LoadFilesOptions = {}): Promise<LoadResult[]> {
  const prepared = await prepareArticles(files, options.publishedAt);
  await verify(db);
  await ensureSchema(db);
  const results: LoadResult[] = [];
  for (const { file, doc } of prepared) {
    const result = await loadDocument(db, doc, options);
    results.push(result);
    options.onArticle?.({ ...result, file, title: doc.article.title, warnings: doc.warnings ?? [] });
  }
  return results;
}
