// The layout worker: ForceAtlas2 to convergence then Noverlap (lib/graph/layout-run), off the main
// thread, posting intermediate positions (fitted into the starting box) when its options ask for them, and
// the final ones once.
import { boxOf, fitInto } from '@/lib/graph/fit-box';
import { layoutRunDefaults, runLayoutToConvergence, type LayoutInput } from '@/lib/graph/layout-run';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './layout-protocol';

const post = (reply: LayoutWorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  const { input, maxMs, viewportPx } = event.data;
  const order = input.size.length;
  const options = { ...layoutRunDefaults(order), viewportPx, ...(maxMs ? { maxMs } : {}) };
  // Intermediate pictures stay inside the starting box: the canvas repaints them without re-indexing.
  const start = boxOf(input.xy);
  const result = runLayoutToConvergence(input as LayoutInput, options, (xy) => {
    const copy = fitInto(xy, start);
    post({ kind: 'progress', xy: copy }, [copy.buffer]);
  });
  post({ kind: 'done', xy: result.xy, iterations: result.iterations, converged: result.converged }, [result.xy.buffer]);
};
