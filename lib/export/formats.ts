import type { ApiEdge, ApiNode } from '../graph/payload';
import type { SourceArticle } from './types';

export { toGexf } from './gexf';
export { toGraphml } from './graphml';

// File exports of the current graph: GEXF and GraphML (both open in Gephi, GraphML also in yEd and
// Cytoscape) and a GraphDocument-like JSON. Positions and colours travel with the nodes, so Gephi
// opens the same picture rather than a hairball.

/** A node to export: the API node plus where and how it was drawn. */
export interface ExportNode extends ApiNode {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** An edge to export: the API edge plus its drawn colour. */
export interface ExportEdge extends ApiEdge {
  color?: string;
}

/** The graph being exported and where its facts come from. */
export interface ExportGraph {
  title: string;
  description: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  sources: SourceArticle[];
}

/** Serialises as GraphDocument-like JSON (DESIGN.md section 3) with the map's sources and layout. */
export function toGraphDocumentJson(g: ExportGraph): string {
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const doc = {
    version: 1,
    kind: 'trame-map',
    title: g.title,
    description: g.description,
    articles: g.sources,
    nodes: g.nodes.map((n) => {
      const { aliases, ...properties } = n.properties;
      return { id: n.id, label: n.label, name: n.name, aliases: strings(aliases), properties, layout: { x: n.x ?? null, y: n.y ?? null, size: n.size ?? null, color: n.color ?? null } };
    }),
    relationships: g.edges.map((e) => {
      const { evidence, ...properties } = e.properties;
      return { id: e.id, type: e.type, source: e.source, target: e.target, properties, evidence: strings(evidence) };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
