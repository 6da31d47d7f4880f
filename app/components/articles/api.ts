// The articles page's calls to /api/articles; errors come back as Error with the API's message.
import type { ArticlePreview } from '@/lib/articles/preview';
import type { ArticleSummary } from '@/lib/neo4j/articles';

/** What the page sends: pasted text, or a dropped file's bytes with its name. */
export type ArticleInput = { kind: 'text'; text: string } | { kind: 'file'; file: File };

async function json<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

function post(input: ArticleInput, mode: 'preview' | 'load'): Promise<Response> {
  const name = input.kind === 'file' ? input.file.name : 'pasted.txt';
  const body = input.kind === 'file' ? input.file : input.text;
  const type = input.kind === 'file' && input.file.type ? input.file.type : 'text/plain; charset=utf-8';
  return fetch(`/api/articles?mode=${mode}`, { method: 'POST', body, headers: { 'content-type': type, 'x-trame-filename': encodeURIComponent(name) } });
}

/** The extraction of an article, nothing written. */
export async function previewArticle(input: ArticleInput): Promise<ArticlePreview> {
  return json<ArticlePreview>(await post(input, 'preview'));
}

/** Loads an article (one transaction). */
export async function loadArticle(input: ArticleInput): Promise<{ article: { id: string; title: string }; loaded: { sentences: number; nodes: number; relationships: number } }> {
  return json(await post(input, 'load'));
}

/** The loaded articles. */
export async function listArticles(): Promise<ArticleSummary[]> {
  return (await json<{ articles: ArticleSummary[] }>(await fetch('/api/articles', { cache: 'no-store' }))).articles;
}

/** Retracts an article and everything it brought. */
export async function retractArticle(id: string): Promise<void> {
  await json(await fetch(`/api/articles/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}
