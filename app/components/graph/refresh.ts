// Partial refreshes of the sigma canvas and the settings that follow graph size: what keeps hover,
// selection and the return of edges after a layout from re-processing a 10k-node graph in one frame.
import type Sigma from 'sigma';
import { CHEAP_EDGES, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from '@/lib/graph/graphology';
import { EDGELESS_MOVE_MIN_EDGES } from './layout';
import type { ViewState } from './reducers';
import { ensureEdgePrograms } from './edge-programs';
import type { Layer, StillLayers } from './still-layers';
import { inDrawOrder, nextSliceSize, rangesOf, type Slotted } from './slices';
import { matrixFromCamera } from 'sigma/utils';
import { fitInto } from '@/lib/graph/fit-box';

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
 * How a layer grows a slice per frame: the first slice's size (thin lines cost a fifth of an arrow's pixels),
 * then each next one scaled so that a frame takes about `frameMs` (measured from one slice's frame to the
 * next, where software WebGL's rasterisation shows up), at most doubling from one to the next. A frame has a
 * fixed cost besides its items (on a loaded machine the compositor's read-back of the canvas alone came near
 * 100 ms), so slices stay large enough to keep frames few: each one is a chance of a long task. The first
 * slice of arrows is the smallest: nothing measured it yet, and on a graph of 1,000 nodes the frame of 1,000
 * arrows was the longest task of the settling map here (most of it waiting for the GPU process's frame).
 */
const SLICES = { firstNodes: 2_000, firstThin: 2_000, first: 500, min: 500, max: 16_000, frameMs: 60 };

type Internals = {
  needToProcess?: boolean;
  nodeExtent?: { x: [number, number]; y: [number, number] };
  labelGrid?: { resizeAndClear(dimensions: { width: number; height: number }, cell: number): void; add(key: string, size: number, at: { x: number; y: number }): void; organize(): void };
} & Record<`${'node' | 'edge'}ProgramIndex`, Record<string, number> | undefined> &
  Record<`${'node' | 'edge'}DataCache`, Record<string, { type: string; label?: string | null; hidden?: boolean; size: number; x: number; y: number }> | undefined> &
  Record<`${'node' | 'edge'}Programs`, Record<string, unknown> | undefined>;

const internalsOf = (renderer: Sigma<NodeAttrs, EdgeAttrs>) => renderer as unknown as Internals;

/**
 * Items of a layer in the order sigma draws them (program by program, slot by slot), with each one's
 * program and slot: consecutive items of this list are consecutive slots, so a slice is one range per program.
 */
function drawOrder(renderer: Sigma<NodeAttrs, EdgeAttrs>, layer: Layer, items: string[]): Slotted[] | null {
  const own = internalsOf(renderer);
  const kind = layer === 'nodes' ? 'node' : 'edge';
  const index = own[`${kind}ProgramIndex`];
  const cache = own[`${kind}DataCache`];
  const programs = own[`${kind}Programs`];
  if (!index || !cache || !programs) return null;
  const slotted: Slotted[] = [];
  for (const key of items) {
    const slot = index[key];
    const type = cache[key]?.type;
    if (slot === undefined || type === undefined) return null;
    slotted.push({ key, type, slot });
  }
  return inDrawOrder(slotted, Object.keys(programs));
}

/**
 * Grows `layer` a slice of `items` per frame, from the frame after the next one: each slice is a partial
 * refresh that skips indexation (`taking` runs first, on the slice's keys) and, through `still`, a frame
 * that draws only that slice's slots over the layer as it stands, the other layer kept. No frame redraws
 * what the previous ones drew, and the last one leaves the picture one full draw gives, slots being drawn in
 * the same order. Without `still`, or on an item with no slot, one full refresh draws everything. `onDone`
 * runs once the frame with the last slice is drawn, or when the canvas stops showing this graph or the
 * growth is cancelled (whoever cancels redraws the graph).
 */
function growBySlices(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  graph: ExplorerGraph,
  still: StillLayers | undefined,
  layer: Layer,
  first: number,
  taking: (keys: string[]) => void,
  onDone: () => void,
): { cancel(): void } {
  let order: ReturnType<typeof drawOrder> = null;
  let next = 0;
  let size = first;
  let last: number | null = null;
  let frame: number | null = null;
  let over = false;
  const end = () => {
    if (over) return;
    over = true;
    clearTimeout(early);
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    still?.endGrowth(layer);
    renderer.off('afterRender', end);
    renderer.off('beforeRender', reprocessed);
    onDone();
  };
  const items = () => (layer === 'nodes' ? graph.nodes() : graph.edges());
  const all = () => {
    still?.endGrowth(layer);
    taking(order ? order.slice(next).map((e) => e.key) : items());
    renderer.refresh({ schedule: true });
    renderer.once('afterRender', end);
  };
  const has = layer === 'nodes' ? (k: string) => graph.hasNode(k) : (k: string) => graph.hasEdge(k);
  const step = (now: number) => {
    frame = null;
    if (renderer.getGraph() !== graph) return end();
    // A frame that re-indexes the graph has not been drawn yet: slots are given there.
    if (internalsOf(renderer).needToProcess) return void (frame = requestAnimationFrame(step));
    order ??= drawOrder(renderer, layer, items());
    if (!order || !still) return all();
    if (last !== null) size = nextSliceSize(size, now - last, SLICES);
    last = now;
    const slice = order.slice(next, next + size).filter((e) => has(e.key));
    next += size;
    const ranges = rangesOf(slice);
    const keys = slice.map((e) => e.key);
    taking(keys);
    try {
      // Drawn now, in this animation frame: the next step's start then measures this slice's whole frame.
      still.grow(layer, { partialGraph: { [layer]: keys }, skipIndexation: true }, ranges);
    } catch {
      // An item added since the last indexation has no slot yet: one full refresh draws them all.
      return all();
    }
    if (next < order.length) frame = requestAnimationFrame(step);
    else end();
  };
  // The draw order (a walk over every item, 30k edges) in a task of its own before the first slice's frame,
  // when the slots are those that frame draws (no re-index pending); else the first step finds it.
  const early = setTimeout(() => {
    if (!over && renderer.getGraph() === graph && !internalsOf(renderer).needToProcess) order ??= drawOrder(renderer, layer, items());
  }, 0);
  // A frame that re-processes the graph before the first slice gives new slots: the order is taken again.
  const reprocessed = () => {
    if (next === 0 && internalsOf(renderer).needToProcess) order = null;
  };
  renderer.on('beforeRender', reprocessed);
  // The first slice a frame later than asked: a render already scheduled (labels after the nodes were placed)
  // gets a frame of its own instead of sharing one with the first slice.
  frame = requestAnimationFrame(() => (frame = requestAnimationFrame(step)));
  return { cancel: end };
}

/**
 * Brings a graph's edges back after its layout, a slice per frame (growBySlices): a frame of 30k lines was a
 * task of hundreds of ms here, most of it software WebGL rasterising, and each frame drew every edge shown so far.
 */
function revealEdges(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'edgesPending' | 'thinEdges'>, still: StillLayers | undefined, onDone: () => void): { cancel(): void } {
  const taking = (keys: string[]) => {
    for (const k of keys) view.edgesPending?.delete(k);
  };
  // A frame before the first slice (the edge layer shown again) clears the layer and draws no hidden edge.
  still?.beginGrowth('edges');
  return growBySlices(renderer, graph, still, 'edges', view.thinEdges ? SLICES.firstThin : SLICES.first, taking, () => {
    view.edgesPending = null;
    onDone();
  });
}

/**
 * Places a layout's final positions without re-indexing the graph, a slice of nodes per frame: the picture,
 * shape kept, is fitted into the box sigma last normalised (its normalisation, and so the view, are those a
 * re-index would give), written onto the graph at once, and drawn a slice at a time over a cleared node layer
 * (growBySlices); the label grid is rebuilt once every node is in place, in a frame of its own (the next frame draws the labels).
 * On 10k nodes the frame that re-indexed them and drew them all was a task of most of a second here. Call it
 * while edges are hidden: drawn edges would keep their old ends. `onDone` as for growBySlices.
 */
export function placeNodes(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, xy: Float32Array, ids: string[], still: StillLayers | undefined, onDone: () => void): { cancel(): void } {
  const own = internalsOf(renderer);
  const extent = own.nodeExtent;
  const at = extent ? fitInto(xy, { minX: extent.x[0], maxX: extent.x[1], minY: extent.y[0], maxY: extent.y[1] }) : xy;
  writePositions(graph, at, ids);
  // Outside sigma's box (no extent known, nodes added meanwhile), the view must be normalised anew.
  if (!extent || renderer.getCustomBBox()) renderer.refresh({ schedule: true });
  let gridFrame: number | null = null;
  const growth = growBySlices(renderer, graph, still, 'nodes', SLICES.firstNodes, () => {}, () => {
    // A frame of its own: built in the last slice's frame, the grid of 10k nodes made it a long task.
    gridFrame = requestAnimationFrame(() => {
      gridFrame = null;
      if (renderer.getGraph() === graph) rebuildLabelGrid(renderer, graph);
      onDone();
    });
  });
  return {
    cancel() {
      growth.cancel();
      if (gridFrame === null) return;
      cancelAnimationFrame(gridFrame);
      gridFrame = null;
      onDone();
    },
  };
}

/**
 * Sigma's label grid (which labels show, by cell of the unzoomed view) built again from the nodes' drawn
 * positions, as its re-index would, without re-indexing anything else. The next frame draws the labels.
 */
function rebuildLabelGrid(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph): void {
  const own = internalsOf(renderer);
  const grid = own.labelGrid;
  const cache = own.nodeDataCache;
  if (!grid || !cache) return;
  const dimensions = renderer.getDimensions();
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, dimensions, renderer.getGraphDimensions(), renderer.getStagePadding());
  grid.resizeAndClear(dimensions, renderer.getSetting('labelGridCellSize'));
  graph.forEachNode((node) => {
    const d = cache[node];
    if (d && typeof d.label === 'string' && !d.hidden) grid.add(node, d.size, renderer.framedGraphToViewport(d, { matrix }));
  });
  grid.organize();
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
  // One re-index: registering programs already re-indexed the whole graph (four passes of the reducers over
  // every node and edge made the task that took a 1k graph's final positions a long one).
  if (!ensureEdgePrograms(renderer, graph, view) && !view.thinEdges) renderer.refresh({ schedule: true });
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
  const moved = writePositions(graph, xy, ids);
  try {
    // Edges drawn meanwhile (few: more are hidden while the layout moves) follow their nodes.
    renderer.refresh({ partialGraph: { nodes: moved, edges: withEdges ? graph.edges() : [] }, skipIndexation: true, schedule: true });
  } catch {
    // A node added since the last indexation has no slot yet.
    renderer.refresh({ schedule: true });
  }
}

/**
 * Writes positions (x0, y0, x1, y1, … by `ids`) onto the graph's nodes in place, with no graph event: sigma
 * would re-process every node for it (twice), where the caller redraws them its own way. Returns the ids
 * written (nodes dropped meanwhile are skipped).
 */
export function writePositions(graph: ExplorerGraph, xy: Float32Array, ids: string[]): string[] {
  const written: string[] = [];
  ids.forEach((id, i) => {
    if (!graph.hasNode(id)) return;
    const a = graph.getNodeAttributes(id);
    a.x = xy[2 * i];
    a.y = xy[2 * i + 1];
    written.push(id);
  });
  return written;
}

/** The view settings that follow the graph's size: folded labels on small graphs, hover without dimming on big ones. */
export function sizeView(view: ViewState, graph: ExplorerGraph): void {
  view.forceFoldLabels = graph.size < 1_500;
  view.hoverWithoutDimming = graph.order > BIG_GRAPH;
}

/**
 * Shows `graph`, just filled, on a canvas that showed an empty stand-in: with its edges when it has few
 * (EDGELESS_MOVE_MIN_EDGES), else nodes only and edges kept hidden for the layout that follows to bring
 * back. The settings that follow its size are set before it is drawn, whatever its size: the explorer's view
 * effect then finds nothing to change (on a first frame drawn before React, it found the label threshold of a
 * small graph to set, and its full refresh was a frame of every layer in the task after the explorer mounted).
 * True when the edges wait hidden.
 */
export function attachFilled(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: ViewState): boolean {
  const hidden = graph.size > EDGELESS_MOVE_MIN_EDGES;
  view.edgesHidden = hidden;
  // On the empty stand-in: what it refreshes costs nothing, and setGraph draws the graph with them.
  applyScaleSettings(renderer, graph, view);
  renderer.setGraph(graph);
  return hidden;
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
