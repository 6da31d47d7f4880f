import { estimateText } from './caption';

// Label-aware overlap removal for pictures. Noverlap sees discs; on a report picture the long labels to
// the right of each disc are what collide. This pass works on rectangles (disc + label) in picture
// pixels and pushes overlapping pairs apart along their shallower overlap, in a fixed order, so it is
// deterministic. Pure: plain points in, plain points out.

/** A node to place: centre in picture pixels (y down), disc radius and label text. */
export interface Placed {
  x: number;
  y: number;
  size: number;
  label: string;
}

/** Rectangle covered by a node's disc and its label (sigma draws labels right of the disc). */
export function labelBox(p: Placed, labelSize: number, margin: number): [number, number, number, number] {
  const half = Math.max(p.size, labelSize * 0.65);
  const labelWidth = p.label ? 4 + estimateText(p.label, labelSize, 600) : 0;
  return [p.x - p.size - margin, p.y - half - margin, p.x + p.size + labelWidth + margin, p.y + half + margin];
}

/** Counts overlapping pairs of node rectangles (for tests and tuning). */
export function countOverlaps(points: Placed[], labelSize = 14, margin = 0): number {
  const boxes = points.map((p) => labelBox(p, labelSize, margin));
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) n++;
    }
  return n;
}

/** Moves points (in place) until no two rectangles overlap or `maxIterations` passes are done; returns overlaps left. */
export function declutter(points: Placed[], options: { labelSize?: number; margin?: number; maxIterations?: number } = {}): number {
  const labelSize = options.labelSize ?? 14;
  const margin = options.margin ?? 3;
  for (let it = 0; it < (options.maxIterations ?? 300); it++) {
    let moved = 0;
    const boxes = points.map((p) => labelBox(p, labelSize, margin));
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const ox = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        const oy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        if (ox <= 0 || oy <= 0) continue;
        moved++;
        const [p, q] = [points[i], points[j]];
        // Labels are wide and short: moving vertically usually costs far less than moving sideways.
        if (oy <= ox) {
          const d = oy / 2 + 0.5;
          const up = p.y < q.y || (p.y === q.y && i < j);
          p.y += up ? -d : d;
          q.y += up ? d : -d;
          a[1] += up ? -d : d; a[3] += up ? -d : d;
          b[1] += up ? d : -d; b[3] += up ? d : -d;
        } else {
          const d = ox / 2 + 0.5;
          const left = p.x < q.x || (p.x === q.x && i < j);
          p.x += left ? -d : d;
          q.x += left ? d : -d;
          a[0] += left ? -d : d; a[2] += left ? -d : d;
          b[0] += left ? d : -d; b[2] += left ? d : -d;
        }
      }
    if (moved === 0) return 0;
  }
  return countOverlaps(points, labelSize, 0);
}
