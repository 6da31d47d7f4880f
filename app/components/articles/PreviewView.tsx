'use client';

import type { ReactNode } from 'react';
import type { ArticlePreviewBody } from '@/lib/api/client';
import { articleText } from '@/lib/i18n/articles';
import { useI18n } from '../i18n';

function Highlighted({ sentence }: { sentence: ArticlePreviewBody['sentences'][number] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of sentence.spans) {
    if (s.start > at) parts.push(sentence.text.slice(at, s.start));
    parts.push(
      <mark key={`${s.start}-${s.node}`} className={`span-${s.label.toLowerCase()}`} title={`${s.label} · ${s.node}`} data-node={s.node}>
        {sentence.text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(sentence.text.slice(at));
  return <>{parts}</>;
}

/** What loading the article would add: counts, entities (known or new), relationships, sentences with spans. */
export default function PreviewView({ preview }: { preview: ArticlePreviewBody }) {
  const { lang, vocab } = useI18n();
  const known = preview.entities.filter((e) => e.existing).length;
  return (
    <section className="article-preview" data-testid="article-preview">
      <h2>{preview.article.title}</h2>
      <p className="muted" data-testid="preview-summary">
        {articleText(lang, 'articles.summary', { sentences: preview.sentences.length, entities: preview.entities.length, known, facts: preview.facts.length })}
      </p>
      {preview.alreadyLoaded && <p className="warn">{articleText(lang, 'articles.alreadyLoaded')}</p>}
      {preview.warnings.map((w) => (
        <p key={w} className="warn small">
          {w}
        </p>
      ))}
      <div className="preview-columns">
        <div>
          <h3>{articleText(lang, 'articles.entities')}</h3>
          <ul className="plain">
            {preview.entities.map((e) => (
              <li key={e.id} data-testid="preview-entity" data-entity={e.id} data-existing={e.existing}>
                {e.name} <span className="muted small">{vocab(e.label)}</span>
                <span className={e.existing ? 'tag' : 'tag tag-new'}>{articleText(lang, e.existing ? 'articles.known' : 'articles.new')}</span>
              </li>
            ))}
          </ul>
          <h3>{articleText(lang, 'articles.facts')}</h3>
          <ul className="plain small">
            {preview.facts.map((f) => (
              <li key={f.id} data-testid="preview-fact">
                {f.sourceName} <span className="muted">—{f.type}→</span> {f.targetName}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{articleText(lang, 'articles.sentences')}</h3>
          <ol className="preview-sentences">
            {preview.sentences.map((s) => (
              <li key={s.id} className={s.boilerplate ? 'muted' : ''} data-testid="preview-sentence">
                <Highlighted sentence={s} />
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
