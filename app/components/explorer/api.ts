// Browser side of the HTTP contract: fetch JSON, turn the error shape into an Error with code/status.
import type { GraphPayload } from '@/lib/graph/payload';
// Type-only: erased at build time, so no server module (nor credentials) reaches the browser bundle.
import type { EvidenceSentence, NodeDetail, PathResult, SearchHit } from '@/lib/neo4j/explore';

/** An API error as the routes send it ({ error: { code, message } }). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** GET a JSON route; throws ApiError for non-2xx answers (status 0 when the server is unreachable). */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, cache: 'no-store' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'server unreachable');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? res.statusText);
  return body as T;
}

export type { SearchHit, EvidenceSentence, NodeDetail, PathResult };

export const api = {
  graph: (limit: number, signal?: AbortSignal) => getJson<GraphPayload>(`/api/graph?limit=${limit}`, signal),
  node: (id: string, signal?: AbortSignal) => getJson<NodeDetail>(`/api/nodes/${encodeURIComponent(id)}`, signal),
  expand: (id: string, limit: number) => getJson<GraphPayload & { more: number }>(`/api/expand/${encodeURIComponent(id)}?limit=${limit}`),
  search: (q: string, signal?: AbortSignal) => getJson<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`, signal),
  path: (from: string, to: string) => getJson<PathResult>(`/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
};
