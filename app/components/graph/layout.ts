// Layout off the main thread: ForceAtlas2 in a web worker for a time budget that grows with the graph,
// then Noverlap (also a worker) so labels and discs stop overlapping. Everything is killed on cancel.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import Graph from 'graphology';

/** A running layout; `cancel` stops and kills its workers (safe to call twice). */
export interface LayoutHandle {
  cancel(): void;
  done: Promise<void>;
}

const MIN_ITERATIONS = 60;
const ANIMATED_MAX = 5_000;
const HARD_CAP_MS = 20_000;

/** How long ForceAtlas2 runs: about 1.5 s for small graphs, up to 6 s for 10k nodes. */
export function layoutBudgetMs(order: number): number {
  return Math.min(6_000, 1_500 + order * 0.45);
}

/**
 * Runs FA2 then Noverlap on the graph in workers. `pixelsPerUnit` converts node sizes (screen pixels)
 * into graph units for Noverlap, so the result is overlap-free on screen at the default zoom.
 */
export function runLayout(graph: Graph, options: { budgetMs?: number; pixelsPerUnit?: () => number; onPhase?: (phase: 'fa2' | 'noverlap' | 'done') => void } = {}): LayoutHandle {
  let cancelled = false;
  let fa2: FA2Layout | null = null;
  let nover: NoverlapLayout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let syncTimer: ReturnType<typeof setInterval> | null = null;
  let finalSync: (() => void) | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => (resolveDone = r));

  const finish = () => {
    if (timer) clearTimeout(timer);
    if (syncTimer) clearInterval(syncTimer);
    syncTimer = null;
    // A finished layout lands its last positions; a cancelled one leaves the graph to its successor.
    if (!cancelled) finalSync?.();
    finalSync = null;
    fa2?.kill();
    nover?.kill();
    fa2 = null;
    nover = null;
    options.onPhase?.('done');
    resolveDone();
  };

  if (graph.order < 2) {
    queueMicrotask(finish);
    return { cancel: () => (cancelled = true), done };
  }

  // The workers move a lightweight shadow copy; positions are copied to the displayed graph a few times
  // per second, so sigma re-renders at that pace instead of after every iteration (10k nodes stay fluid).
  const shadow = shadowOf(graph);
  const sync = () => copyPositions(shadow, graph);
  finalSync = sync;
  // Big graphs show only the settled result: each intermediate frame of 10k nodes / 30k edges costs
  // seconds where WebGL is software-rendered, and the status line already says a layout is running.
  if (graph.order <= ANIMATED_MAX) syncTimer = setInterval(sync, graph.order > 2_000 ? 1_000 : graph.order > 300 ? 120 : 50);

  const inferred = forceAtlas2.inferSettings(graph);
  fa2 = new FA2Layout(shadow, {
    settings: { ...inferred, barnesHutOptimize: graph.order > 400, adjustSizes: false, slowDown: graph.order > 2000 ? 5 : 2, gravity: 1, scalingRatio: graph.order > 2000 ? 20 : 10 },
    getEdgeWeight: 'weight',
  });
  options.onPhase?.('fa2');
  fa2.start();

  // Time budget, but never fewer than MIN_ITERATIONS on a slow machine (up to a hard cap): a stopped-early
  // layout would leave the seeded disc on screen.
  let iterations = 0;
  shadow.on('eachNodeAttributesUpdated', () => iterations++);
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
    nover = new NoverlapLayout(shadow, {
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 4) / unit }),
      settings: { margin: 2 / unit, ratio: 1.2, speed: 3 },
      onConverged: () => finish(),
    });
    nover.start();
    // Noverlap may oscillate on dense cores: stop it after a bounded time whatever happens.
    timer = setTimeout(finish, Math.min(3_000, 500 + graph.order * 0.2));
  };
  timer = setTimeout(check, budget);

  return {
    cancel() {
      if (cancelled) return;
      cancelled = true;
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
