// Paints a laid-out caption band on a 2D canvas (the PNG export), mirroring lib/export/svg.ts.
import { FONT_FAMILY, type CaptionBand } from '@/lib/export/caption';
import { curveWalker, type LabelCurve, type PlacedLabel } from '@/lib/export/labels';

/** Draws the label plan (graph-area pixels) with a white halo, at a vertical offset (CSS px) and pixel scale. */
export function paintLabels(ctx: CanvasRenderingContext2D, labels: PlacedLabel[], top: number, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.translate(0, top);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  for (const l of labels) {
    ctx.font = `${l.weight} ${l.size}px ${FONT_FAMILY}`;
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillStyle = l.color;
    if (l.curve) {
      paintAlongCurve(ctx, l.text, l.curve);
      continue;
    }
    ctx.textAlign = l.anchor === 'start' ? 'left' : l.anchor === 'end' ? 'right' : 'center';
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillText(l.text, l.x, l.y);
  }
  ctx.restore();
}

// An edge caption glyph by glyph along its curve, as the SVG's <textPath> lays it: every halo first, so
// that no halo covers a neighbouring glyph.
function paintAlongCurve(ctx: CanvasRenderingContext2D, text: string, curve: LabelCurve): void {
  const walk = curveWalker(curve);
  const glyphs = [...text];
  const widths = glyphs.map((g) => ctx.measureText(g).width);
  const total = widths.reduce((a, b) => a + b, 0);
  let d = walk.length * curve.at - total / 2;
  const placed = glyphs.map((g, i) => {
    const p = walk.station(d + widths[i] / 2);
    d += widths[i];
    return { g, p };
  });
  ctx.textAlign = 'center';
  for (const pass of ['stroke', 'fill'] as const)
    for (const { g, p } of placed) {
      ctx.save();
      ctx.translate(p.x, p.y);
      ctx.rotate(Math.atan2(p.uy, p.ux));
      if (pass === 'stroke') ctx.strokeText(g, 0, 0);
      else ctx.fillText(g, 0, 0);
      ctx.restore();
    }
}

/** Draws a caption band at a vertical offset (CSS px), at the given pixel scale. */
export function paintBand(ctx: CanvasRenderingContext2D, band: CaptionBand, top: number, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.translate(0, top);
  for (const op of band.ops) {
    if (op.kind === 'rule') {
      ctx.strokeStyle = op.color;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y + 0.5);
      ctx.lineTo(op.x2, op.y + 0.5);
      ctx.stroke();
    } else if (op.kind === 'stroke') {
      ctx.strokeStyle = op.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(op.dashed ? [5, 3] : []);
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y);
      ctx.lineTo(op.x2, op.y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (op.kind === 'swatch') {
      ctx.fillStyle = op.color;
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.r, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillStyle = op.color;
      ctx.font = `${op.weight} ${op.size}px ${FONT_FAMILY}`;
      ctx.textAlign = op.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(op.text, op.x, op.y);
    }
  }
  ctx.restore();
}
