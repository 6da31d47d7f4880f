// Sigma clears its hovered-nodes WebGL layer at every frame (twice), whether or not anything was drawn on it
// since: with nothing hovered or highlighted, that layer is blank and stays so. Where the compositor reads
// each changed WebGL canvas back (software compositing, GLES2::ReadPixels in the frame's commit), each of
// those frames paid a read-back of a blank canvas the size of the map, on the main thread: on the frames of
// a layout and of edges coming back, one read-back in three. A clear of the layer when nothing was drawn on
// it since its last clear leaves the canvas as it is (blank), so it is skipped and the canvas stays unchanged.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';

/** Stops `renderer` clearing its hovered-nodes layer while it is blank; the function returned undoes it. */
export function skipBlankHoverClears(renderer: Sigma<NodeAttrs, EdgeAttrs>): () => void {
  // The context sigma made on that canvas (a canvas hands back the one it has). WebGL2 only: WebGL1 draws
  // instanced shapes through an extension, which this would not see drawing.
  const gl = renderer.getCanvases().hoverNodes?.getContext('webgl2');
  if (!(gl instanceof WebGL2RenderingContext)) return () => {};
  // The calls that leave pixels on the layer: a draw of anything may, until the next clear.
  const draws = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const;
  const own = { clear: gl.clear, ...Object.fromEntries(draws.map((name) => [name, gl[name]])) };
  // A new canvas is blank.
  let blank = true;
  gl.clear = function (mask) {
    // Only a colour clear of a blank layer is left out: anything else (depth, stencil) goes through.
    if (blank && mask === gl.COLOR_BUFFER_BIT) return;
    own.clear.call(gl, mask);
    if (mask & gl.COLOR_BUFFER_BIT) blank = true;
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
