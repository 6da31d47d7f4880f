// File exports from the live graph: what is visible goes out, with positions and colours as drawn.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { FilterState } from '@/lib/graph/filters';
import { toGexf, toGraphDocumentJson, toGraphml, type ExportGraph } from '@/lib/export/formats';
import { visibleIds } from '@/lib/export/scene';
import type { SourceArticle } from '@/lib/export/types';

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

/** A file-name-safe slug of a title ("Corée du Nord" -> "coree-du-nord"). */
export function fileSlug(title: string): string {
  return title.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'trame-map';
}

/** Starts a browser download of a blob. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}
