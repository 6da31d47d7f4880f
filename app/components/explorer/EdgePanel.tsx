'use client';

// Side panel for one relationship (or one folded transfer arrow): its ends, properties and the
// sentences cited as its evidence, with both ends' mentions highlighted.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { isDoubtful, labelColor } from '@/lib/graph/style';
import type { MessageKey } from '@/lib/i18n/messages';
import Evidence from './Evidence';
import PropertyTable from './PropertyTable';
import { useNodeDetail } from './useNodeDetail';
import { useI18n } from '../i18n';

export interface EdgePanelProps {
  graph: ExplorerGraph;
  id: string;
  onSelectNode(id: string): void;
  onClose(): void;
}

/** The relationship inspector. */
export default function EdgePanel({ graph, id, onSelectNode, onClose }: EdgePanelProps) {
  const { t, rel } = useI18n();
  const exists = graph.hasEdge(id);
  const attrs = exists ? graph.getEdgeAttributes(id) : null;
  const [source, target] = exists ? graph.extremities(id) : [null, null];
  // Evidence sentences come with the detail of the node the edge leaves from (or of the folded transfer).
  const { detail, loading } = useNodeDetail(attrs ? (attrs.folded ? attrs.transfer : source) : null);
  if (!attrs || !source || !target) return null;

  const cited = new Set(Array.isArray(attrs.props.evidence) ? (attrs.props.evidence as string[]) : []);
  const sentences = (detail?.evidence ?? []).filter((s) => cited.has(s.id) || (attrs.folded && detail?.mentionedIn.includes(s.id)));
  const end = (nid: string) => {
    const a = graph.getNodeAttributes(nid);
    return (
      <button className="link" onClick={() => onSelectNode(nid)}>
        <span className="dot" style={{ background: labelColor(a.nodeLabel) }} /> {a.name}
      </button>
    );
  };

  return (
    <div className="panel-body" data-testid="edge-panel">
      <header className="panel-head">
        <div>
          <h2 data-testid="panel-title" data-type={attrs.relType}>{attrs.folded ? attrs.label : rel(attrs.relType)}</h2>
          <span className="badge">{attrs.folded ? t('panel.transfer') : t('panel.edge')}</span>
          {isDoubtful(attrs.status) && (
            <span className={`badge doubt doubt-${attrs.status}`} data-testid="doubt-badge">
              {t(`panel.doubt.${attrs.status}` as MessageKey)}
            </span>
          )}
        </div>
        <button className="icon" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          ×
        </button>
      </header>
      <table className="props">
        <tbody>
          <tr>
            <th>{t('panel.from')}</th>
            <td>{end(source)}</td>
          </tr>
          <tr>
            <th>{t('panel.to')}</th>
            <td>{end(target)}</td>
          </tr>
          {attrs.folded && attrs.transfer && graph.hasNode(attrs.transfer) && (
            <tr>
              <th>{t('panel.transfer')}</th>
              <td>{end(attrs.transfer)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <section>
        <h3>{t('panel.properties')}</h3>
        <PropertyTable properties={attrs.folded && detail ? detail.node.properties : attrs.props} />
      </section>
      <section>
        <h3>{t('panel.evidence')}</h3>
        <Evidence sentences={sentences} focus={new Set([source, target])} loading={loading} />
      </section>
    </div>
  );
}
