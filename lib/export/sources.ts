import type { ExplorerGraph } from '../graph/graphology';
import type { SourceArticle } from './types';

// A picture cites the articles behind the facts it draws: the `articles` of each drawn relationship.
// Entities keep a list of every article that mentions them, which would cite the whole corpus for a
// country, so node lists never count. A folded transfer arrow stands for its Transfer node's relationships.

function addArticles(ids: Set<string>, v: unknown): void {
  if (typeof v === 'string' && v) ids.add(v);
  else if (Array.isArray(v)) for (const x of v) addArticles(ids, x);
}

/** Ids of the articles behind the given (drawn) edges, sorted. */
export function articleIdsOfEdges(graph: ExplorerGraph, edges: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const e of edges) {
    if (!graph.hasEdge(e)) continue;
    const a = graph.getEdgeAttributes(e);
    addArticles(ids, a.props.articles);
    if (a.folded && a.transfer && graph.hasNode(a.transfer))
      graph.forEachEdge(a.transfer, (_id, ea) => {
        if (!ea.folded) addArticles(ids, ea.props.articles);
      });
  }
  return [...ids].sort();
}

/** The known articles among `ids`, in the order of `sources` (unknown ids are left out). */
export function sourcesAmong(sources: SourceArticle[], ids: Iterable<string>): SourceArticle[] {
  const wanted = new Set(ids);
  return sources.filter((s) => wanted.has(s.id));
}
