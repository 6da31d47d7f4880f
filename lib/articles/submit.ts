import 'server-only';
import type { ArticleLoadBody, ArticlePreviewBody } from '../api/contract';
import { articleExists, existingEntities, loadArticle } from '../neo4j/articles';
import type { Db } from '../neo4j/driver';
import { buildPreview } from './preview';
import { extractUploaded } from './upload';

/**
 * An uploaded article's bytes, extracted then either previewed (sentences, facts, which entities exist already,
 * nothing written) or loaded in one transaction. Throws UploadError when the bytes are no readable article.
 */
export async function submitArticle(db: Db, bytes: Uint8Array, name: string, mode: 'preview' | 'load'): Promise<ArticleLoadBody | ArticlePreviewBody> {
  const { doc, warnings } = extractUploaded(bytes, name);
  if (mode === 'load') return { loaded: await loadArticle(db, doc), article: doc.article };
  const [existing, loaded] = await Promise.all([existingEntities(db, doc.nodes.map((n) => n.id)), articleExists(db, doc.article.id)]);
  return buildPreview(doc, new Set(existing.keys()), loaded, warnings);
}
