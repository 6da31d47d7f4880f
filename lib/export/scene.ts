import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { FilterState } from '../graph/filters';
import { edgeVisible, nodeVisible } from '../graph/filters';
import { createGraph, replaceWithPayload, type ExplorerGraph } from '../graph/graphology';
import type { GraphPayload } from '../graph/payload';
import { estimateText } from './caption';
import type { SceneEdge, SceneNode } from './types';

// From a payload to a laid-out, filtered scene. The layout is deterministic: seeded start positions
// (by node id), a fixed number of synchronous ForceAtlas2 iterations over id-sorted nodes, then noverlap,
// so the same data always gives the same picture.

export const LAYOUT_SEED = 'trame-map';
export const FA2_ITERATIONS = 400;

/** Sorts nodes and edges by id so insertion order, hence the layout, does not depend on query order. */
export function sortPayload(p: GraphPayload): GraphPayload {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { ...p, nodes: [...p.nodes].sort(byId), edges: [...p.edges].sort(byId) };
}

/** Runs the seeded layout in place: FA2 for a fixed number of iterations, rescale to `extent`, noverlap. */
export function layoutGraph(graph: ExplorerGraph, options: { iterations?: number; extent?: number } = {}): void {
  if (graph.order === 0) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false, adjustSizes: false, gravity: 1, scalingRatio: 10 };
  forceAtlas2.assign(graph, { iterations: options.iterations ?? FA2_ITERATIONS, settings, getEdgeWeight: 'weight' });
  // noverlap compares positions with node sizes (pixels): bring the extent to picture scale first.
  const extent = options.extent ?? 900;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const k = extent / span;
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - (minX + maxX) / 2) * k, y: (a.y - (minY + maxY) / 2) * k }), { attributes: ['x', 'y'] });
  // Labels sit right of their disc: noverlap sees each node as a disc covering disc and label, so
  // neighbouring labels do not collide on the picture (the label width is estimated at print size).
  const reach = (id: string, a: { size: number; label: string }) => Math.max(a.size, (a.size + 4 + estimateText(a.label ?? '', 14, 600)) / 2);
  noverlap.assign(graph, {
    maxIterations: 300,
    settings: { margin: 6, ratio: 1, expansion: 1.1 },
    inputReducer: (id, a) => {
      const r = reach(id, graph.getNodeAttributes(id));
      return { x: a.x + r - a.size!, y: a.y, size: r };
    },
    outputReducer: (id, a) => ({ ...a, x: a.x - reach(id, graph.getNodeAttributes(id)) + graph.getNodeAttribute(id, 'size') }),
  });
}

/** A graph built from a payload (id-sorted), styled by the explorer's rules and laid out. */
export function buildMapGraph(payload: GraphPayload, options: { iterations?: number } = {}): ExplorerGraph {
  const graph = createGraph();
  replaceWithPayload(graph, sortPayload(payload), { seed: LAYOUT_SEED });
  layoutGraph(graph, options);
  return graph;
}

/** Ids of nodes and edges that pass the filters (an edge also needs both ends visible). */
export function visibleIds(graph: ExplorerGraph, filters: FilterState): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodeVisible(a, filters)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((id, a, s, t) => {
    if (nodes.has(s) && nodes.has(t) && edgeVisible(a, filters)) edges.add(id);
  });
  return { nodes, edges };
}

/** Maps graph coordinates to picture pixels and graph sizes to pixel radii. */
export interface Projection {
  point(x: number, y: number): { x: number; y: number };
  size(s: number): number;
}

/** A projection fitting the given positions in a box with padding (y flipped: sigma's y grows upwards). */
export function fitProjection(points: { x: number; y: number }[], width: number, height: number, padding = 60): Projection {
  if (points.length === 0) return { point: () => ({ x: width / 2, y: height / 2 }), size: (s) => s };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((width - 2 * padding) / (maxX - minX || 1), (height - 2 * padding) / (maxY - minY || 1));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { point: (x, y) => ({ x: width / 2 + (x - cx) * k, y: height / 2 - (y - cy) * k }), size: (s) => s };
}

/** The visible part of the graph as plain scene data, in picture pixels. */
export function toScene(graph: ExplorerGraph, visible: { nodes: Set<string>; edges: Set<string> }, project: Projection, selection: string | null = null): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const nodes: SceneNode[] = [];
  graph.forEachNode((id, a) => {
    if (!visible.nodes.has(id)) return;
    const p = project.point(a.x, a.y);
    nodes.push({ id, label: a.nodeLabel, name: a.label, x: p.x, y: p.y, size: project.size(a.size), color: a.color, highlighted: id === selection });
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (!visible.edges.has(id)) return;
    edges.push({ id, source, target, type: a.relType, label: a.folded ? a.label : undefined, color: a.color, size: Math.max(1, project.size(a.size)) });
  });
  return { nodes, edges };
}

/** One short phrase per active filter, for the caption. */
export function describeFilters(f: FilterState): string[] {
  const out: string[] = [];
  if (f.transferMode === 'edges') out.push('transfers drawn as arrows');
  if (f.hiddenLabels.size) out.push(`hidden: ${[...f.hiddenLabels].sort().join(', ')}`);
  if (f.hiddenTypes.size) out.push(`hidden relationships: ${[...f.hiddenTypes].sort().join(', ')}`);
  if (f.hiddenKinds.size) out.push(`hidden transfer kinds: ${[...f.hiddenKinds].sort().join(', ')}`);
  if (f.hiddenStatuses.size) out.push(`hidden statuses: ${[...f.hiddenStatuses].sort().join(', ')}`);
  if (f.timeRange) out.push(`from ${new Date(f.timeRange[0]).toISOString().slice(0, 10)} to ${new Date(f.timeRange[1]).toISOString().slice(0, 10)}`);
  return out;
}
