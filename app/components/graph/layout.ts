// Layout off the main thread: one web worker runs ForceAtlas2 until the picture stops moving, then
// Noverlap so discs stop overlapping (lib/graph/layout-run), and hands back the final positions (and
// intermediate ones when its options ask for them). The main thread only copies or hands on positions;
// cancel terminates the worker.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { LayoutInput } from '@/lib/graph/layout-run';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './layout-protocol';

/**
 * A running layout; `cancel` stops and kills its worker (safe to call twice). `restore: false` leaves
 * the edges hidden for a successor layout that moves the graph again at once.
 */
export interface LayoutHandle {
  cancel(options?: { restore?: boolean }): void;
  done: Promise<void>;
}

export interface LayoutOptions {
  /** Wall-clock cap, ms (default: by graph size, lib/graph/layout-run). */
  budgetMs?: number;
  /** The canvas's smaller side in pixels, for overlap removal as drawn. */
  viewportPx?: () => number;
  onPhase?: (phase: 'fa2' | 'noverlap' | 'done') => void;
  /**
   * Graphs with more edges than EDGELESS_MOVE_MIN_EDGES move as nodes only, as Gephi Lite does: the
   * layout calls this with `true` before the first move, then with `false` once the graph holds the final
   * positions (redrawing every edge at every step is what blocks the page). The graph stays the one drawn,
   * so the edges can come back a slice at a time without re-indexing it.
   */
  onEdgesHidden?: (hidden: boolean) => void;
  /**
   * Intermediate positions (inside the box the layout started from), by node: the canvas writes and
   * repaints them without re-indexing. Without it they are copied onto the graph like the final ones.
   */
  onProgress?: (xy: Float32Array, ids: string[]) => void;
  /**
   * The final positions, by node, called before `onEdgesHidden(false)`: true when the canvas took them (it
   * draws them itself). Without it, or on false, they are copied onto the graph in one update (which
   * re-indexes it in sigma).
   */
  onFinal?: (xy: Float32Array, ids: string[]) => boolean;
}

/** Above this many edges, the layout moves the nodes alone and edges come back when it settles. */
export const EDGELESS_MOVE_MIN_EDGES = 500;

/** Above this many nodes, the layout starts in a task after the one that asked for it. */
const DEFERRED_START_MIN_NODES = 2_000;

// A worker started before the first graph arrives: its script loads and compiles while the page fetches data.
let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url));

/** Starts the next layout's worker ahead of time (the canvas calls it on mount); idempotent. */
export function prewarmLayoutWorker(): void {
  if (!spare && typeof Worker !== 'undefined') spare = newWorker();
}

/** Runs the layout of `graph` in a worker; positions land on the graph. */
export function runLayout(graph: ExplorerGraph, options: LayoutOptions = {}): LayoutHandle {
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => (resolveDone = r));
  let finished = false;
  let worker: Worker | null = null;
  let edgesHidden = false;
  let restore = true;

  const finish = (final: Float32Array | null, ids: string[]) => {
    if (finished) return;
    finished = true;
    worker?.terminate();
    worker = null;
    if (final && !options.onFinal?.(final, ids)) copyPositions(final, ids, graph);
    if (edgesHidden && restore) options.onEdgesHidden?.(false);
    edgesHidden = false;
    options.onPhase?.('done');
    resolveDone();
  };

  if (graph.order < 2) {
    queueMicrotask(() => finish(null, []));
    return { cancel: () => finish(null, []), done };
  }

  let ids: string[] = [];
  const start = () => {
    if (finished) return;
    const flat = flatten(graph);
    ids = flat.ids;
    const input = flat.input;
    if (options.onEdgesHidden && graph.size > EDGELESS_MOVE_MIN_EDGES) {
      edgesHidden = true;
      options.onEdgesHidden(true);
    }
    worker = spare ?? newWorker();
    spare = null;
    worker.onmessage = (event: MessageEvent<LayoutWorkerReply>) => {
      if (finished) return;
      const reply = event.data;
      if (reply.kind === 'done') finish(reply.xy, ids);
      else if (options.onProgress) options.onProgress(reply.xy, ids);
      else copyPositions(reply.xy, ids, graph);
    };
    // A worker that fails leaves the seeded positions: the graph stays usable, only unarranged.
    worker.onerror = (event) => {
      console.error(`layout worker failed: ${event.message}`);
      finish(null, ids);
    };
    const request: LayoutWorkerRequest = { input, maxMs: options.budgetMs, viewportPx: options.viewportPx?.() ?? 700 };
    options.onPhase?.('fa2');
    worker.postMessage(request, [input.xy.buffer, input.size.buffer, input.edges.buffer]);
  };
  // A big graph's flattening (tens of ms at 10k nodes and 30k edges on a loaded machine) gets a task of its
  // own: asked for in the commit that mounts the explorer, it made that commit a long task. Cancelled
  // meanwhile, the layout is finished and start() does nothing.
  if (graph.order > DEFERRED_START_MIN_NODES) setTimeout(start, 0);
  else start();

  return {
    cancel(opts) {
      restore = opts?.restore ?? true;
      finish(null, ids);
    },
    done,
  };
}

/** The graph as the worker reads it: positions, sizes, weighted edges by node index. */
function flatten(graph: ExplorerGraph): { input: LayoutInput; ids: string[] } {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  const xy = new Float32Array(ids.length * 2);
  const size = new Float32Array(ids.length);
  ids.forEach((id, i) => {
    const a = graph.getNodeAttributes(id);
    index.set(id, i);
    xy[2 * i] = a.x;
    xy[2 * i + 1] = a.y;
    size[i] = a.size ?? 4;
  });
  const edges = new Float32Array(graph.size * 3);
  let j = 0;
  graph.forEachEdge((_e, a, s, t) => {
    edges[j++] = index.get(s)!;
    edges[j++] = index.get(t)!;
    edges[j++] = a.weight ?? 1;
  });
  return { input: { xy, size, edges }, ids };
}

/** Copies worker positions onto a graph in one batched update (nodes dropped meanwhile are skipped). */
function copyPositions(xy: Float32Array, ids: string[], graph: ExplorerGraph): void {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  graph.updateEachNodeAttributes(
    (n, a) => {
      const i = at.get(n);
      if (i === undefined) return a;
      a.x = xy[2 * i];
      a.y = xy[2 * i + 1];
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}
