import type { FilterState } from '../graph/filters';
import type { ExplorerGraph } from '../graph/graphology';
import { toGexf, toGraphDocumentJson, toGraphml, type ExportGraph } from './formats';
import { visibleIds } from './scene';
import type { SourceArticle } from './types';

// The one path from a drawn graph to an export file: the explorer's export panel and /map (hence
// `npm run screenshot -- --format gexf|graphml|json`) both call these two functions.

/** The visible part of the graph as an export graph (folded transfer arrows included, as drawn). */
export function exportGraph(graph: ExplorerGraph, filters: FilterState, meta: { title: string; description: string; sources: SourceArticle[] }): ExportGraph {
  const visible = visibleIds(graph, filters);
  const nodes = graph.filterNodes((id) => visible.nodes.has(id)).map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, label: a.nodeLabel, name: a.name, properties: a.props, x: a.x, y: a.y, size: a.size, color: a.color };
  });
  const edges = graph.filterEdges((id) => visible.edges.has(id)).map((id) => {
    const a = graph.getEdgeAttributes(id);
    return { id, type: a.relType, source: graph.source(id), target: graph.target(id), properties: a.folded ? { ...a.props, label: a.label } : a.props, color: a.color };
  });
  return { ...meta, nodes, edges };
}

export type FileFormat = 'gexf' | 'graphml' | 'json';

/** Serialises the export graph in one of the file formats, with its MIME type and extension. */
export function serialise(g: ExportGraph, format: FileFormat): { text: string; mime: string; ext: string } {
  if (format === 'gexf') return { text: toGexf(g), mime: 'application/gexf+xml', ext: 'gexf' };
  if (format === 'graphml') return { text: toGraphml(g), mime: 'application/graphml+xml', ext: 'graphml' };
  return { text: toGraphDocumentJson(g), mime: 'application/json', ext: 'json' };
}
