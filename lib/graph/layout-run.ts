// ForceAtlas2 until the picture stops moving, then Noverlap, on flat arrays: the whole initial layout
// runs in one place (a web worker in the explorer, plain Node in tests) and hands back final positions,
// instead of a main thread that applies every iteration for a fixed time budget.
import fa2Iterate from 'graphology-layout-forceatlas2/iterate';
import noverlapIterate from 'graphology-layout-noverlap/iterate';
import { boxOf } from './fit-box';

/** Nodes as positions and sizes, edges as (source index, target index, weight) triples. */
export interface LayoutInput {
  /** x0, y0, x1, y1, … */
  xy: Float32Array;
  /** Disc radius per node, in screen pixels at the default zoom. */
  size: Float32Array;
  /** source, target, weight, … (indices into the node arrays). */
  edges: Float32Array;
}

export interface LayoutRunOptions {
  /** Hard cap on ForceAtlas2 iterations (the budget scales with graph size: see iterationBudget). */
  maxIterations: number;
  /** Wall-clock cap on ForceAtlas2, ms: a loaded machine still gets a picture. */
  maxMs: number;
  /**
   * Iterations at full speed before the layout cools down: from then on each iteration slows the next
   * by `cooling` (Barnes-Hut's approximation otherwise keeps nodes jittering for ever).
   */
  warmIterations: number;
  cooling: number;
  /** Settled when the mean displacement per iteration falls under this share of the picture's extent… */
  tolerance: number;
  /** …for this many iterations in a row. */
  calmIterations: number;
  /** The canvas's smaller side in pixels: Noverlap separates discs as they will be drawn. Omit to skip it. */
  viewportPx?: number;
  /** Gap between discs, in pixels. */
  marginPx: number;
  /** Wall-clock cap on Noverlap, ms (it may oscillate on dense cores). */
  noverlapMaxMs: number;
  /** How often onProgress receives intermediate positions, ms. */
  progressEveryMs: number;
  now: () => number;
}

export interface LayoutRunResult {
  xy: Float32Array;
  iterations: number;
  converged: boolean;
  noverlapIterations: number;
}

/** Defaults for a graph of `order` nodes; ForceAtlas2's settings are fa2Settings(order). */
export function layoutRunDefaults(order: number): LayoutRunOptions {
  return {
    maxIterations: iterationBudget(order),
    // About 1.3 s at 1k nodes: with the first frame before it and the final one after, a 1k graph is
    // settled within 3 s on a loaded machine (a converging run stops well before the cap).
    maxMs: Math.min(6_000, 800 + order * 0.5),
    warmIterations: 50,
    cooling: 1.05,
    // 0.2% of the extent per iteration on average: the picture no longer changes to the eye.
    tolerance: 0.002,
    calmIterations: 3,
    marginPx: 2,
    noverlapMaxMs: Math.min(1_500, 250 + order * 0.15),
    // Every intermediate picture is a frame that redraws every node on the main thread: where WebGL is
    // software-rendered, 0.5-1.5 s for 10k nodes while this worker holds one of two cores. Graphs of every
    // size go from the seeded disc to the settled picture in one step (the status line says the layout runs).
    progressEveryMs: Infinity,
    now: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
  };
}

/** Iterations allowed: plenty for small graphs, fewer for big ones where each iteration costs more. */
export function iterationBudget(order: number): number {
  return Math.round(Math.min(800, Math.max(150, 400_000 / Math.max(1, order))));
}

/** ForceAtlas2 settings Trame uses, by graph size (graphology's inferred ones, tightened). */
export function fa2Settings(order: number) {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    strongGravityMode: true,
    gravity: 1,
    scalingRatio: order > 2_000 ? 20 : 10,
    slowDown: order > 2_000 ? 5 : 2,
    barnesHutOptimize: order > 400,
    barnesHutTheta: 0.5,
  };
}

const PPN = 10;

