// Source articles for captions: ids come from the graph's `articles` properties, titles from the API.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { SourceArticle } from '@/lib/export/types';
import { api } from '@/lib/api/client';

/** Article ids cited by the graph's nodes and edges. */
export function articleIdsOfGraph(graph: ExplorerGraph): string[] {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) ids.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  graph.forEachNode((_n, a) => {
    add(a.props.articles);
    add(a.props.article);
  });
  graph.forEachEdge((_e, a) => add(a.props.articles));
  return [...ids].sort();
}

/** Fetches title, source and date of articles (a caption without sources beats no picture: errors give []). */
export async function fetchSources(ids: string[]): Promise<SourceArticle[]> {
  if (ids.length === 0) return [];
  try {
    return (await api.sources(ids.slice(0, 500))).sources;
  } catch {
    return [];
  }
}
