'use client';

// The articles page: paste or drop an article -> preview of the extraction -> load; loaded articles with Retract.
import Link from 'next/link';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { api, type ArticleInput, type ArticlePreviewBody, type ArticleSummary } from '@/lib/api/client';
import { articleText, type ArticleMessageKey } from '@/lib/i18n/articles';
import { LangProvider, useI18n } from '../i18n';
import PreviewView from './PreviewView';
import './articles.css';

function Manager() {
  const { lang, setLang, t } = useI18n();
  const tr = (key: ArticleMessageKey, vars?: Record<string, string | number>) => articleText(lang, key, vars);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ArticlePreviewBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);

  // The one wrapper for every failure shown here, the list refresh included (which the language may re-run).
  const fail = useCallback((e: unknown) => setMessage({ kind: 'error', text: articleText(lang, 'articles.error', { msg: (e as Error).message }) }), [lang]);
  const refresh = useCallback(() => {
    api.articles().then(setArticles, fail);
  }, [fail]);
  useEffect(refresh, [refresh]);

  const input = (): ArticleInput | null => (file ? { kind: 'file', file } : text.trim() ? { kind: 'text', text } : null);
  const run = async (work: (i: ArticleInput) => Promise<void>) => {
    const i = input();
    if (!i) return setMessage({ kind: 'error', text: tr('articles.empty') });
    setBusy(true);
    setMessage(null);
    try {
      await work(i);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const onPreview = () => run(async (i) => setPreview(await api.previewArticle(i)));
  const onLoad = () =>
    run(async (i) => {
      const r = await api.loadArticle(i);
      setMessage({ kind: 'ok', text: tr('articles.loaded', { title: r.article.title, sentences: r.loaded.sentences, nodes: r.loaded.nodes, relationships: r.loaded.relationships }) });
      setPreview(null);
      refresh();
    });
  const onRetract = async (a: ArticleSummary) => {
    if (confirming !== a.id) return setConfirming(a.id);
    setConfirming(null);
    try {
      await api.retractArticle(a.id);
      setMessage({ kind: 'ok', text: tr('articles.retracted', { title: a.title ?? a.id }) });
    } catch (e) {
      fail(e);
    }
    refresh();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) {
      setFile(f);
      setPreview(null);
    }
  };

  return (
    <main className="articles-page">
      <header className="articles-head">
        <Link className="link" href="/">
          {tr('articles.back')}
        </Link>
        <h1>{tr('articles.title')}</h1>
        <button onClick={() => setLang(lang === 'en' ? 'fr' : 'en')} data-testid="lang-toggle">
          {t('lang.toggle')}
        </button>
      </header>
      <p className="muted">{tr('articles.intro')}</p>
      <section className="article-input" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="article-drop">
        <label htmlFor="article-text">{tr('articles.paste')}</label>
        {file ? (
          <p data-testid="article-file">
            {tr('articles.file', { name: file.name, size: file.size })}{' '}
            <button className="link" onClick={() => setFile(null)}>
              {tr('articles.clearFile')}
            </button>
          </p>
        ) : (
          <textarea id="article-text" rows={10} value={text} placeholder={tr('articles.placeholder')} onChange={(e) => (setText(e.target.value), setPreview(null))} data-testid="article-text" />
        )}
        <div className="article-actions">
          <span className="muted small">{tr('articles.drop')}</span>
          <label className="button-link">
            {tr('articles.choose')}
            <input type="file" accept=".txt,.html,.htm,text/plain,text/html" hidden onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPreview(null))} data-testid="article-file-input" />
          </label>
          <button onClick={onPreview} disabled={busy} data-testid="article-preview-button">
            {busy ? tr('articles.working') : tr('articles.preview')}
          </button>
          <button className="primary" onClick={onLoad} disabled={busy || !preview} data-testid="article-load-button">
            {tr('articles.load')}
          </button>
        </div>
      </section>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'ok'} role="status" data-testid="article-message">
          {message.text}
        </p>
      )}
      {preview && <PreviewView preview={preview} />}
      <section>
        <h2>{tr('articles.list')}</h2>
        <ArticlesList articles={articles} confirming={confirming} onRetract={onRetract} tr={tr} />
      </section>
    </main>
  );
}

/** The loaded articles, each with a Retract button that asks once more before it retracts. */
function ArticlesList({ articles, confirming, onRetract, tr }: { articles: ArticleSummary[]; confirming: string | null; onRetract: (a: ArticleSummary) => void; tr: (key: ArticleMessageKey) => string }) {
  if (articles.length === 0) return <p className="muted">{tr('articles.none')}</p>;
  return (
    <table className="articles-table" data-testid="articles-list">
      <tbody>
        {articles.map((a) => (
          <tr key={a.id} data-article={a.id}>
            <td>{a.title ?? a.id}</td>
            <td className="muted small">{a.source}</td>
            <td className="muted small">{a.publishedAt}</td>
            <td>
              <button className={confirming === a.id ? 'danger' : ''} onClick={() => onRetract(a)} data-testid="article-retract">
                {tr(confirming === a.id ? 'articles.confirm' : 'articles.retract')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The articles page, in the interface language the explorer remembers. */
export default function ArticlesManager() {
  return (
    <LangProvider>
      <Manager />
    </LangProvider>
  );
}
