'use client';

// Dated facts on a time axis under the graph. Dragging across the axis selects a period and filters
// the graph to it; a click on a dot selects that fact. Large graphs are drawn as a histogram.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { TIMELINE_LABELS, timeDomain, timeTicks, timelineItems, type TimeRange } from '@/lib/graph/timeline';
import { labelColor } from '@/lib/graph/style';
import { IDLE_WALK_FROM_NODES, useIdleValue } from './useIdleValue';
import { localeOf } from '@/lib/i18n/lang';
import { useI18n } from '../i18n';

const H = 64;
const PAD = 16;

/** The timeline strip; `range` is the brushed period (null = all dates). */
export default function Timeline(props: {
  graph: ExplorerGraph;
  version: number;
  range: TimeRange | null;
  /** Undated facts kept while a period is brushed. */
  undated: boolean;
  onUndated(undated: boolean): void;
  onRange(r: TimeRange | null): void;
  onSelect(id: string): void;
}) {
  const { t, lang, num } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);

  // The observer's first call, once the browser has laid the page out, gives the width: read in this effect,
  // it forced the layout of the whole explorer just mounted inside the mount's task (237 ms in a trace).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Both walks of the graph leave the mount's task on a large graph (useIdleValue).
  const large = props.graph.order >= IDLE_WALK_FROM_NODES;
  const items = useIdleValue(
    () => timelineItems(props.graph.mapNodes((id, a) => ({ id, nodeLabel: a.nodeLabel, label: a.label, t: a.t }))),
    [props.graph, props.version],
    large,
  );
  const undatedCount = useIdleValue(
    () => props.graph.reduceNodes((n, _id, a) => (a.t === null && TIMELINE_LABELS.has(a.nodeLabel) ? n + 1 : n), 0),
    [props.graph, props.version],
    large,
  );
  const domain = items ? timeDomain(items) : null;
  const histogram = items !== null && items.length > 400;
  const x = (tm: number) => (domain ? PAD + ((tm - domain[0]) / (domain[1] - domain[0])) * (width - 2 * PAD) : 0);
  // The histogram's bars change with the items and the width only, not with each drag of the brush.
  const bars = useMemo(
    () => (histogram && items ? bins(items.map((i) => x(i.t)), width) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- x follows from items and width
    [histogram, items, width],
  );
  if (items === null)
    return (
      <div className="timeline" ref={box} data-testid="timeline" aria-busy="true">
        <strong>{t('timeline.title')}</strong>
      </div>
    );
  if (!domain)
    return (
      <div className="timeline" ref={box} data-testid="timeline">
        <span className="muted small">{t('timeline.empty')}</span>
      </div>
    );

  const tAt = (px: number) => domain[0] + ((Math.min(Math.max(px, PAD), width - PAD) - PAD) / (width - 2 * PAD)) * (domain[1] - domain[0]);
  const localX = (e: React.PointerEvent) => e.clientX - (e.currentTarget as SVGElement).getBoundingClientRect().left;
  const fmt = (tm: number) => new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(tm);

  const lanes = new Map<number, number>();
  const barMax = bars.reduce((m, b) => Math.max(m, b[1]), 1);
  const brush = drag ? [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)] : props.range ? [x(props.range[0]), x(props.range[1])] : null;

  return (
    <div className="timeline" ref={box} data-testid="timeline">
      <div className="timeline-head">
        <strong>{t('timeline.title')}</strong>
        <span className="muted small">{props.range ? `${fmt(props.range[0])} – ${fmt(props.range[1])}` : t('timeline.hint')}</span>
        {props.range && (
          <button className="small" onClick={() => props.onRange(null)}>
            {t('timeline.clear')}
          </button>
        )}
        <label className="small undated-choice" title={t('timeline.undatedHint')}>
          <input type="checkbox" checked={props.undated} onChange={(e) => props.onUndated(e.target.checked)} data-testid="timeline-undated" /> {t('timeline.undated')}
          {undatedCount !== null && <span className="muted"> ({num(undatedCount)})</span>}
        </label>
      </div>
      <svg
        width={width}
        height={H}
        onPointerDown={(e) => {
          (e.currentTarget as SVGElement).setPointerCapture(e.pointerId);
          const px = localX(e);
          setDrag({ a: px, b: px });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, b: localX(e) })}
        onPointerUp={() => {
          if (drag && Math.abs(drag.b - drag.a) > 4) props.onRange([tAt(Math.min(drag.a, drag.b)), tAt(Math.max(drag.a, drag.b))]);
          setDrag(null);
        }}
      >
        <line x1={PAD} x2={width - PAD} y1={H - 18} y2={H - 18} stroke="#c5ccd6" />
        {timeTicks(domain, Math.max(2, Math.floor(width / 110)), lang).map((tk) => (
          <g key={tk.t}>
            <line x1={x(tk.t)} x2={x(tk.t)} y1={H - 18} y2={H - 14} stroke="#9aa5b1" />
            <text x={x(tk.t)} y={H - 3} textAnchor="middle" className="tick">
              {tk.text}
            </text>
          </g>
        ))}
        {histogram
          ? bars.map(([px, n], i) => {
              const h = Math.max(2, (n / barMax) * (H - 26));
              return <rect key={i} x={px} y={H - 19 - h} width={3} height={h} fill="#7b8794" />;
            })
          : items.map((it) => {
              const px = Math.round(x(it.t) / 6);
              const lane = lanes.get(px) ?? 0;
              lanes.set(px, lane + 1);
              return (
                <circle
                  key={it.id}
                  cx={x(it.t)}
                  cy={H - 26 - (lane % 5) * 9}
                  r={4}
                  fill={labelColor(it.label)}
                  stroke="#fff"
                  onPointerDown={(e) => e.stopPropagation()}
                  onClick={() => props.onSelect(it.id)}
                  style={{ cursor: 'pointer' }}
                >
                  <title>{`${it.name} — ${fmt(it.t)}`}</title>
                </circle>
              );
            })}
        {brush && <rect x={brush[0]} y={2} width={Math.max(1, brush[1] - brush[0])} height={H - 20} className="brush" />}
      </svg>
    </div>
  );
}

function bins(xs: number[], width: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const px of xs) {
    const b = Math.floor(px / 4) * 4;
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts].filter(([b]) => b >= 0 && b <= width);
}
