// Partial refreshes of the sigma canvas and the settings that follow graph size: what keeps hover,
// selection and the return of edges after a layout from re-processing a 10k-node graph in one frame.
import type Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import { CHEAP_EDGES, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from '@/lib/graph/graphology';
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
 * How edges come back a slice per frame: the first slice's size by program (thin lines cost a fifth of an
 * arrow's pixels), then each next one scaled so that a frame takes about `frameMs` (measured from one slice's
 * frame to the next, where software WebGL's rasterisation shows up), at most doubling from one to the next.
 */
const REVEAL = { firstThin: 2_000, first: 1_000, min: 250, max: 16_000, frameMs: 50 };

type Internals = { needToProcess?: boolean; edgeProgramIndex?: Record<string, number>; edgeDataCache?: Record<string, { type: string }>; edgePrograms?: Record<string, unknown> };

/**
 * The graph's edges in the order sigma draws them (program by program, slot by slot), with each one's
 * program and slot: consecutive edges of this list are consecutive slots, so a slice is one range per program.
 */
function drawOrder(renderer: Sigma<NodeAttrs, EdgeAttrs>, edges: string[]): { edge: string; type: string; slot: number }[] | null {
  const own = renderer as unknown as Internals;
  if (!own.edgeProgramIndex || !own.edgeDataCache || !own.edgePrograms) return null;
  const rank = new Map(Object.keys(own.edgePrograms).map((type, i) => [type, i]));
  const out: { edge: string; type: string; slot: number }[] = [];
  for (const edge of edges) {
    const slot = own.edgeProgramIndex[edge];
    const type = own.edgeDataCache[edge]?.type;
    if (slot === undefined || type === undefined || !rank.has(type)) return null;
    out.push({ edge, type, slot });
  }
  return out.sort((x, y) => rank.get(x.type)! - rank.get(y.type)! || x.slot - y.slot);
}

/**
 * Brings a graph's edges back after its layout, a slice per frame from the frame after the one that draws
 * the final positions. Each slice is a partial refresh that skips indexation (the edges kept their program
 * slots while hidden) and, through `still`, a frame that draws only that slice's slots over the edge layer
 * as it stands, the node layer kept: no frame redraws every edge shown so far (a frame of 30k lines was a
 * task of hundreds of ms here, most of it software WebGL rasterising), and the last one leaves the picture a
 * full draw gives, slots being drawn in the same order. `onDone` runs once the frame with the last edges is
 * drawn, or when the canvas stops showing this graph or the reveal is cancelled.
 */
function revealEdges(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'edgesPending' | 'thinEdges'>, still: StillLayers | undefined, onDone: () => void): { cancel(): void } {
  const own = renderer as unknown as Internals;
  let order: ReturnType<typeof drawOrder> = null;
  let next = 0;
  let size = view.thinEdges ? REVEAL.firstThin : REVEAL.first;
  let last: number | null = null;
  let frame: number | null = null;
  let over = false;
  const end = () => {
    if (over) return;
    over = true;
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    // Whoever cancels redraws the graph with its own view of the edges (a batch re-attaches it, a layout hides them).
    view.edgesPending = null;
    renderer.off('afterRender', end);
    onDone();
  };
  const all = () => {
    view.edgesPending = null;
    renderer.refresh({ schedule: true });
    renderer.once('afterRender', end);
  };
  const step = (now: number) => {
    frame = null;
    if (renderer.getGraph() !== graph) return end();
    // The frame that indexes the final positions has not been drawn yet: slots are given there.
    if (own.needToProcess) return void (frame = requestAnimationFrame(step));
    order ??= drawOrder(renderer, graph.edges());
    if (!order || !still) return all();
    if (last !== null) size = Math.round(Math.min(REVEAL.max, Math.max(REVEAL.min, size * Math.min(2, REVEAL.frameMs / Math.max(1, now - last)))));
    last = now;
    const slice = order.slice(next, next + size).filter((e) => graph.hasEdge(e.edge));
    next += size;
    const ranges = new Map<string, [number, number]>();
    for (const { edge, type, slot } of slice) {
      view.edgesPending?.delete(edge);
      const r = ranges.get(type);
      if (r) r[1] = Math.max(r[1], slot + 1);
      else ranges.set(type, [slot, slot + 1]);
    }
    try {
      still.appendEdges({ partialGraph: { edges: slice.map((e) => e.edge) }, skipIndexation: true, schedule: true }, ranges);
    } catch {
      // An edge added since the last indexation has no slot yet: one full refresh draws them all.
      return all();
    }
    if (next < order.length) frame = requestAnimationFrame(step);
    else {
      view.edgesPending = null;
      renderer.once('afterRender', end);
    }
  };
  frame = requestAnimationFrame(step);
  return { cancel: end };
}

/**
 * Shows a graph's hidden edges again: their programs registered first (sigma throws without), then
 * revealEdges(). Where they waited in the thin program but are drawn with their own, one full refresh moves
 * them there, still hidden, in the frame that draws the final positions.
 */
export function showEdges(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  graph: ExplorerGraph,
  view: Pick<ViewState, 'thinEdges' | 'edgesHidden' | 'edgesPending'>,
  onDone: () => void,
  still?: StillLayers,
): { cancel(): void } {
  view.edgesHidden = false;
  view.edgesPending = new Set(graph.edges());
  ensureEdgePrograms(renderer, graph, view);
  if (!view.thinEdges) renderer.refresh({ schedule: true });
  return revealEdges(renderer, graph, view, still, onDone);
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
