'use client';

// Relationships of the inspected node, grouped by type and direction ("SENT →", "← ASSERTS").
import { useState } from 'react';
import { useI18n } from '../i18n';
import { labelColor } from '@/lib/graph/style';

const SHOWN = 6;

export interface Relation {
  edgeId: string;
  type: string;
  direction: 'out' | 'in';
  otherId: string;
  otherName: string;
  otherLabel: string;
  props: Record<string, unknown>;
}

/** Grouped relationship list; clicking a neighbour selects it (fetching it when not in view). */
export default function RelationList({ relations, onSelect }: { relations: Relation[]; onSelect(id: string): void }) {
  const { rel } = useI18n();
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    const key = r.direction === 'out' ? `${rel(r.type)} →` : `← ${rel(r.type)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  if (groups.size === 0) return <p className="muted">—</p>;
  return (
    <div className="relations" data-testid="relations">
      {[...groups].map(([key, rels]) => (
        <Group key={key} title={key} rels={rels} onSelect={onSelect} />
      ))}
    </div>
  );
}

/** One relationship type; long groups show their first few until expanded. */
function Group({ title, rels, onSelect }: { title: string; rels: Relation[]; onSelect(id: string): void }) {
  const [all, setAll] = useState(false);
  const shown = all ? rels : rels.slice(0, SHOWN);
  return (
    <div className="rel-group">
      <div className="rel-type">
        {title} <span className="muted">{rels.length}</span>
      </div>
      <ul className="plain rel-items">
        {shown.map((r) => (
          <li key={r.edgeId}>
            <span className="dot" style={{ background: labelColor(r.otherLabel) }} />
            {/* An anchor, not a button: buttons stay boxes and push long names under their dot. */}
            <a
              className="link"
              href={`#${encodeURIComponent(r.otherId)}`}
              onClick={(e) => {
                e.preventDefault();
                onSelect(r.otherId);
              }}
            >
              {r.otherName}
            </a>
            {typeof r.props.title === 'string' && <span className="muted"> · {r.props.title}</span>}
            {typeof r.props.role === 'string' && <span className="muted"> · {r.props.role}</span>}
          </li>
        ))}
      </ul>
      {rels.length > SHOWN && (
        <button className="link small" onClick={() => setAll(!all)}>
          {all ? '−' : `+${rels.length - SHOWN}`}
        </button>
      )}
    </div>
  );
}
