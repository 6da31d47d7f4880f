'use client';

// The fact card: one consolidated fact (DESIGN.md §4b) with its figure over time and the source of
// each figure, every stance with its speaker and quote, the evidence sentences, and one click down to
// the single mentions it was built from. Data from GET /api/facts/:id.
import { useEffect, useState } from 'react';
import { formatFigure, formatMonth } from '@/lib/graph/fact-label';
import { api, type FactDetail } from '@/lib/api/client';
import Evidence from './Evidence';
import { useI18n } from '../i18n';

/** The fact card for one fact id; renders nothing while loading fails (the inspector still shows the node). */
export default function FactCard({ id, onSelect }: { id: string; onSelect(id: string): void }) {
  const { t, rel } = useI18n();
  const [detail, setDetail] = useState<FactDetail | null>(null);
  const [showMentions, setShowMentions] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    setDetail(null);
    setShowMentions(false);
    api.fact(id, ctrl.signal)
      .then(setDetail)
      .catch(() => {});
    return () => ctrl.abort();
  }, [id]);
  if (!detail) return null;
  const p = detail.fact.properties;
  const range = formatFigure(p.quantityMin, p.quantityMin === p.quantityMax ? 'exact' : 'range', p.quantityMax);
  const figures = detail.mentions.filter((m) => m.quantity !== null);
  return (
    <section className="fact-card" data-testid="fact-card">
      <h3>{t('fact.title')}</h3>
      {typeof p.display === 'string' && <p className="fact-display">{p.display}</p>}
      <p className="muted">
        {t('fact.summary', { sources: String(p.sources ?? 0), status: String(p.status ?? '') })}
        {range ? ` · ${t('fact.range')} ${range}` : ''}
      </p>
      {figures.length > 0 && (
        <>
          <h4>{t('fact.figures')}</h4>
          <ol className="plain fact-figures">
            {figures.map((m) => (
              <li key={`${m.mention}:${m.sentence}`}>
                <strong>{formatFigure(m.quantity, m.qualifier, m.quantityMax)}</strong> {m.unit ?? ''}{' '}
                <span className="muted">
                  {formatMonth(m.when) ?? m.dateText ?? ''} · {m.articleTitle ?? m.articleSource ?? m.articleId}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {detail.stances.length > 0 && (
        <>
          <h4>{t('fact.stances')}</h4>
          <ul className="plain fact-stances">
            {detail.stances.map((s) => (
              <li key={`${s.type}:${s.speaker.id}`}>
                <span className={`badge stance stance-${s.type}`} data-type={s.type}>{rel(s.type)}</span>{' '}
                <button className="link" onClick={() => onSelect(s.speaker.id)}>
                  {s.speaker.name}
                </button>
                {s.quote && <blockquote className="claim-text">{s.quote}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('panel.evidence')}</h4>
      <Evidence sentences={detail.evidence} focus={new Set([id])} />
      <button className="link" onClick={() => setShowMentions((v) => !v)} data-testid="fact-mentions-toggle">
        {showMentions ? t('fact.hideMentions') : t('fact.showMentions', { n: String(detail.mentions.length) })}
      </button>
      {showMentions && (
        <ul className="plain fact-mentions">
          {detail.mentions.map((m) => (
            <li key={`${m.mention}:${m.sentence}`}>
              « {m.mentionText ?? ''} » — {[formatFigure(m.quantity, m.qualifier, m.quantityMax), m.unit, m.dateText, m.status].filter(Boolean).join(' · ')}{' '}
              <span className="muted">({m.articleTitle ?? m.articleSource ?? m.articleId})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
