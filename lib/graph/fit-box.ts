// Bounding boxes of flat position arrays, and fitting a picture into a box: what lets the explorer draw
// new positions inside the box the renderer last normalised, without re-indexing the graph.

/** Bounding box of positions laid out as x0, y0, x1, y1, … */
export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The bounding box of x0, y0, x1, y1, … */
export function boxOf(xy: Float32Array): Box {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    if (xy[i] < minX) minX = xy[i];
    if (xy[i] > maxX) maxX = xy[i];
    if (xy[i + 1] < minY) minY = xy[i + 1];
    if (xy[i + 1] > maxY) maxY = xy[i + 1];
  }
  return { minX, maxX, minY, maxY };
}

/**
 * A copy of `xy` scaled and moved, shape kept, so its longer side spans `box`'s longer side around the
 * same centre. Intermediate pictures drawn inside the starting box need no re-normalisation by the
 * renderer: each one repaints node positions without re-indexing the graph.
 */
export function fitInto(xy: Float32Array, box: Box): Float32Array {
  const from = boxOf(xy);
  const scale = Math.max(box.maxX - box.minX, box.maxY - box.minY) / Math.max(from.maxX - from.minX, from.maxY - from.minY, 1e-9);
  const cx = (from.minX + from.maxX) / 2;
  const cy = (from.minY + from.maxY) / 2;
  const tx = (box.minX + box.maxX) / 2;
  const ty = (box.minY + box.maxY) / 2;
  const out = new Float32Array(xy.length);
  for (let i = 0; i < xy.length; i += 2) {
    out[i] = tx + (xy[i] - cx) * scale;
    out[i + 1] = ty + (xy[i + 1] - cy) * scale;
  }
  return out;
}
