// Paints a laid-out caption band on a 2D canvas (the PNG export), mirroring lib/export/svg.ts.
import { FONT_FAMILY, type CaptionBand } from '@/lib/export/caption';
import type { PlacedLabel } from '@/lib/export/labels';

/** Draws the label plan (graph-area pixels) with a white halo, at a vertical offset (CSS px) and pixel scale. */
export function paintLabels(ctx: CanvasRenderingContext2D, labels: PlacedLabel[], top: number, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.translate(0, top);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  for (const l of labels) {
    ctx.font = `${l.weight} ${l.size}px ${FONT_FAMILY}`;
    ctx.textAlign = l.anchor === 'start' ? 'left' : l.anchor === 'end' ? 'right' : 'center';
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, l.x, l.y);
  }
  ctx.restore();
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
