// Partial refreshes of the sigma canvas and the settings that follow graph size: what keeps hover,
// selection and the return of edges after a layout from re-processing a 10k-node graph in one frame.
import type Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import { CHEAP_EDGES, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from '@/lib/graph/graphology';
import { EDGELESS_MOVE_MIN_EDGES } from './layout';
import { THIN_EDGE, type ViewState } from './reducers';
import type { StillLayers } from './still-layers';

/** Above this many edges, edges are not clickable (nodes stay so). */
const EDGE_EVENTS_MAX = 2_000;

/** Above this many nodes, hover and selection repaint only the items they touch. */
export const BIG_GRAPH = 2_000;

/**
 * Repaints the given nodes, their neighbours and incident edges, and the given edges, without
 * re-indexing the graph: a hover or selection on 10k nodes costs its neighbourhood, not the graph. With
 * `still`, a repaint that changes only labels and highlights leaves the node and edge layers undrawn.
 */
export function repaint(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, nodes: (string | null)[], edges: (string | null)[] = [], still?: StillLayers): void {
  const shown = renderer.getGraph();
  const n = new Set<string>();
  const e = new Set<string>();
  for (const node of nodes) {
    if (!node || !graph.hasNode(node)) continue;
    n.add(node);
    graph.forEachNeighbor(node, (m) => n.add(m));
    graph.forEachEdge(node, (edge) => e.add(edge));
  }
  for (const edge of edges) if (edge && graph.hasEdge(edge)) e.add(edge);
  try {
    const opts = { partialGraph: { nodes: [...n].filter((x) => shown.hasNode(x)), edges: [...e].filter((x) => shown.hasEdge(x)) }, skipIndexation: true, schedule: true };
    if (still) still.refreshKeeping(opts);
    else renderer.refresh(opts);
  } catch {
    // An item not indexed yet (added in this very frame): a full refresh draws it all.
    renderer.refresh();
  }
}

/**
 * Edges put back per frame after a layout: each slice re-runs the reducer and the program of that many
 * edges (a few tens of ms per 4,000), while each frame redraws every edge shown so far, which software
 * WebGL makes the larger cost: 8,000 a frame brings 30k back in four frames instead of eight.
 */
const EDGES_PER_FRAME = 8_000;

/**
 * Brings a graph's edges back after its layout. Up to EDGES_PER_FRAME edges come back in one refresh,
 * scheduled into the frame that draws the final positions: one frame instead of two. More come back
 * EDGES_PER_FRAME a frame, by partial refreshes that skip indexation: the edges kept their program slots
 * while hidden, so no frame re-processes the graph (one full refresh of 30k edges was a task of a second
 * here). `onDone` runs once the frame with the last edges is drawn, or when the canvas stops showing
 * this graph or the reveal is cancelled.
 */
function revealEdges(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, onDone: () => void): { cancel(): void } {
  const edges = graph.edges();
  let next = 0;
  let frame: number | null = null;
  let over = false;
  const end = () => {
    if (over) return;
    over = true;
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    renderer.off('afterRender', end);
    onDone();
  };
  if (edges.length <= EDGES_PER_FRAME) {
    if (renderer.getGraph() !== graph) {
      queueMicrotask(end);
      return { cancel: end };
    }
    renderer.refresh({ schedule: true });
    renderer.once('afterRender', end);
    return { cancel: end };
  }
  const step = () => {
    frame = null;
    if (renderer.getGraph() !== graph) return end();
    const slice = edges.slice(next, next + EDGES_PER_FRAME).filter((e) => graph.hasEdge(e));
    next += EDGES_PER_FRAME;
    try {
      renderer.refresh({ partialGraph: { edges: slice }, skipIndexation: true, schedule: true });
    } catch {
      // An edge added since the last indexation has no slot yet: one full refresh draws them all.
      renderer.refresh({ schedule: true });
      next = edges.length;
    }
    if (next < edges.length) frame = requestAnimationFrame(step);
    else renderer.once('afterRender', end);
  };
  // After the frame that re-indexes the final positions.
  frame = requestAnimationFrame(step);
  // Whoever cancels redraws the graph (a batch re-attaches it, a layout hides the edges again).
  return { cancel: end };
}

/** Shows a graph's hidden edges again: their programs registered first (sigma throws without), then revealEdges(). */
export function showEdges(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges' | 'edgesHidden'>, onDone: () => void): { cancel(): void } {
  view.edgesHidden = false;
  ensureEdgePrograms(renderer, graph, view);
  return revealEdges(renderer, graph, onDone);
}

/**
 * Writes intermediate layout positions onto the graph's nodes in place and repaints the nodes without
 * re-indexing: positions inside the box sigma last normalised need no new bounding box, label grid or
 * program layout, so a frame of a moving 10k-node graph costs its node buffers, not a full process.
 * `withEdges` repaints the edges too (when they are drawn while the layout moves).
 */
export function repaintPositions(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, xy: Float32Array, ids: string[], withEdges: boolean): void {
  if (renderer.getGraph() !== graph) return;
  const moved: string[] = [];
  ids.forEach((id, i) => {
    if (!graph.hasNode(id)) return;
    // No graph event: sigma would re-index the whole graph for it.
    const a = graph.getNodeAttributes(id);
    a.x = xy[2 * i];
    a.y = xy[2 * i + 1];
    moved.push(id);
  });
  try {
    // Edges drawn meanwhile (few: more are hidden while the layout moves) follow their nodes.
    renderer.refresh({ partialGraph: { nodes: moved, edges: withEdges ? graph.edges() : [] }, skipIndexation: true, schedule: true });
  } catch {
    // A node added since the last indexation has no slot yet.
    renderer.refresh({ schedule: true });
  }
}

/** The view settings that follow the graph's size: folded labels on small graphs, hover without dimming on big ones. */
export function sizeView(view: ViewState, graph: ExplorerGraph): void {
  view.forceFoldLabels = graph.size < 1_500;
  view.hoverWithoutDimming = graph.order > BIG_GRAPH;
}

/**
 * Shows `graph`, just filled, on a canvas that showed an empty stand-in: with its edges when it has few
 * (EDGELESS_MOVE_MIN_EDGES), else nodes only and edges kept hidden for the layout that follows to bring
 * back. True when the edges wait hidden.
 */
export function attachFilled(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: ViewState): boolean {
  if (graph.size <= EDGELESS_MOVE_MIN_EDGES) {
    view.edgesHidden = false;
    ensureEdgePrograms(renderer, graph, view);
    renderer.setGraph(graph);
    return false;
  }
  view.edgesHidden = true;
  applyScaleSettings(renderer, graph, view);
  renderer.setGraph(graph);
  return true;
}

/**
 * Settings that depend on graph size. Small graphs label every node; big ones let the label grid pick
 * the larger discs, hide edges while panning, skip edge picking (an extra offscreen pass per frame), and
 * dense ones draw thin edges. True when it refreshed the whole canvas.
 */
export function applyScaleSettings(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: ViewState): boolean {
  const big = graph.order > 3_000;
  // Edge picking draws every edge a second time, offscreen, at every frame: only where edges are few
  // enough to be told apart by a click (software WebGL spends seconds per frame on 30k edges twice).
  const next = { labelRenderedSizeThreshold: graph.order < 300 ? 0 : big ? 4 : 7, hideEdgesOnMove: big, enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX };
  const thin = graph.size > CHEAP_EDGES;
  const thinChanged = view.thinEdges !== thin;
  view.thinEdges = thin;
  ensureEdgePrograms(renderer, graph, view);
  const current = renderer.getSettings() as unknown as Record<string, unknown>;
  // Each setSettings re-processes the graph: only when something changed.
  if (Object.entries(next).some(([k, v]) => current[k] !== v)) renderer.setSettings(next);
  else if (thinChanged) renderer.refresh();
  else return false;
  return true;
}

type EdgePrograms = Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>;

// The programs each canvas may register, by type, kept so that registering a type twice gives sigma the
// same class (a new class would make it compile the program again).
const available = new WeakMap<Sigma<NodeAttrs, EdgeAttrs>, EdgePrograms>();

/** The edge programs `renderer` may draw with; registered only as ensureEdgePrograms finds them needed. */
export function offerEdgePrograms(renderer: Sigma<NodeAttrs, EdgeAttrs>, programs: EdgePrograms): void {
  available.set(renderer, programs);
}

/** The edge program types drawing `graph` as the view stands: thin always, each edge's own unless thin. */
export function edgeTypesFor(graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges' | 'edgesHidden'>): Set<string> {
  const types = new Set<string>([THIN_EDGE]);
  if (!view.thinEdges && !view.edgesHidden) graph.forEachEdge((_e, a) => void types.add(a.type));
  return types;
}

/**
 * Registers the edge programs the graph is about to be drawn with, when some are missing. Each program is
 * two to four shaders that software WebGL compiles in round trips to the GPU process (tens of ms each on a
 * loaded machine): a first frame with edges hidden, or a dense view of thin lines, waits for none of the
 * others. Call it before edges show or change type; sigma throws on an edge whose type has no program.
 */
export function ensureEdgePrograms(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges' | 'edgesHidden'>, types?: Set<string>): void {
  const programs = available.get(renderer);
  if (!programs) return;
  const current = renderer.getSetting('edgeProgramClasses');
  // All registered already (once the first graph drew): no walk over the edges on each selection or filter change.
  if (Object.keys(programs).every((type) => current[type])) return;
  const missing = [...(types ?? edgeTypesFor(graph, view))].filter((type) => !current[type] && programs[type]);
  if (missing.length === 0) return;
  renderer.setSetting('edgeProgramClasses', { ...current, ...Object.fromEntries(missing.map((type) => [type, programs[type]])) });
}
