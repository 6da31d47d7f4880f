// Timing of the first drawn frame after a load, read by tests and the benchmark through window.__trame.

interface PerfState {
  source: string;
  loadStartedAt: number | null;
  firstFrameAt: number | null;
  firstFrameMs: number | null;
  /**
   * When the first frame was on screen: the animation frame after it, which runs once that frame's
   * compositing (with software WebGL, its rasterisation) is over.
   */
  firstFrameShownAt: number | null;
  frames: number;
}

const state: PerfState = { source: '', loadStartedAt: null, firstFrameAt: null, firstFrameMs: null, firstFrameShownAt: null, frames: 0 };

/** Starts timing a load (overview, fixture or console result). */
export function markLoadStart(source: string): void {
  state.source = source;
  state.loadStartedAt = performance.now();
  state.firstFrameAt = null;
  state.firstFrameMs = null;
  state.firstFrameShownAt = null;
  state.frames = 0;
}

/** Called after each sigma render; the first one with nodes after a load start is the first frame. */
export function markFrame(order: number): void {
  state.frames++;
  if (order > 0 && state.loadStartedAt !== null && state.firstFrameAt === null) {
    state.firstFrameAt = performance.now();
    state.firstFrameMs = state.firstFrameAt - state.loadStartedAt;
    const load = state.loadStartedAt;
    requestAnimationFrame(() => {
      if (state.loadStartedAt === load) state.firstFrameShownAt = performance.now();
    });
  }
}

/** A copy of the timings: firstFrameAt is ms since navigation start, firstFrameMs since the load began. */
export function perfSnapshot(): PerfState {
  return { ...state };
}

// Layout bookkeeping: a layout is running while the last requested one has not finished.
const layout = { requested: 0, finished: 0, settledAt: null as number | null };

/** Records that the explorer asked for layout number `id`. */
export function markLayoutRequested(id: number): void {
  layout.requested = Math.max(layout.requested, id);
  layout.settledAt = null;
}

/** Records that layout number `id` finished (or was superseded). */
export function markLayoutDone(id: number): void {
  layout.finished = Math.max(layout.finished, id);
  if (layout.finished >= layout.requested) layout.settledAt = performance.now();
}

/** When the last requested layout finished, ms since navigation start (null while one runs). */
export function layoutSettledAt(): number | null {
  return layout.settledAt;
}

/** True while a requested layout has not finished. */
export function layoutPending(): boolean {
  return layout.finished < layout.requested;
}
