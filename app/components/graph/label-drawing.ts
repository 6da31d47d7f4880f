// Node labels that never overlap on the live canvas. Sigma picks labels per grid cell, so two labels of
// neighbouring cells can still cross; this drawing function keeps the boxes drawn in the current frame
// and skips a label whose box would meet one of them (the hover layer still names any node pointed at).
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import { boxesOverlap, type Box } from '@/lib/export/labels';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';

/** The labels drawn in one frame, and the drawing function that fills it. */
export interface LabelLedger {
  /** Boxes of the labels drawn in the latest frame, CSS px in the canvas. */
  boxes(): { id: string; text: string; box: Box }[];
  /** Forgets the previous frame's labels (call before each render). */
  reset(): void;
  draw: NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs>;
  /** While true, no label is drawn (a big graph's layout is moving). */
  paused: boolean;
}

/** A ledger whose `draw` skips labels that would overlap one already drawn in the frame. */
export function createLabelLedger(gap = 1): LabelLedger {
  let drawn: { id: string; text: string; box: Box }[] = [];
  const ledger: LabelLedger = {
    paused: false,
    boxes: () => drawn.slice(),
    reset: () => {
      drawn = [];
    },
    draw(context, data, settings) {
      if (!data.label || ledger.paused) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      // Where sigma's own disc label goes: 3 px right of the disc, baseline a third of the size below the centre.
      const left = data.x + data.size + 3;
      const baseline = data.y + size / 3;
      const box: Box = [left - gap, baseline - size * 0.8 - gap, left + context.measureText(data.label).width + gap, baseline + size * 0.25 + gap];
      if (drawn.some((d) => boxesOverlap(d.box, box))) return;
      drawn.push({ id: data.key, text: data.label, box });
      drawDiscNodeLabel(context, data, settings);
    },
  };
  return ledger;
}
