'use client';

// The sentences behind a node or an edge, quoted exactly, with the mentions highlighted and the
// article named: the "where does this come from" of every fact.
import { useState } from 'react';
import type { EvidenceSentence } from '@/lib/api/client';
import { useI18n } from '../i18n';

/** Splits a sentence into plain and highlighted runs; overlapping mentions keep the first. */
export function highlightRuns(text: string, mentions: { start: number; end: number; node: string }[], focus: ReadonlySet<string>) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { text: string; kind: 'plain' | 'focus' | 'other' }[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) runs.push({ text: text.slice(at, m.start), kind: 'plain' });
    runs.push({ text: text.slice(m.start, m.end), kind: focus.has(m.node) ? 'focus' : 'other' });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), kind: 'plain' });
  return runs;
}

/** Quoted sentences; mentions of `focus` nodes are highlighted strongly, other entities lightly. */
export default function Evidence({ sentences, focus, loading, first = 5 }: { sentences: EvidenceSentence[]; focus: ReadonlySet<string>; loading?: boolean; first?: number }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (loading) return <p className="muted">{t('panel.loading')}</p>;
  if (sentences.length === 0) return <p className="muted">{t('panel.noEvidence')}</p>;
  // Sentences that mention the focus itself come first: they say what the thing is.
  const ranked = [...sentences].sort((a, b) => Number(b.mentions.some((m) => focus.has(m.node))) - Number(a.mentions.some((m) => focus.has(m.node))));
  const shown = all ? ranked : ranked.slice(0, first);
  return (
    <>
      <ol className="evidence" data-testid="evidence">
        {shown.map((s) => (
          <li key={s.id} data-testid="evidence-sentence">
            <blockquote>
              {highlightRuns(s.text, s.mentions, focus).map((r, i) =>
                r.kind === 'plain' ? (
                  <span key={i}>{r.text}</span>
                ) : (
                  <mark key={i} className={r.kind === 'focus' ? 'hl' : 'hl-other'}>
                    {r.text}
                  </mark>
                ),
              )}
            </blockquote>
            <cite>
              {t('panel.article')}: {s.article.title ?? s.article.source ?? s.article.id} · §{s.index}
            </cite>
          </li>
        ))}
      </ol>
      {sentences.length > first && (
        <button className="link small" onClick={() => setAll(!all)}>
          {all ? '−' : t('panel.more', { n: sentences.length - first })}
        </button>
      )}
    </>
  );
}
