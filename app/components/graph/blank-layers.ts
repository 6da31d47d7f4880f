// Sigma clears each of its WebGL layers at every frame it draws them, whether or not anything was drawn on
// them since: with nothing hovered or highlighted the hovered-nodes layer is blank and stays so, and so is the
// edge layer while a layout moves the nodes alone and until its edges come back. Where the compositor reads
// each changed WebGL canvas back (software compositing, GLES2::ReadPixels in the frame's commit), each of
// those frames paid a read-back of a blank canvas the size of the map, on the main thread: on the frames of
// a layout and of edges coming back, one read-back in three for the hover layer; the frame that lands a
// 1,000-node graph's final positions read the edge layer back blank beside the nodes. A clear of a layer
// when nothing was drawn on it since its last clear leaves the canvas as it is (blank), so it is skipped and
// the canvas stays unchanged.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';

type Layer = 'hoverNodes' | 'nodes' | 'edges';

/**
 * Stops `renderer` clearing its hovered-nodes, node and edge layers while they are blank; the function
 * returned undoes it. Call it before anything else wraps those contexts' clears (still-layers): a clear
 * that a wrapper skips must not count as one that blanked the layer.
 */
export function skipBlankClears(renderer: Sigma<NodeAttrs, EdgeAttrs>): () => void {
  const canvases = renderer.getCanvases();
  // The context sigma made on each canvas (a canvas hands back the one it has). The hover layer is new and
  // blank; the others may hold sigma's first frame, so they count as blank from their first clear on.
  const undo = (['hoverNodes', 'nodes', 'edges'] as Layer[]).map((layer) => skipOn(canvases[layer], layer === 'hoverNodes'));
  return () => undo.forEach((u) => u());
}

/** The same on one canvas. WebGL2 only: WebGL1 draws instanced shapes through an extension, which this would not see drawing. */
function skipOn(canvas: HTMLCanvasElement | undefined, blankAtFirst: boolean): () => void {
  const gl = canvas?.getContext('webgl2');
  if (!(gl instanceof WebGL2RenderingContext)) return () => {};
  // The calls that leave pixels on the layer: a draw of anything may, until the next clear (a draw into an
  // offscreen picking framebuffer counts too: the layer is then only taken as not blank).
  const draws = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const;
  const own = { clear: gl.clear, ...Object.fromEntries(draws.map((name) => [name, gl[name]])) };
  let blank = blankAtFirst;
  // Sigma clears its picking framebuffers by making their textures anew, not with clear(): a colour clear
  // reaches the canvas only with no framebuffer bound, the one kind that blanks it.
  const toCanvas = () => gl.getParameter(gl.FRAMEBUFFER_BINDING) === null;
  gl.clear = function (mask) {
    // Only a colour clear of a blank layer is left out: anything else (depth, stencil) goes through.
    const onCanvas = toCanvas();
    if (blank && onCanvas && mask === gl.COLOR_BUFFER_BIT) return;
    own.clear.call(gl, mask);
    if (onCanvas && mask & gl.COLOR_BUFFER_BIT) blank = true;
  };
  for (const name of draws) {
    const draw: (...args: never[]) => void = gl[name];
    Object.assign(gl, {
      [name](...args: never[]) {
        blank = false;
        draw.apply(gl, args);
      },
    });
  }
  return () => void Object.assign(gl, own);
}
