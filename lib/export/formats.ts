import Graph from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer';
import type { ApiEdge, ApiNode } from '../graph/payload';
import { xmlEscape } from './svg';
import type { SourceArticle } from './types';

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

// GEXF/GraphML attributes are scalars: lists (aliases, evidence, articles) are joined with " | ".
function scalar(v: unknown): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => String(x)).join(' | ');
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function flat(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = String(scalar(v));
  return out;
}

/** Builds a directed multi graph from the export graph (edges whose ends are missing are skipped). */
export function toGraphology(g: Pick<ExportGraph, 'nodes' | 'edges'>): Graph {
  const graph = new Graph({ type: 'directed', multi: true });
  for (const n of g.nodes) if (!graph.hasNode(n.id)) graph.addNode(n.id, { ...n });
  for (const e of g.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.id)) graph.addEdgeWithKey(e.id, e.source, e.target, { ...e });
  return graph;
}

/** Serialises as GEXF 1.3 with viz positions, sizes and colours. */
export function toGexf(g: ExportGraph): string {
  const graph = toGraphology(g);
  graph.setAttribute('title', g.title);
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, a) => {
      const n = a as ExportNode;
      return {
        label: n.name,
        attributes: { type: n.label, ...flat(n.properties) },
        viz: { x: n.x ?? 0, y: n.y ?? 0, size: n.size ?? 5, ...(n.color ? { color: n.color } : {}) },
      };
    },
    formatEdge: (_key, a) => {
      const e = a as ExportEdge;
      return { label: e.type, attributes: { type: e.type, ...flat(e.properties) }, ...(e.color ? { viz: { color: e.color } } : {}) };
    },
  });
}

function hexToRgb(color: string | undefined): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color ?? '');
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

type KeyType = 'string' | 'double' | 'int';

/** Serialises as GraphML with label, type, position (x, y, size) and colour (r, g, b) keys Gephi understands. */
export function toGraphml(g: ExportGraph): string {
  const graph = toGraphology(g);
  const keys = new Map<string, { id: string; for: 'node' | 'edge'; name: string; type: KeyType }>();
  const key = (target: 'node' | 'edge', name: string, type: KeyType = 'string') => {
    const k = `${target}:${name}`;
    if (!keys.has(k)) keys.set(k, { id: `${target === 'node' ? 'n' : 'e'}${keys.size}`, for: target, name, type });
    return keys.get(k)!.id;
  };
  const data = (id: string, v: unknown) => `<data key="${id}">${xmlEscape(String(v))}</data>`;
  const nodes: string[] = [];
  graph.forEachNode((id, a) => {
    const n = a as ExportNode;
    const parts = [data(key('node', 'label'), n.name), data(key('node', 'type'), n.label)];
    if (n.x !== undefined && n.y !== undefined) parts.push(data(key('node', 'x', 'double'), n.x), data(key('node', 'y', 'double'), n.y));
    if (n.size !== undefined) parts.push(data(key('node', 'size', 'double'), n.size));
    const rgb = hexToRgb(n.color);
    if (rgb) parts.push(data(key('node', 'r', 'int'), rgb[0]), data(key('node', 'g', 'int'), rgb[1]), data(key('node', 'b', 'int'), rgb[2]));
    for (const [k, v] of Object.entries(flat(n.properties))) if (!['label', 'type', 'x', 'y', 'size', 'r', 'g', 'b'].includes(k)) parts.push(data(key('node', k), v));
    nodes.push(`<node id="${xmlEscape(id)}">${parts.join('')}</node>`);
  });
  const edges: string[] = [];
  graph.forEachEdge((id, a, source, target) => {
    const e = a as ExportEdge;
    const parts = [data(key('edge', 'label'), e.type)];
    for (const [k, v] of Object.entries(flat(e.properties))) if (k !== 'label') parts.push(data(key('edge', k), v));
    edges.push(`<edge id="${xmlEscape(id)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${parts.join('')}</edge>`);
  });
  const keyLines = [...keys.values()].map((k) => `<key id="${k.id}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `<!-- ${xmlEscape(g.title).replace(/--/g, '—')} -->`,
    ...keyLines,
    '<graph id="trame" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
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
