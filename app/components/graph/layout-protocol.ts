// Messages between the explorer and its layout worker (layout.worker.ts).
import type { LayoutInput } from '@/lib/graph/layout-run';

/** One layout to run: the graph as flat arrays, a wall-clock cap, the canvas's smaller side. */
export interface LayoutWorkerRequest {
  input: LayoutInput;
  maxMs?: number;
  viewportPx: number;
}

/**
 * Positions on the way (`progress`, fitted into the box the layout started from), then the final ones
 * (`done`), as x0, y0, x1, y1, …
 */
export type LayoutWorkerReply = { kind: 'progress'; xy: Float32Array } | { kind: 'done'; xy: Float32Array; iterations: number; converged: boolean };
