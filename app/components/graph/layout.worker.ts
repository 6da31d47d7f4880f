// The layout worker: ForceAtlas2 to convergence then Noverlap (lib/graph/layout-run), off the main
// thread, posting intermediate positions a few times per second and the final ones once.
import { layoutRunDefaults, runLayoutToConvergence, type LayoutInput } from '@/lib/graph/layout-run';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './layout-protocol';

const post = (reply: LayoutWorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  const { input, maxMs, viewportPx } = event.data;
  const order = input.size.length;
  const options = { ...layoutRunDefaults(order), viewportPx, ...(maxMs ? { maxMs } : {}) };
  const result = runLayoutToConvergence(input as LayoutInput, options, (xy) => {
    const copy = xy.slice();
    post({ kind: 'progress', xy: copy }, [copy.buffer]);
  });
  post({ kind: 'done', xy: result.xy, iterations: result.iterations, converged: result.converged }, [result.xy.buffer]);
};
