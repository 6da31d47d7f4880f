'use client';

// A drag handle on the edge of a pane: reports pointer movement; the panels producers clamp the size.
import { useRef } from 'react';

/** Handle; `axis` x resizes a pane's width (left edge), y its height (top edge). Arrow keys resize by 20 px. */
export default function PaneResizer(props: { axis: 'x' | 'y'; onResize(delta: number): void; label: string }) {
  const last = useRef<number | null>(null);
  return (
    <div
      className={`pane-resizer ${props.axis}`}
      role="separator"
      aria-orientation={props.axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={props.label}
      title={props.label}
      tabIndex={0}
      data-testid={`resizer-${props.axis}`}
      onPointerDown={(e) => {
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        last.current = props.axis === 'x' ? e.clientX : e.clientY;
      }}
      onPointerMove={(e) => {
        if (last.current === null) return;
        const at = props.axis === 'x' ? e.clientX : e.clientY;
        props.onResize(at - last.current);
        last.current = at;
      }}
      onPointerUp={() => (last.current = null)}
      onKeyDown={(e) => {
        const step = e.key === (props.axis === 'x' ? 'ArrowLeft' : 'ArrowUp') ? -20 : e.key === (props.axis === 'x' ? 'ArrowRight' : 'ArrowDown') ? 20 : 0;
        if (step) props.onResize(step);
      }}
    />
  );
}
