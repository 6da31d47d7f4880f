// The browser's one way to Trame's API: typed by the contract (types only, so zod stays on the server),
// every failure an ApiError carrying the route's { error: { code, message } }.
import type {
  ApiErrorBody,
  ArticleLoadBody,
  ArticlePreviewBody,
  ArticleRetractBody,
  ArticlesBody,
  CypherResult,
  DbSchema,
  ExamplesBody,
  ExpandBody,
  FactDetail,
  GraphPayloadBody,
  MapBody,
  NodeDetail,
  PathResult,
  SearchBody,
  SourcesBody,
} from './contract';
export type { ArticlePreviewBody, ArticleSummary, CypherResult, DbSchema, EvidenceSentence, FactDetail, MapBody, NodeDetail, PathResult, SavedQuery, SearchHit } from './contract';

/** An article as the articles page sends it: pasted text, or a dropped file's bytes with its name. */
export type ArticleInput = { kind: 'text'; text: string } | { kind: 'file'; file: File };

/** POST /api/articles: the body is the article itself, its name in X-Trame-Filename. */
function postArticle<T>(input: ArticleInput, mode: 'preview' | 'load'): Promise<T> {
  const name = input.kind === 'file' ? input.file.name : 'pasted.txt';
  const body = input.kind === 'file' ? input.file : input.text;
  const type = input.kind === 'file' && input.file.type ? input.file.type : 'text/plain; charset=utf-8';
  return request<T>(`/api/articles?mode=${mode}`, { method: 'POST', body, headers: { 'content-type': type, 'x-trame-filename': encodeURIComponent(name) } });
}

/** An API error as the routes send it; status 0 and code NETWORK when the server did not answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where a Cypher error points, when Neo4j says. */
    readonly position?: ApiErrorBody['error']['position'],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Sends one request and returns its JSON body; throws ApiError for non-2xx answers and network failures. */
async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store', ...init });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', `the server did not answer: ${(error as Error).message}`);
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? (res.statusText || `HTTP ${res.status}`), e?.position);
  }
  return body as T;
}

const enc = encodeURIComponent;

/** Trame's API, one method per route. */
export const api = {
  health: async (): Promise<'up' | 'down'> => {
    try {
      await request<unknown>('/api/health');
      return 'up';
    } catch (error) {
      if (error instanceof ApiError) return 'down';
      throw error;
    }
  },
  graph: (limit: number, signal?: AbortSignal) => request<GraphPayloadBody>(`/api/graph?limit=${limit}`, { signal }),
  node: (id: string, signal?: AbortSignal) => request<NodeDetail>(`/api/nodes/${enc(id)}`, { signal }),
  expand: (id: string, limit: number) => request<ExpandBody>(`/api/expand/${enc(id)}?limit=${limit}`),
  search: (q: string, signal?: AbortSignal) => request<SearchBody>(`/api/search?q=${enc(q)}`, { signal }),
  fact: (id: string, signal?: AbortSignal) => request<FactDetail>(`/api/facts/${enc(id)}`, { signal }),
  path: (from: string, to: string) => request<PathResult>(`/api/path?from=${enc(from)}&to=${enc(to)}`),
  cypher: (body: { query: string; params: Record<string, unknown> }, signal?: AbortSignal) =>
    request<CypherResult>('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal }),
  examples: () => request<ExamplesBody>('/api/cypher/examples'),
  schema: () => request<DbSchema>('/api/schema'),
  /** The picture page's data: `query` holds focus/depth/query/id parameters. */
  map: (query: URLSearchParams) => request<MapBody>(`/api/map?${query}`),
  sources: (articleIds: string[]) => request<SourcesBody>(`/api/map/sources?${articleIds.map((id) => `article=${enc(id)}`).join('&')}`),
  /** The loaded articles, newest load first. */
  articles: async () => (await request<ArticlesBody>('/api/articles')).articles,
  /** The extraction of an article, nothing written. */
  previewArticle: (input: ArticleInput) => postArticle<ArticlePreviewBody>(input, 'preview'),
  /** Loads an article (one transaction). */
  loadArticle: (input: ArticleInput) => postArticle<ArticleLoadBody>(input, 'load'),
  /** Retracts an article and everything it brought. */
  retractArticle: (id: string) => request<ArticleRetractBody>(`/api/articles/${enc(id)}`, { method: 'DELETE' }),
};
