import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { FilterState } from '../graph/filters';
import { edgeVisible, nodeVisible } from '../graph/filters';
import { createGraph, replaceWithPayload, type ExplorerGraph } from '../graph/graphology';
import type { GraphPayload } from '../graph/payload';
import type { Lang } from '../i18n/lang';
import { statusText } from '../i18n/messages';
import { estimateText } from './caption';
import { captionText, colon, dateText, labelText } from './caption-text';
import { countOverlaps, declutter, labelBox, type Placed } from './declutter';
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

/** The picture area a layout is made for, CSS px. */
export interface LayoutArea {
  width: number;
  height: number;
}

const PAD = 40;

/** Shortens a label for print (claims quote whole sentences), keeping the closing guillemet. */
export function printLabel(label: string, max = 36): string {
  if (label.length <= max) return label;
  const quoted = label.endsWith('»');
  const body = label.slice(0, max - (quoted ? 3 : 1));
  const cut = body.lastIndexOf(' ');
  return `${(cut > max * 0.6 ? body.slice(0, cut) : body).trimEnd()}…${quoted ? ' »' : ''}`;
}

/**
 * Runs the seeded layout in place: ForceAtlas2 for a fixed number of iterations, stretched to the
 * picture's aspect in pixel space, noverlap on the discs, then a label-aware declutter pass.
 */
export function layoutGraph(graph: ExplorerGraph, options: { iterations?: number; area?: LayoutArea; visible?: Set<string> } = {}): { overlaps: number } {
  if (graph.order === 0) return { overlaps: 0 };
  const area = options.area ?? { width: 1600, height: 800 };
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false, gravity: 1, scalingRatio: 10, outboundAttractionDistribution: true };
  forceAtlas2.assign(graph, { iterations: options.iterations ?? FA2_ITERATIONS, settings, getEdgeWeight: 'weight' });
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  // Fill the picture: scale each axis to the area (labels need room on the right), capping the stretch.
  const kx0 = Math.max(100, area.width - 2 * PAD - 180) / (maxX - minX || 1);
  const ky0 = Math.max(100, area.height - 2 * PAD) / (maxY - minY || 1);
  const kx = Math.min(kx0, ky0 * 3);
  const ky = Math.min(ky0, kx0 * 3);
  // Pixel space, y down (sigma's graph y grows upwards, so it is flipped back at the end).
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - (minX + maxX) / 2) * kx, y: -(a.y - (minY + maxY) / 2) * ky }), { attributes: ['x', 'y'] });
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 4, ratio: 1, expansion: 1.1 } });
  // Only what is drawn needs room: hidden nodes (filtered, folded transfers) keep their place unseen.
  const ids = graph.filterNodes((id) => !options.visible || options.visible.has(id));
  const points: Placed[] = ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    return { x: a.x, y: a.y, size: a.size, label: a.label };
  });
  const overlaps = fitAndDeclutter(points, area);
  const at = new Map(ids.map((id, i) => [id, points[i]]));
  graph.updateEachNodeAttributes((id, a) => {
    const p = at.get(id);
    return { ...a, x: p ? p.x : a.x, y: -(p ? p.y : a.y) };
  }, { attributes: ['x', 'y'] });
  return { overlaps };
}

function extent(points: Placed[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const b = labelBox(p, 14, 0);
    minX = Math.min(minX, b[0]); maxX = Math.max(maxX, b[2]);
    minY = Math.min(minY, b[1]); maxY = Math.max(maxY, b[3]);
  }
  return { minX, maxX, minY, maxY };
}

/**
 * Declutters, and when the result no longer fits the area (sigma would shrink it, and labels would
 * collide again) pulls each axis back in and declutters again. When the labels cannot all fit, the
 * arrangement (decluttered or spread-out) that collides less is kept; the renderer then shows the labels that fit.
 * Returns the overlaps left at picture scale.
 */
