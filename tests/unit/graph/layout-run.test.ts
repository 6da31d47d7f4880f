import { describe, expect, it } from 'vitest';
import { generateBigGraph } from '@/tests/fixtures/big-graph';
import { seededPosition } from '@/lib/graph/graphology';
import { boxOf, fitInto } from '@/lib/graph/fit-box';
import { iterationBudget, layoutRunDefaults, runLayoutToConvergence, type LayoutInput } from '@/lib/graph/layout-run';

/** The seeded fixture as the explorer hands it to the layout worker: seeded disc, 5 px discs. */
function input(nodes: number): LayoutInput {
  const p = generateBigGraph({ nodes, edges: nodes * 3, seed: 'layout-run' });
  const index = new Map(p.nodes.map((n, i) => [n.id, i]));
  const xy = new Float32Array(nodes * 2);
  p.nodes.forEach((n, i) => {
    const q = seededPosition(n.id);
    xy[2 * i] = q.x;
    xy[2 * i + 1] = q.y;
  });
  const edges = p.edges.filter((e) => index.has(e.source) && index.has(e.target)).flatMap((e) => [index.get(e.source)!, index.get(e.target)!, 1]);
  return { xy, size: new Float32Array(nodes).fill(5), edges: new Float32Array(edges) };
}

/** The longer side of the picture's bounding box, worked out apart from the layout's own arithmetic. */
function span(xy: Float32Array): number {
  const side = (offset: number) => {
    const values = xy.filter((_, k) => k % 2 === offset);
    return Math.max(...values) - Math.min(...values);
  };
  return Math.max(side(0), side(1));
}

/** Pairs of discs that overlap on a `viewportPx` canvas (sigma fits the extent into it, 40 px padding). */
function overlaps(xy: Float32Array, radius: number, viewportPx: number): number {
  const n = xy.length / 2;
  const unit = (viewportPx - 80) / span(xy);
  let count = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]) * unit < 2 * radius - 0.5) count++;
  return count;
}

describe('layout to convergence', () => {
  // No wall-clock cap: the assertions are about the picture, not the machine's speed.
  const options = { ...layoutRunDefaults(300), maxMs: Infinity, noverlapMaxMs: Infinity, viewportPx: 700 };

  it('stops when the picture stops moving, well before its iteration budget', () => {
    const r = runLayoutToConvergence(input(300), options);
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThan(iterationBudget(300));
  });

  it('spreads the seeded disc and leaves no overlapping discs on screen', () => {
    const start = input(300);
    const before = overlaps(start.xy, 5, 700);
    const r = runLayoutToConvergence(start, options);
    expect(before).toBeGreaterThan(0);
    expect(overlaps(r.xy, 5, 700)).toBe(0);
  });

  it('gives the same picture for the same graph', () => {
    const a = runLayoutToConvergence(input(120), options).xy;
    const b = runLayoutToConvergence(input(120), options).xy;
    expect([...a]).toEqual([...b]);
  });

  it('sends intermediate positions while it runs when asked', () => {
    let calls = 0;
    runLayoutToConvergence(input(120), { ...options, progressEveryMs: 0 }, () => calls++);
    expect(calls).toBeGreaterThan(10);
  });
});

describe('intermediate pictures in the starting box', () => {
  it('keeps the shape and spans the box around its centre', () => {
    const xy = new Float32Array([0, 0, 400, 100, 200, 300]);
    const box = { minX: -100, maxX: 100, minY: -50, maxY: 50 };
    const out = fitInto(xy, box);
    const b = boxOf(out);
    // The longer side (y here, 300) becomes the box's longer side (200), centred on the box's centre.
    expect(Math.max(b.maxX - b.minX, b.maxY - b.minY)).toBeCloseTo(200, 3);
    expect((b.minX + b.maxX) / 2).toBeCloseTo(0, 3);
    expect((b.minY + b.maxY) / 2).toBeCloseTo(0, 3);
    // Distances keep their ratios: the picture is scaled, not squashed.
    const d = (p: Float32Array, i: number, j: number) => Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
    expect(d(out, 0, 1) / d(out, 0, 2)).toBeCloseTo(d(xy, 0, 1) / d(xy, 0, 2), 4);
    expect([...xy]).toEqual([0, 0, 400, 100, 200, 300]);
  });
});
