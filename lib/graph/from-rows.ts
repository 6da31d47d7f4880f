// Rows of a Cypher result -> the graph payload the explorer draws. Pure: the rows are already plain
// JSON (lib/neo4j/convert.ts); nodes, relationships and paths are found at any depth (lists, maps).
import type { ApiEdge, ApiNode, GraphPayload } from './payload';
import type { PlainNode, PlainRelationship } from './plain';

type RowNode = PlainNode;
type RowRelationship = PlainRelationship;

/** Graph elements found in rows, keyed by Neo4j elementId. */
export interface RowGraph {
  nodes: Map<string, RowNode>;
  relationships: Map<string, RowRelationship>;
}

// Same rules as the explorer's routes (lib/neo4j/explore.ts), so console results merge with the
// rest of the view: an Entity is known by its stable id, anything else by its elementId.
const HIDDEN_PROPS = new Set(['searchText', 'nameKey', 'key']);

function isRowNode(v: unknown): v is RowNode {
  const o = v as RowNode;
  return !!o && o.kind === 'node' && typeof o.elementId === 'string' && Array.isArray(o.labels);
}

function isRowRelationship(v: unknown): v is RowRelationship {
  const o = v as RowRelationship;
  return !!o && o.kind === 'relationship' && typeof o.elementId === 'string' && typeof o.startElementId === 'string';
}

/** Collects every node, relationship and path member found in the rows (deduplicated). */
export function collectGraph(rows: Record<string, unknown>[]): RowGraph {
  const graph: RowGraph = { nodes: new Map(), relationships: new Map() };
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (isRowNode(v)) graph.nodes.set(v.elementId, v);
    else if (isRowRelationship(v)) graph.relationships.set(v.elementId, v);
    else if ((v as { kind?: unknown }).kind === 'path') {
      const p = v as { nodes: unknown[]; relationships: unknown[] };
      p.nodes.forEach(visit);
      p.relationships.forEach(visit);
    } else Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return graph;
}

/** ElementIds of relationship ends that the rows did not include (the caller may fetch them). */
export function missingEndpoints(graph: RowGraph): string[] {
  const missing = new Set<string>();
  for (const r of graph.relationships.values())
    for (const end of [r.startElementId, r.endElementId]) if (!graph.nodes.has(end)) missing.add(end);
  return [...missing];
}

/** The API id of a node: its Entity id when it has one, else its Neo4j elementId. */
export function nodeApiId(n: RowNode): string {
  const id = n.properties.id;
  return n.labels.includes('Entity') && typeof id === 'string' && id ? id : n.elementId;
}

function nodeName(n: RowNode, label: string): string {
  const p = n.properties;
  const text = typeof p.text === 'string' ? (p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text) : undefined;
  const name = p.name ?? p.title ?? text ?? p.id ?? label;
  return String(name);
}

/** Converts one Neo4j node into the API node shape. */
export function toApiNodeFromRow(n: RowNode): ApiNode {
  const label = typeof n.properties.label === 'string' ? n.properties.label : (n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node');
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n.properties)) if (!HIDDEN_PROPS.has(k) && k !== 'name' && k !== 'label') properties[k] = v;
  return { id: nodeApiId(n), label, name: nodeName(n, label), properties };
}

function toApiEdgeFromRow(r: RowRelationship, source: string, target: string): ApiEdge {
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.properties)) if (!HIDDEN_PROPS.has(k) && k !== 'id') properties[k] = v;
  const id = typeof r.properties.id === 'string' && r.properties.id ? r.properties.id : r.elementId;
  return { id, type: r.type, source, target, properties };
}

/**
 * Builds the payload: at most maxNodes nodes (in order of appearance), and only the relationships
 * whose two ends are in it; `truncated` says when the cap dropped nodes or relationships.
 */
export function toGraphPayload(graph: RowGraph, maxNodes: number): GraphPayload {
  const ids = new Map<string, string>();
  const nodes: ApiNode[] = [];
  for (const n of graph.nodes.values()) {
    if (nodes.length >= maxNodes) break;
    const api = toApiNodeFromRow(n);
    ids.set(n.elementId, api.id);
    nodes.push(api);
  }
  const edges: ApiEdge[] = [];
  for (const r of graph.relationships.values()) {
    const source = ids.get(r.startElementId);
    const target = ids.get(r.endElementId);
    if (source !== undefined && target !== undefined) edges.push(toApiEdgeFromRow(r, source, target));
  }
  const truncated = nodes.length < graph.nodes.size || edges.length < graph.relationships.size;
  return { nodes, edges, truncated, total: { nodes: graph.nodes.size, edges: graph.relationships.size } };
}

/** Rows -> GraphPayload in one call, with extra nodes (fetched relationship ends) merged in. */
export function graphFromRows(rows: Record<string, unknown>[], maxNodes: number, extraNodes: unknown[] = []): GraphPayload {
  const graph = collectGraph(rows);
  for (const n of extraNodes) if (isRowNode(n) && !graph.nodes.has(n.elementId)) graph.nodes.set(n.elementId, n);
  return toGraphPayload(graph, maxNodes);
}
