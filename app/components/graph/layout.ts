// Layout off the main thread: ForceAtlas2 in a web worker for a time budget that grows with the graph,
// then Noverlap (also a worker) so labels and discs stop overlapping. Everything is killed on cancel.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import Graph from 'graphology';
import { createGraph, type ExplorerGraph } from '@/lib/graph/graphology';

/**
 * A running layout; `cancel` stops and kills its workers (safe to call twice). `restore: false` leaves
 * the moving picture on screen for a successor layout that replaces it at once.
 */
export interface LayoutHandle {
  cancel(options?: { restore?: boolean }): void;
  done: Promise<void>;
}

export interface LayoutOptions {
  budgetMs?: number;
  pixelsPerUnit?: () => number;
  onPhase?: (phase: 'fa2' | 'noverlap' | 'done') => void;
  /**
   * Graphs with more edges than EDGELESS_MOVE_MIN_EDGES move as nodes only, as Gephi Lite does: the
   * layout calls this with a node-only copy to draw while it moves, then with null once the displayed
   * graph holds the final positions (redrawing every edge at every step is what blocks the page).
   */
  onMoving?: (moving: ExplorerGraph | null) => void;
}

const MIN_ITERATIONS = 60;
const HARD_CAP_MS = 20_000;
/** Above this many edges, the layout moves a node-only picture and edges come back when it settles. */
export const EDGELESS_MOVE_MIN_EDGES = 500;

/** How long ForceAtlas2 runs: under a second for small graphs (settled within 3 s of navigation), up to 6 s for 10k nodes. */
export function layoutBudgetMs(order: number): number {
  return Math.min(6_000, 600 + order * 0.5);
}

/**
 * Runs FA2 then Noverlap on the graph in workers. `pixelsPerUnit` converts node sizes (screen pixels)
 * into graph units for Noverlap, so the result is overlap-free on screen at the default zoom.
 */
export function runLayout(graph: ExplorerGraph, options: LayoutOptions = {}): LayoutHandle {
  let cancelled = false;
  let restore = true;
  let fa2: FA2Layout | null = null;
  let nover: NoverlapLayout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let syncTimer: ReturnType<typeof setInterval> | null = null;
  let finalSync: (() => void) | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => (resolveDone = r));

  let moving: ExplorerGraph | null = null;
  const finish = () => {
    if (timer) clearTimeout(timer);
    if (syncTimer) clearInterval(syncTimer);
    syncTimer = null;
    // A finished layout lands its last positions; a cancelled one leaves the graph to its successor.
    if (!cancelled) finalSync?.();
    finalSync = null;
    if (moving) {
      if (!cancelled) copyPositions(shadow!, graph);
      if (restore) options.onMoving?.(null);
      moving = null;
    }
    fa2?.kill();
    nover?.kill();
    fa2 = null;
    nover = null;
    options.onPhase?.('done');
    resolveDone();
  };

  let shadow: Graph | null = null;
  if (graph.order < 2) {
    queueMicrotask(finish);
    return { cancel: () => (cancelled = true), done };
  }

  // The workers move a lightweight shadow copy; positions are copied to the displayed picture a few
  // times per second, so sigma re-renders at that pace instead of after every iteration.
  shadow = shadowOf(graph);
  const layoutGraph = shadow;
  if (options.onMoving && graph.size > EDGELESS_MOVE_MIN_EDGES) {
    moving = nodesOnly(graph);
    options.onMoving(moving);
  }
  const target = moving ?? graph;
  const sync = () => copyPositions(layoutGraph, target);
  finalSync = sync;
  // Each copy costs a frame, and where WebGL is software-rendered a frame of a few thousand items takes
  // the main thread a few hundred ms: a picture every 300-600 ms moves enough and leaves the page responsive.
  syncTimer = setInterval(sync, graph.order > 5_000 ? 600 : graph.order > 300 ? 300 : 80);

  const inferred = forceAtlas2.inferSettings(graph);
  fa2 = new FA2Layout(layoutGraph, {
    settings: { ...inferred, barnesHutOptimize: graph.order > 400, adjustSizes: false, slowDown: graph.order > 2000 ? 5 : 2, gravity: 1, scalingRatio: graph.order > 2000 ? 20 : 10 },
    getEdgeWeight: 'weight',
  });
  options.onPhase?.('fa2');
  fa2.start();

  // Time budget, but never fewer than MIN_ITERATIONS on a slow machine (up to a hard cap): a stopped-early
  // layout would leave the seeded disc on screen.
  let iterations = 0;
  layoutGraph.on('eachNodeAttributesUpdated', () => iterations++);
  const started = performance.now();
  const budget = options.budgetMs ?? layoutBudgetMs(graph.order);
  const check = () => {
    if (cancelled) return;
    const elapsed = performance.now() - started;
    if (elapsed >= budget && (iterations >= MIN_ITERATIONS || elapsed >= HARD_CAP_MS)) startNoverlap();
    else timer = setTimeout(check, 200);
  };

  const startNoverlap = () => {
    fa2?.kill();
    sync();
    fa2 = null;
    const unit = options.pixelsPerUnit?.() ?? 1;
    options.onPhase?.('noverlap');
    nover = new NoverlapLayout(layoutGraph, {
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 4) / unit }),
      settings: { margin: 2 / unit, ratio: 1.2, speed: 3 },
      onConverged: () => finish(),
    });
    nover.start();
    // Noverlap may oscillate on dense cores: stop it after a bounded time whatever happens.
    timer = setTimeout(finish, Math.min(2_500, 300 + graph.order * 0.2));
  };
  timer = setTimeout(check, budget);

  return {
    cancel(opts) {
      if (cancelled) return;
      cancelled = true;
      restore = opts?.restore ?? true;
      finish();
    },
    done,
  };
}

/** A copy of the graph with only what the layouts read: positions, sizes, edge weights. */
function shadowOf(graph: Graph): Graph {
  const shadow = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.forEachNode((n, a) => shadow.addNode(n, { x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((e, a, s, t) => shadow.addDirectedEdgeWithKey(e, s, t, { weight: a.weight }));
  return shadow;
}

/** The nodes of a graph with their attributes (shared, not copied) and no edges: the picture while a layout moves. */
function nodesOnly(graph: ExplorerGraph): ExplorerGraph {
  const g = createGraph();
  graph.forEachNode((n, a) => g.addNode(n, { ...a }));
  return g;
}

/** Copies shadow positions onto the displayed graph in one batched update (nodes dropped meanwhile are skipped). */
function copyPositions(shadow: Graph, graph: Graph): void {
  graph.updateEachNodeAttributes(
    (n, a) => {
      if (!shadow.hasNode(n)) return a;
      const p = shadow.getNodeAttributes(n);
      a.x = p.x;
      a.y = p.y;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}