/** Runs the layout to convergence (or to its caps); `onProgress` gets positions on the way. */
export function runLayoutToConvergence(input: LayoutInput, options: LayoutRunOptions, onProgress?: (xy: Float32Array) => void): LayoutRunResult {
  const order = input.size.length;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    nodes[i * PPN] = input.xy[2 * i];
    nodes[i * PPN + 1] = input.xy[2 * i + 1];
    nodes[i * PPN + 6] = 1; // mass: 1 + weighted degree
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = input.size[i] || 1;
  }
  const edges = new Float32Array(input.edges.length);
  for (let j = 0; j < input.edges.length; j += 3) {
    const s = input.edges[j] * PPN;
    const t = input.edges[j + 1] * PPN;
    const w = input.edges[j + 2];
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = w;
    nodes[s + 6] += w;
    nodes[t + 6] += w;
  }
  const settings = fa2Settings(order);
  const xy = new Float32Array(order * 2);
  const read = () => {
    for (let i = 0; i < order; i++) {
      xy[2 * i] = nodes[i * PPN];
      xy[2 * i + 1] = nodes[i * PPN + 1];
    }
    return xy;
  };
  if (order < 2) return { xy: read(), iterations: 0, converged: true, noverlapIterations: 0 };

  const started = options.now();
  let lastProgress = started;
  let iterations = 0;
  let calm = 0;
  let converged = false;
  const prev = new Float32Array(order * 2);
  // The picture's extent after the latest iteration: the convergence test and Noverlap's pixel scale read it.
  let extent = -1;
  while (iterations < options.maxIterations && options.now() - started < options.maxMs) {
    for (let i = 0; i < order; i++) {
      prev[2 * i] = nodes[i * PPN];
      prev[2 * i + 1] = nodes[i * PPN + 1];
    }
    if (iterations >= options.warmIterations) settings.slowDown *= options.cooling;
    fa2Iterate(settings, nodes, edges);
    iterations++;
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let i = 0; i < order; i++) {
      const x = nodes[i * PPN];
      const y = nodes[i * PPN + 1];
      moved += Math.hypot(x - prev[2 * i], y - prev[2 * i + 1]);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    calm = moved / order / extent < options.tolerance ? calm + 1 : 0;
    if (calm >= options.calmIterations) {
      converged = true;
      break;
    }
    const t = options.now();
    if (onProgress && t - lastProgress >= options.progressEveryMs) {
      lastProgress = t;
      onProgress(read());
    }
  }
  read();
  // No iteration ran (a zero cap): the seeded positions' extent.
  if (extent < 0) extent = extentOf(xy);
  const noverlapIterations = options.viewportPx ? removeOverlaps(xy, input.size, extent, options) : 0;
  return { xy, iterations, converged, noverlapIterations };
}

/** The longer side of the bounding box of x0, y0, x1, y1, … */
function extentOf(xy: Float32Array): number {
  const b = boxOf(xy);
  return Math.max(b.maxX - b.minX, b.maxY - b.minY, 1e-9);
}

/**
 * Noverlap in pixel terms: sizes are screen pixels and sigma fits the picture's extent (`extent`, the
 * longer side of its bounding box) into the viewport, so radii are converted into graph units first.
 * Returns the iterations it took.
 */
function removeOverlaps(xy: Float32Array, size: Float32Array, extent: number, options: LayoutRunOptions): number {
  const { viewportPx = 0, marginPx, noverlapMaxMs, now } = options;
  const order = size.length;
  const unit = Math.max(1e-6, (viewportPx - 80) / Math.max(extent, 1e-6));
  const m = new Float32Array(order * 3);
  for (let i = 0; i < order; i++) {
    m[3 * i] = xy[2 * i];
    m[3 * i + 1] = xy[2 * i + 1];
    m[3 * i + 2] = (size[i] || 4) / unit;
  }
  const settings = { gridSize: 20, margin: marginPx / unit, expansion: 1.1, ratio: 1.2, speed: 3 };
  let n = 0;
  const started = now();
  while (n < 100 && now() - started < noverlapMaxMs) {
    n++;
    if (noverlapIterate(settings, m).converged) break;
  }
  for (let i = 0; i < order; i++) {
    xy[2 * i] = m[3 * i];
    xy[2 * i + 1] = m[3 * i + 1];
  }
  return n;
}
