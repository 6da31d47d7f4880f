'use client';

// Name/alias search with keyboard navigation: server hits (fulltext, fuzzy) merged after the nodes
// already in view, so search also works on data loaded without Neo4j (fixtures, console results).
import { useEffect, useRef, useState } from 'react';
import { normalizeKey } from '@/lib/graph/normalize';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { labelColor } from '@/lib/graph/style';
import { api, type SearchHit } from '@/lib/api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '@/lib/i18n/messages';

export interface SearchChoice {
  id: string;
  name: string;
  label: string;
  local: boolean;
  /** How the query named it, when not by its letters (a capital, a demonym, an alias, a fact). */
  via?: string | null;
  form?: string | null;
  /** A fact's ends ("Corée du Nord → Russie"). */
  ends?: string | null;
}

function localHits(graph: ExplorerGraph, q: string, max = 5): SearchChoice[] {
  const key = normalizeKey(q);
  if (key.length < 2) return [];
  const out: SearchChoice[] = [];
  graph.forEachNode((id, a) => {
    if (out.length >= max) return;
    const aliases = Array.isArray(a.props.aliases) ? (a.props.aliases as string[]) : [];
    if ([a.name, ...aliases].some((s) => typeof s === 'string' && normalizeKey(s).includes(key))) out.push({ id, name: a.name, label: a.nodeLabel, local: true });
  });
  return out;
}

/** Search input with a results list; `onChoose` gets the picked entity. */
export default function SearchBox(props: { graph: ExplorerGraph; onChoose(choice: SearchChoice): void; placeholder?: string; testId?: string; compact?: boolean }) {
  const { t, vocab } = useI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchChoice[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [searched, setSearched] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setResults([]);
      setSearched(false);
      return;
    }
    const local = localHits(props.graph, text);
    setResults(local);
    // Busy until the server's answer for this text is in: the local hits shown meanwhile are not its ranking.
    setSearched(false);
    const id = setTimeout(async () => {
      abort.current?.abort();
      const ctrl = new AbortController();
      abort.current = ctrl;
      try {
        const { results: hits } = await api.search(text, ctrl.signal);
        const seen = new Set(local.map((h) => h.id));
        // Server order (the state named by its capital, facts, exact names, then fuzzy) beats substring order.
        const ranked = hits.map((h: SearchHit) => ({ id: h.id, name: h.name, label: h.label, local: seen.has(h.id) || props.graph.hasNode(h.id), via: h.via, form: h.form, ends: h.label === 'Transfer' && (h.sender || h.receiver) && !h.name.includes('→') ? `${h.sender ?? '?'} → ${h.receiver ?? '?'}` : null }));
        const merged = [...ranked, ...local.filter((l) => !hits.some((h) => h.id === l.id))];
        setResults(merged.slice(0, 10));
      } catch {
        // Server search unavailable (Neo4j down, fixture mode): local hits stay.
      } finally {
        if (!ctrl.signal.aborted) setSearched(true);
      }
      setActive(0);
    }, 150);
    // A request still on its way answers for the text before: its ranking must not land as this text's, nor end the busy state.
    return () => {
      clearTimeout(id);
      abort.current?.abort();
    };
  }, [q, props.graph]);

  const choose = (c: SearchChoice | undefined) => {
    if (!c) return;
    props.onChoose(c);
    setOpen(false);
    setQ(props.compact ? c.name : '');
  };

  return (
    <div className="search" data-testid={props.testId ?? 'search'}>
      <input
        type="search"
        value={q}
        placeholder={props.placeholder ?? t('search.placeholder')}
        aria-label={props.placeholder ?? t('search.placeholder')}
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls="search-results"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && q.trim().length >= 2 && (
        <ul className="search-results" role="listbox" aria-busy={!searched}>
          {results.map((r, i) => (
            <li
              key={r.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="dot" style={{ background: labelColor(r.label) }} />
              <span className="name">{r.name}</span>
              <span className="muted">{vocab(r.label)}</span>
              {r.ends && <span className="muted small ends">{r.ends}</span>}
              {r.via && r.via !== 'name' && (
                <span className="muted small via" data-via={r.via}>
                  {t(`search.via.${r.via}` as MessageKey, { form: r.form ?? '' })}
                </span>
              )}
              {r.local && <span className="tag">{t('search.local')}</span>}
            </li>
          ))}
          {results.length === 0 && searched && <li className="muted empty">{t('search.none')}</li>}
        </ul>
      )}
    </div>
  );
}
