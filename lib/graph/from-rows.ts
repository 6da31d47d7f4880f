// The one row -> graph converter: the explorer's queries (property maps, `n {.*}`), the console and
// /map (plain nodes, relationships and paths found at any depth in the rows) all go through
// toApiNode / toApiEdge here. Pure: the rows are already plain JSON (lib/neo4j/convert.ts).
import { factLabel } from './fact-label';
import type { ApiEdge, ApiNode, GraphPayload } from './payload';
import type { PlainNode, PlainRelationship } from './plain';

type RowNode = PlainNode;
type RowRelationship = PlainRelationship;

/** Graph elements found in rows, keyed by Neo4j elementId. */
export interface RowGraph {
  nodes: Map<string, RowNode>;
  relationships: Map<string, RowRelationship>;
}

// Loader bookkeeping the browser does not need (searchText repeats the aliases). An Entity is known by
// its stable id, anything else by its elementId, so every source of nodes merges into one view.
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

function nodeName(p: Record<string, unknown>, label: string): string {
  const text = typeof p.text === 'string' ? (p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text) : undefined;
  const name = p.name ?? p.title ?? text ?? p.id ?? label;
  return String(name);
}

/**
 * A node's property map (as `n {.*}` returns it, `id` and `label` included) in the API node shape. A
 * consolidated fact also gets `display`, its one-line summary ("troupes · ≈ 11 000 (déc. 2024) · 2 sources").
 */
export function toApiNode(props: Record<string, unknown>): ApiNode {
  const label = String(props.label ?? 'Entity');
  const name = nodeName(props, label);
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!HIDDEN_PROPS.has(k) && k !== 'id' && k !== 'name' && k !== 'label') properties[k] = v;
  const display = factLabel(label, props, name);
  if (display) properties.display = display;
  return { id: String(props.id), label, name, properties };
}

/** A relationship row in the API edge shape; its id is the loader's stable id when present. */
export function toApiEdge(row: { source: string; target: string; type: string; elementId: string; props: Record<string, unknown> }): ApiEdge {
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row.props ?? {})) if (!HIDDEN_PROPS.has(k) && k !== 'id') properties[k] = v;
  const id = typeof row.props?.id === 'string' && row.props.id ? row.props.id : row.elementId;
  return { id, type: row.type, source: row.source, target: row.target, properties };
}

/** Converts one Neo4j node into the API node shape. */
export function toApiNodeFromRow(n: RowNode): ApiNode {
  const label = typeof n.properties.label === 'string' ? n.properties.label : (n.labels.find((l) => l !== 'Entity' && l !== 'Fact') ?? n.labels[0] ?? 'Node');
  return toApiNode({ ...n.properties, id: nodeApiId(n), label });
}

function toApiEdgeFromRow(r: RowRelationship, source: string, target: string): ApiEdge {
  return toApiEdge({ source, target, type: r.type, elementId: r.elementId, props: r.properties });
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
