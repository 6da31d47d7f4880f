'use client';

// "Showing N of M" and what the view is doing (loading, laying out), over the canvas's corner.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { countVisible, isFiltering, type FilterState } from '@/lib/graph/filters';
import { useI18n } from '../i18n';
import { IDLE_WALK_FROM_NODES, useIdleValue } from './useIdleValue';

/** Status overlay. */
export default function StatusLine(props: {
  graph: ExplorerGraph;
  version: number;
  total: { nodes: number; edges: number } | null;
  filters: FilterState;
  loadState: { kind: 'loading' | 'ok' | 'error'; message?: string; source: string };
  phase: 'fa2' | 'noverlap' | 'done';
  note: string | null;
}) {
  const { t } = useI18n();
  const { graph, version, filters } = props;
  // Both counts walk the graph (30k edges at 10k nodes): on a large graph they leave the render for an
  // idle task each (useIdleValue), and the line shows what it knows until they are done.
  const large = graph.order >= IDLE_WALK_FROM_NODES;
  const visible = useIdleValue(() => (isFiltering(filters) || filters.transferMode === 'edges' ? countVisible(graph, filters) : null), [graph, version, filters], large);
  const shown = graph.order;
  const total = props.total?.nodes ?? shown;
  // Every render of the explorer passes here: the count only when the graph changed.
  const edges = useIdleValue(
    () => {
      let n = 0;
      graph.forEachEdge((_e, a) => {
        if (!a.folded) n++;
      });
      return n;
    },
    [graph, version],
    large,
  );
  return (
    <div className="status-line" data-testid="status-line">
      {props.loadState.kind === 'loading' && <span>{t('status.loading')}</span>}
      {props.loadState.kind === 'error' && <span className="error">{t('status.error', { msg: props.loadState.message ?? '' })}</span>}
      {props.loadState.kind === 'ok' && shown === 0 && <span>{t('status.empty')}</span>}
      {shown > 0 && (
        <span data-testid="showing">
          {total > shown ? t('status.showing', { n: shown, m: total }) : t('status.showingAll', { n: shown, e: edges ?? '…' })}
          {visible && ` · ${t('status.filtered', { n: visible.nodes })}`}
        </span>
      )}
      {props.loadState.source.startsWith('fixture') && <span className="tag">{t('status.fixture', { name: props.loadState.source.slice(8) })}</span>}
      {props.phase !== 'done' && <span className="muted">{t('status.layout')}</span>}
      {props.note && <span className="note">{props.note}</span>}
    </div>
  );
}
