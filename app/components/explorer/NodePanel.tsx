'use client';

// Side panel for one node: what it is, its properties, its relationships grouped by type, and the
// sentences behind them. Claims show who said what and whether it was denied or not confirmed.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { isDoubtful, labelColor } from '@/lib/graph/style';
import type { MessageKey } from '@/lib/i18n/messages';
import { FACT_NODE_LABELS } from '@/lib/graph/fact-label';
import Evidence from './Evidence';
import FactCard from './FactCard';
import PropertyTable from './PropertyTable';
import RelationList, { type Relation } from './RelationList';
import { useNodeDetail } from './useNodeDetail';
import { useI18n } from '../i18n';

export interface NodePanelProps {
  graph: ExplorerGraph;
  id: string;
  note: string | null;
  onSelect(id: string): void;
  onExpand(id: string): void;
  /** Replaces the view with this node's neighbourhood. */
  onFocus?(id: string): void;
  onHide(id: string): void;
  onPathEnd(which: 'from' | 'to', id: string, name: string): void;
  onClose(): void;
}

function localRelations(graph: ExplorerGraph, id: string): Relation[] {
  if (!graph.hasNode(id)) return [];
  const out: Relation[] = [];
  graph.forEachEdge(id, (e, a, s, t) => {
    if (a.folded) return;
    const other = s === id ? t : s;
    const o = graph.getNodeAttributes(other);
    out.push({ edgeId: e, type: a.relType, direction: s === id ? 'out' : 'in', otherId: other, otherName: o.name, otherLabel: o.nodeLabel, props: a.props });
  });
  return out;
}

/** The node inspector. */
export default function NodePanel(props: NodePanelProps) {
  const { t, vocab, rel } = useI18n();
  const { detail, loading, problem } = useNodeDetail(props.id);
  const local = props.graph.hasNode(props.id) ? props.graph.getNodeAttributes(props.id) : null;
  const node = detail?.node ?? (local ? { id: props.id, label: local.nodeLabel, name: local.name, properties: local.props } : null);
  if (!node) return <p className="muted">{loading ? t('panel.loading') : t('panel.notInDb')}</p>;

  const relations: Relation[] = detail
    ? detail.relations.map((r) => ({ edgeId: r.edge.id, type: r.edge.type, direction: r.direction, otherId: r.other.id, otherName: r.other.name, otherLabel: r.other.label, props: r.edge.properties }))
    : localRelations(props.graph, props.id);
  const status = local?.status ?? null;
  const speakers = relations.filter((r) => r.direction === 'in' && ['ASSERTS', 'DENIES', 'CANNOT_CONFIRM', 'REPORTED'].includes(r.type));

  return (
    <div className="panel-body" data-testid="node-panel">
      <header className="panel-head">
        <span className="dot big" style={{ background: labelColor(node.label) }} />
        <div>
          <h2 data-testid="panel-title">{node.name}</h2>
          <span className="badge">{vocab(node.label)}</span>
          {isDoubtful(status) && (
            <span className={`badge doubt doubt-${status}`} data-testid="doubt-badge">
              {t(`panel.doubt.${status}` as MessageKey)}
            </span>
          )}
        </div>
        <button className="icon" onClick={props.onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          ×
        </button>
      </header>
      <div className="panel-actions">
        <button onClick={() => props.onExpand(props.id)} data-testid="expand-button">
          {t('panel.expand')}
        </button>
        {props.onFocus && (
          <button onClick={() => props.onFocus?.(props.id)} data-testid="focus-button" title={t('panel.focusHint')}>
            {t('panel.focus')}
          </button>
        )}
        <button onClick={() => props.onHide(props.id)}>{t('panel.hide')}</button>
        <button onClick={() => props.onPathEnd('from', props.id, node.name)}>{t('panel.pathFrom')}</button>
        <button onClick={() => props.onPathEnd('to', props.id, node.name)}>{t('panel.pathTo')}</button>
      </div>
      {props.note && <p className="note">{props.note}</p>}
      {problem === 'missing' && <p className="muted">{t('panel.notInDb')}</p>}
      {problem === 'down' && <p className="muted">{t('banner.down')}</p>}

      {FACT_NODE_LABELS.has(node.label) && <FactCard id={props.id} onSelect={props.onSelect} />}
      {node.label === 'Claim' && typeof node.properties.text === 'string' && <blockquote className="claim-text">{node.properties.text}</blockquote>}
      {speakers.length > 0 && (
        <section>
          <h3>{t('panel.speaker')}</h3>
          <ul className="plain">
            {speakers.map((s) => (
              <li key={s.edgeId}>
                <button className="link" onClick={() => props.onSelect(s.otherId)}>
                  {s.otherName}
                </button>{' '}
                <span className={`badge stance stance-${s.type}`} data-type={s.type}>{rel(s.type)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{t('panel.properties')}</h3>
        <PropertyTable properties={node.properties} name={node.name} />
      </section>
      <section>
        <h3>
          {t('panel.evidence')} {detail && <span className="muted">({detail.evidence.length})</span>}
        </h3>
        <Evidence sentences={detail?.evidence ?? []} focus={new Set([props.id])} loading={loading} />
      </section>
      <section>
        <h3>
          {t('panel.relationships')} <span className="muted">({relations.length})</span>
        </h3>
        <RelationList relations={relations} onSelect={props.onSelect} />
      </section>
    </div>
  );
}