function fitAndDeclutter(points: Placed[], area: LayoutArea): number {
  const before = points.map((p) => ({ x: p.x, y: p.y }));
  const factors = () => {
    const e = extent(points);
    return {
      fx: Math.min(1, (area.width - 2 * PAD) / (e.maxX - e.minX || 1)),
      fy: Math.min(1, (area.height - 2 * PAD) / (e.maxY - e.minY || 1)),
      cx: (e.minX + e.maxX) / 2,
      cy: (e.minY + e.maxY) / 2,
    };
  };
  for (let round = 0; round < 5; round++) {
    declutter(points);
    const { fx, fy, cx, cy } = factors();
    if (fx >= 0.97 && fy >= 0.97) break;
    for (const p of points) {
      p.x = cx + (p.x - cx) * fx;
      p.y = cy + (p.y - cy) * fy;
    }
  }
  // What the picture will show: sigma scales the whole map by one factor to fit the area.
  const atPictureScale = () => {
    const { fx, fy } = factors();
    const f = Math.min(fx, fy);
    return countOverlaps(points.map((p) => ({ ...p, x: p.x * f, y: p.y * f })));
  };
  const left = atPictureScale();
  if (left === 0) return 0;
  // Keep whichever arrangement collides less once sigma scales it into the picture.
  const after = points.map((p) => ({ x: p.x, y: p.y }));
  points.forEach((p, i) => Object.assign(p, before[i]));
  const spread = atPictureScale();
  if (spread <= left) return spread;
  points.forEach((p, i) => Object.assign(p, after[i]));
  return left;
}

/** A graph built from a payload (id-sorted), styled by the explorer's rules and laid out for a picture area. */
export function buildMapGraph(payload: GraphPayload, options: { iterations?: number; area?: LayoutArea; layout?: boolean } = {}): ExplorerGraph {
  const graph = createGraph();
  replaceWithPayload(graph, sortPayload(payload), { seed: LAYOUT_SEED });
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, label: printLabel(a.label) }), { attributes: ['label'] });
  if (options.layout !== false) layoutGraph(graph, options);
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
    edges.push({ id, source, target, type: a.relType, label: a.folded ? a.label : undefined, color: a.color, size: Math.max(1, project.size(a.size)), dashed: a.type === 'dashed' });
  });
  return { nodes, edges };
}

/** One short phrase per active filter, for the caption, in the caption's language. */
export function describeFilters(f: FilterState, lang: Lang = 'en'): string[] {
  const out: string[] = [];
  const list = (values: ReadonlySet<string>, vocab: boolean) => [...values].map((v) => (vocab ? labelText(lang, v) : v)).sort().join(', ');
  if (f.transferMode === 'edges') out.push(captionText(lang, 'arrows'));
  if (f.hiddenLabels.size) out.push(`${captionText(lang, 'hidden')}${colon(lang)} ${list(f.hiddenLabels, true)}`);
  if (f.hiddenTypes.size) out.push(`${captionText(lang, 'hiddenTypes')}${colon(lang)} ${list(f.hiddenTypes, false)}`);
  if (f.hiddenKinds.size) out.push(`${captionText(lang, 'hiddenKinds')}${colon(lang)} ${list(f.hiddenKinds, true)}`);
  if (f.hiddenStatuses.size) out.push(`${captionText(lang, 'hiddenStatuses')}${colon(lang)} ${[...f.hiddenStatuses].map((s) => statusText(lang, s)).sort().join(', ')}`);
  if (f.timeRange) out.push(captionText(lang, 'period', { a: dateText(lang, new Date(f.timeRange[0]).toISOString()), b: dateText(lang, new Date(f.timeRange[1]).toISOString()) }));
  return out;
}

/** Extent of a laid-out map including its labels (graph units = picture px after layoutGraph), for sigma's custom bbox. */
export function contentBBox(graph: ExplorerGraph, visible?: Set<string>, labelSize = 14): { x: [number, number]; y: [number, number] } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((id, a) => {
    if (visible && !visible.has(id)) return;
    minX = Math.min(minX, a.x - a.size);
    maxX = Math.max(maxX, a.x + a.size + 4 + estimateText(a.label, labelSize, 600));
    minY = Math.min(minY, a.y - Math.max(a.size, labelSize));
    maxY = Math.max(maxY, a.y + Math.max(a.size, labelSize));
  });
  return Number.isFinite(minX) ? { x: [minX, maxX], y: [minY, maxY] } : { x: [0, 1], y: [0, 1] };
}

/** Visible edges as the caption's edge legend needs them (type, colour, dashed). */
export function legendEdges(graph: ExplorerGraph, visibleEdges: Set<string>): { type: string; color: string; dashed: boolean }[] {
  return graph.filterEdges((id) => visibleEdges.has(id)).map((id) => {
    const a = graph.getEdgeAttributes(id);
    return { type: a.relType, color: a.color, dashed: a.type === 'dashed' };
  });
}
