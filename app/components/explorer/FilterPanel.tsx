'use client';

// Legend and filters in one place: each colour swatch is also the checkbox that shows or hides the
// label; relationship types, transfer kinds and fact statuses below.
import { useMemo } from 'react';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { isFiltering, toggleHidden, type FilterState } from '@/lib/graph/filters';
import { STATUSES } from '@/lib/graph/vocabulary';
import { labelColor } from '@/lib/graph/style';
import { useI18n } from '../i18n';

interface Counts {
  labels: Map<string, number>;
  types: Map<string, number>;
  kinds: Map<string, number>;
  statuses: Map<string, number>;
}

function countAll(graph: ExplorerGraph): Counts {
  const c: Counts = { labels: new Map(), types: new Map(), kinds: new Map(), statuses: new Map() };
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  graph.forEachNode((_n, a) => {
    inc(c.labels, a.nodeLabel);
    if (a.nodeLabel === 'Transfer') inc(c.kinds, String(a.props.kind ?? 'other'));
    if ((a.nodeLabel === 'Transfer' || a.nodeLabel === 'Claim') && a.status) inc(c.statuses, a.status);
  });
  graph.forEachEdge((_e, a) => {
    if (!a.folded) inc(c.types, a.relType);
  });
  return c;
}

type Key = 'hiddenLabels' | 'hiddenTypes' | 'hiddenKinds' | 'hiddenStatuses';

/** Filter checkboxes with counts; `version` re-counts after graph changes. */
export default function FilterPanel(props: { graph: ExplorerGraph; version: number; filters: FilterState; onChange(f: FilterState): void }) {
  const { t, vocab, status } = useI18n();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the graph mutates in place: `version` is the dependency that changes when it does
  const counts = useMemo(() => countAll(props.graph), [props.graph, props.version]);
  const { filters, onChange } = props;

  const group = (title: string, key: Key, entries: [string, number][], text: (v: string) => string, swatch?: (v: string) => string) =>
    entries.length > 0 && (
      <fieldset className="filter-group" data-testid={`filter-${key}`}>
        <legend>{title}</legend>
        {entries.map(([v, n]) => (
          <label key={v} className={filters[key].has(v) ? 'off' : ''}>
            <input type="checkbox" checked={!filters[key].has(v)} onChange={() => onChange(toggleHidden(filters, key, v))} data-value={v} />
            {swatch && <span className="dot" style={{ background: swatch(v) }} />}
            <span className="name">{text(v)}</span>
            <span className="count">{n.toLocaleString()}</span>
          </label>
        ))}
      </fieldset>
    );

  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const statuses = STATUSES.filter((s) => counts.statuses.has(s)).map((s) => [s, counts.statuses.get(s)!] as [string, number]);

  return (
    <div className="filters" data-testid="filters">
      {group(t('filters.labels'), 'hiddenLabels', sorted(counts.labels), vocab, labelColor)}
      {group(t('filters.statuses'), 'hiddenStatuses', statuses, status)}
      {group(t('filters.kinds'), 'hiddenKinds', sorted(counts.kinds), vocab)}
      {group(t('filters.types'), 'hiddenTypes', sorted(counts.types), (v) => v)}
      <p className="muted small legend-note">
        <svg width="28" height="6" aria-hidden>
          <line x1="0" y1="3" x2="28" y2="3" stroke="#888" strokeWidth="2" strokeDasharray="5 3" />
        </svg>{' '}
        {t('legend.dashed')}
      </p>
      {isFiltering(filters) && (
        <button onClick={() => onChange({ ...filters, hiddenLabels: new Set(), hiddenTypes: new Set(), hiddenKinds: new Set(), hiddenStatuses: new Set(), timeRange: null })}>
          {t('filters.reset')}
        </button>
      )}
    </div>
  );
}
