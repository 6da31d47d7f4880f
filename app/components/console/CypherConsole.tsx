'use client';

import { useI18n } from '../i18n';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphPayload } from '@/lib/graph/payload';
import { api, ApiError, type CypherResult, type SavedQuery } from '@/lib/api/client';
import { parseParams, readShared, shareUrl, toEditorSchema } from './console-data';
import CypherEditorField from './CypherEditorField';
import ResultTable from './ResultTable';
import { useConsoleCatalog, useQueryHistory } from './use-console-data';
import './console.css';

/** Props the explorer passes to the console: it hands query results back to the graph view. */
export interface CypherConsoleProps {
  onGraph: (graph: GraphPayload, mode: 'replace' | 'add') => void;
  initialQuery?: string;
}

type Result = CypherResult;

interface ConsoleError {
  code: string;
  message: string;
  position?: ApiError['position'];
}

type Phase = 'idle' | 'running' | 'done' | 'error';

/** Cypher console: editor, parameters, saved queries, history, results drawn in the graph and listed in a table. */
export default function CypherConsole({ onGraph, initialQuery }: CypherConsoleProps) {
  const { t, num } = useI18n();
  const [query, setQuery] = useState(initialQuery ?? '');
  const [pushed, setPushed] = useState({ value: initialQuery ?? '', revision: 0 });
  const [paramsText, setParamsText] = useState('');
  const [paramsOpen, setParamsOpen] = useState(false);
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ConsoleError | null>(null);
  const [side, setSide] = useState<'saved' | 'history'>('saved');
  const [note, setNote] = useState('');
  const [runs, setRuns] = useState(0); // keys the table, so sorting and paging reset with each result
  const { examples, schema } = useConsoleCatalog();
  const { history, remember, clear } = useQueryHistory();
  const inflight = useRef<AbortController | null>(null);

  const load = useCallback((text: string, params?: string | null) => {
    setQuery(text);
    setPushed((p) => ({ value: text, revision: p.revision + 1 }));
    if (params !== undefined && params !== null) {
      setParamsText(params);
      setParamsOpen(params.trim() !== '' && params.trim() !== '{}');
    }
    setError(null);
  }, []);

  // A shared link (?cypher=...) fills the editor; it runs only when the user asks.
  useEffect(() => {
    if (initialQuery) return;
    const shared = readShared(window.location.search);
    if (shared) load(shared.query, shared.params ?? '');
  }, [initialQuery, load]);

  const parsed = useMemo(() => parseParams(paramsText), [paramsText]);
  const editorSchema = useMemo(
    () => (schema ? toEditorSchema(schema, 'params' in parsed ? Object.keys(parsed.params) : []) : undefined),
    [schema, parsed],
  );

  const run = useCallback(async () => {
    const text = query.trim();
    if (!text) return;
    if ('error' in parsed) {
      setParamsOpen(true);
      setError({ code: 'BAD_PARAMETERS', message: parsed.error });
      setPhase('error');
      return;
    }
    inflight.current?.abort();
    const ctrl = new AbortController();
    inflight.current = ctrl;
    setPhase('running');
    setError(null);
    remember(text);
    try {
      const body = await api.cypher({ query: text, params: parsed.params }, ctrl.signal);
      if (ctrl.signal.aborted) return;
      setResult(body);
      setRuns((n) => n + 1);
      setPhase('done');
      if (body.graph.nodes.length > 0) onGraph(body.graph, mode);
    } catch (e) {
      if (ctrl.signal.aborted) return;
      setError(e instanceof ApiError ? { code: e.code, message: e.message, position: e.position } : { code: 'NETWORK', message: t('console.noAnswer', { msg: (e as Error).message }) });
      setPhase('error');
    }
  }, [query, parsed, mode, onGraph, remember, t]);

  const copyLink = async () => {
    const url = shareUrl(window.location.href, query.trim(), paramsText);
    try {
      await navigator.clipboard.writeText(url);
      setNote(t('console.linkCopied'));
    } catch {
      window.prompt(t('console.copyPrompt'), url);
    }
    setTimeout(() => setNote(''), 2_000);
  };

  const pick = (e: SavedQuery) => load(e.query, Object.keys(e.params).length ? JSON.stringify(e.params, null, 2) : '');

  return (
    <div className="cypher-console" data-testid="cypher-console" data-phase={phase} data-rows={result?.rows.length ?? 0}>
      <div className="cypher-main">
        <CypherEditorField
          value={pushed.value}
          revision={pushed.revision}
          onChange={setQuery}
          onRun={() => void run()}
          schema={editorSchema}
          errorAt={error?.position ?? null}
        />
        <div className="cypher-actions">
          <button className="primary" onClick={() => void run()} disabled={phase === 'running' || !query.trim()} data-testid="cypher-run">
            {phase === 'running' ? t('console.running') : t('console.run')}
          </button>
          <span className="muted small">Ctrl/⌘+Enter</span>
          <span className="cypher-mode" role="radiogroup" aria-label={t('console.modeLabel')}>
            <label>
              <input type="radio" name="cypher-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="cypher-mode-replace" />
              {t('console.replace')}
            </label>
            <label>
              <input type="radio" name="cypher-mode" checked={mode === 'add'} onChange={() => setMode('add')} data-testid="cypher-mode-add" />
              {t('console.add')}
            </label>
          </span>
          <button className={`small${paramsOpen ? ' on' : ''}`} onClick={() => setParamsOpen((o) => !o)} data-testid="cypher-params-toggle">
            $params
          </button>
          <button className="small" onClick={() => void copyLink()} disabled={!query.trim()} data-testid="cypher-share">
            {t('console.copyLink')}
          </button>
          {note && <span className="muted small">{note}</span>}
        </div>
        {paramsOpen && (
          <div className="cypher-params">
            <textarea
              value={paramsText}
              onChange={(e) => setParamsText(e.target.value)}
              placeholder='{"iso2": "KP"}'
              spellCheck={false}
              rows={3}
              data-testid="cypher-params"
              aria-label={t('console.params')}
            />
            {'error' in parsed && <div className="cypher-params-error small">{parsed.error}</div>}
          </div>
        )}
        {error && (
          <div className="cypher-error" role="alert" data-testid="cypher-error" data-code={error.code}>
            <strong>{error.code}</strong> {error.message}
            {error.position && (
              <span className="cypher-error-pos">
                {' '}
                {t('console.position', { line: error.position.line, column: error.position.column })}
              </span>
            )}
          </div>
        )}
        {result && phase !== 'running' && (
          <div className="cypher-status small" data-testid="cypher-status">
            {t('console.rows', { n: result.rows.length, nodes: result.graph.nodes.length, edges: result.graph.edges.length, ms: num(result.elapsedMs) })}
            {result.truncated && (
              <span className="cypher-truncated" data-testid="cypher-truncated">
                {' '}
                {t('console.truncated')}
              </span>
            )}
          </div>
        )}
        {result && <ResultTable key={runs} columns={result.columns} rows={result.rows} />}
      </div>
      <aside className="cypher-side">
        <div className="cypher-tabs">
          <button className={`small${side === 'saved' ? ' on' : ''}`} onClick={() => setSide('saved')}>
            {t('console.saved')}
          </button>
          <button className={`small${side === 'history' ? ' on' : ''}`} onClick={() => setSide('history')} data-testid="cypher-history-tab">
            {t('console.history')}
          </button>
        </div>
        {side === 'saved' ? (
          <ul className="cypher-list" data-testid="cypher-examples">
            {examples.map((e) => (
              <li key={e.id}>
                <button className="link" onClick={() => pick(e)} title={e.description}>
                  {e.title}
                </button>
                <div className="muted small">{e.description}</div>
              </li>
            ))}
          </ul>
        ) : (
          <ul className="cypher-list" data-testid="cypher-history">
            {history.map((h) => (
              <li key={h}>
                <button className="link cypher-mono" onClick={() => load(h)} title={h}>
                  {h.length > 90 ? `${h.slice(0, 89)}…` : h}
                </button>
              </li>
            ))}
            {history.length > 0 ? (
              <li>
                <button className="small" onClick={clear}>
                  {t('console.clearHistory')}
                </button>
              </li>
            ) : (
              <li className="muted small">{t('console.historyEmpty')}</li>
            )}
          </ul>
        )}
      </aside>
    </div>
  );
}
