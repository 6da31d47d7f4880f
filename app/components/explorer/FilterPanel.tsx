'use client';

// Legend and filters in one place: each colour swatch is also the checkbox that shows or hides the
// label; relationship types, transfer kinds and fact statuses below. "only" isolates one value in one
// click; what is filtered out is hidden or, when the user chooses, dimmed in place.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { isFiltering } from '@/lib/graph/filters';
import { onlyThis, resetFilters, setFilteredOut, toggleHidden, type FilterState } from '@/lib/state/filters';
import { FACT_STATUSES } from '@/lib/graph/vocabulary';
import { labelColor } from '@/lib/graph/style';
import { useI18n } from '../i18n';
import { Legend } from './InspectorHint';
import { IDLE_WALK_FROM_NODES, useIdleValue } from './useIdleValue';

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

/** What the panel lists before the first count of a large graph: the hidden labels and every status. */
const NO_COUNTS: Counts = { labels: new Map(), types: new Map(), kinds: new Map(), statuses: new Map() };

type Key = 'hiddenLabels' | 'hiddenTypes' | 'hiddenKinds' | 'hiddenStatuses';

/** Filter checkboxes with counts; `version` re-counts after graph changes. */
export default function FilterPanel(props: { graph: ExplorerGraph; version: number; filters: FilterState; onChange(f: FilterState): void }) {
  const { t, vocab, status, rel, num } = useI18n();
  // The graph mutates in place: `version` is the dependency that changes when it does. On a large graph
  // the count leaves the mount's task for an idle one (useIdleValue); the groups appear once it is done.
  const counted = useIdleValue(() => countAll(props.graph), [props.graph, props.version], props.graph.order >= IDLE_WALK_FROM_NODES);
  const counts = counted ?? NO_COUNTS;
  const { filters, onChange } = props;

  const group = (title: string, key: Key, entries: [string, number | null][], text: (v: string) => string, swatch?: (v: string) => string, secondary?: (v: string) => string) =>
    entries.length > 0 && (
      <fieldset className="filter-group" data-testid={`filter-${key}`}>
        <legend>{title}</legend>
        {entries.map(([v, n]) => (
          <div key={v} className="filter-row">
            <label className={filters[key].has(v) ? 'off' : ''}>
              <input type="checkbox" checked={!filters[key].has(v)} onChange={() => onChange(toggleHidden(filters, key, v))} data-value={v} />
              {swatch && <span className="dot" style={{ background: swatch(v) }} />}
              <span className="name" title={secondary?.(v)} data-cypher={secondary?.(v)}>
                {text(v)}
              </span>
              {n !== null && <span className="count">{num(n)}</span>}
            </label>
            <button
              className="only link small"
              title={t('filters.onlyHint')}
              data-only={v}
              onClick={() =>
                onChange(
                  onlyThis(
                    filters,
                    key,
                    v,
                    entries.map(([x]) => x),
                  ),
                )
              }
            >
              {t('filters.only')}
            </button>
          </div>
        ))}
      </fieldset>
    );

  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Every fact status is offered, even one the view lacks, so 'disputed' can be chosen before it appears.
  const statuses = FACT_STATUSES.map((s) => [s, counted ? (counts.statuses.get(s) ?? 0) : null] as [string, number | null]);
  // A hidden label stays listed even when the loaded view holds none of it (claims, hidden on the first
  // screen, are not in the overview): otherwise the one tick that brings it back is nowhere to be found.
  // Its count is unknown until some are loaded, so none is shown rather than a misleading 0.
  const labels: [string, number | null][] = [...sorted(counts.labels), ...[...filters.hiddenLabels].filter((l) => !counts.labels.has(l)).sort().map((l) => [l, null] as [string, null])];

  return (
    <div className="filters" data-testid="filters">
      <label className="small dim-choice">
        <input
          type="checkbox"
          checked={filters.filteredOut === 'dim'}
          onChange={(e) => onChange(setFilteredOut(filters, e.target.checked ? 'dim' : 'hide'))}
          data-testid="filter-dim"
        />{' '}
        {t('filters.dim')}
      </label>
      {group(t('filters.labels'), 'hiddenLabels', labels, vocab, labelColor)}
      {group(t('filters.statuses'), 'hiddenStatuses', statuses, status)}
      {group(t('filters.kinds'), 'hiddenKinds', sorted(counts.kinds), vocab)}
      {group(t('filters.types'), 'hiddenTypes', sorted(counts.types), rel, undefined, (v) => v)}
      {isFiltering(filters) && (
        <button onClick={() => onChange(resetFilters(filters))} data-testid="filters-reset">
          {t('filters.reset')}
        </button>
      )}
      <Legend />
    </div>
  );
}
