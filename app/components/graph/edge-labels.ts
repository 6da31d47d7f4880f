// Sigma's edge-label pass walks every edge of the graph at every frame, looking for those beside a
// labelled, hovered or highlighted node: 30k edges at 10k nodes, tens of ms of each frame on a loaded
// machine, most of a slice's frame while a big graph's picture grows. Trame's edge reducer leaves every
// caption empty unless something is in focus or small-graph transfer captions are on, so the pass is skipped
// on the frames where no edge can carry one (its canvas is still cleared, as the pass does first).
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';
import type { ViewState } from './reducers';

/** True when the view lets an edge carry a caption (reducers.ts makeEdgeReducer): a focus, a path or folded captions. */
export function edgeCaptionsPossible(v: Pick<ViewState, 'hovered' | 'selectedNode' | 'selectedEdge' | 'path' | 'forceFoldLabels'>): boolean {
  return v.hovered !== null || v.selectedNode !== null || v.selectedEdge !== null || v.path !== null || v.forceFoldLabels;
}

/** Makes `renderer` skip its edge-label pass while no edge can carry a caption; returns the undo. */
export function skipIdleEdgeLabels(renderer: Sigma<NodeAttrs, EdgeAttrs>, view: { current: ViewState }): () => void {
  const own = renderer as unknown as { renderEdgeLabels(): unknown };
  const pass = own.renderEdgeLabels;
  own.renderEdgeLabels = () => {
    if (edgeCaptionsPossible(view.current)) return pass.call(renderer);
    const canvas = renderer.getCanvases().edgeLabels;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    return renderer;
  };
  return () => {
    own.renderEdgeLabels = pass;
  };
}
