'use client';

// Pick two entities, ask /api/path for the shortest paths, add them to the view and highlight them.
// When Neo4j cannot answer (fixture data, outage) the path is searched in the loaded graph instead.
import { useState } from 'react';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import { api, ApiError } from '@/lib/api/client';
import SearchBox from './SearchBox';
import { useI18n } from '../i18n';

export interface PathEnd {
  id: string;
  name: string;
}

export interface PathHighlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Breadth-first shortest path in the loaded graph, ignoring direction and folded transfer arrows. */
export function localPath(graph: ExplorerGraph, from: string, to: string): { nodes: string[]; edges: string[] } | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const prev = new Map<string, [string, string] | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const n = queue.shift()!;
    if (n === to) break;
    graph.forEachEdge(n, (e, a, s, t) => {
      if (a.folded) return;
      const o = s === n ? t : s;
      if (!prev.has(o)) {
        prev.set(o, [n, e]);
        queue.push(o);
      }
    });
  }
  if (!prev.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let step = prev.get(to); step; step = prev.get(step[0])) {
    nodes.unshift(step[0]);
    edges.unshift(step[1]);
  }
  return { nodes, edges };
}

/** Path finder panel. */
export default function PathPanel(props: {
  graph: ExplorerGraph;
  from: PathEnd | null;
  to: PathEnd | null;
  onEnds(from: PathEnd | null, to: PathEnd | null): void;
  onResult(graph: GraphPayload | null, highlight: PathHighlight | null): void;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!props.from || !props.to) return;
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.path(props.from.id, props.to.id);
      if (r.found) {
        const hl = { nodes: new Set(r.paths.flatMap((p) => p.nodes)), edges: new Set(r.paths.flatMap((p) => p.edges)) };
        setMessage(t('path.found', { n: r.paths.length, len: r.paths[0].edges.length }));
        props.onResult(r.graph, hl);
      } else {
        setMessage(t('path.none'));
        props.onResult(null, null);
      }
    } catch (error) {
      // Unknown to Neo4j (fixture data) or Neo4j down: search the graph on screen instead.
      const inView = props.graph.hasNode(props.from.id) && props.graph.hasNode(props.to.id);
      const p = inView ? localPath(props.graph, props.from.id, props.to.id) : null;
      if (!inView && error instanceof ApiError && error.status === 404) {
        setMessage(t('path.missing', { ids: error.message.replace(/^unknown id: /, '') }));
        props.onResult(null, null);
      } else if (p) {
        setMessage(t('path.found', { n: 1, len: p.edges.length }));
        props.onResult(null, { nodes: new Set(p.nodes), edges: new Set(p.edges) });
      } else {
        setMessage(t('path.none'));
        props.onResult(null, null);
      }
    } finally {
      setBusy(false);
    }
  };

  const end = (which: 'from' | 'to') => {
    const value = which === 'from' ? props.from : props.to;
    return (
      <div className="path-end">
        <span className="muted small">{t(which === 'from' ? 'path.from' : 'path.to')}</span>
        {value ? (
          <span className="chip" data-testid={`path-${which}`}>
            {value.name}
            <button className="icon" aria-label={t('path.clear')} onClick={() => (which === 'from' ? props.onEnds(null, props.to) : props.onEnds(props.from, null))}>
              ×
            </button>
          </span>
        ) : (
          <SearchBox graph={props.graph} testId={`path-search-${which}`} compact onChoose={(c) => (which === 'from' ? props.onEnds(c, props.to) : props.onEnds(props.from, c))} />
        )}
      </div>
    );
  };

  return (
    <div className="path-panel" data-testid="path-panel">
      <h3>{t('path.title')}</h3>
      {end('from')}
      {end('to')}
      <div className="row">
        <button className="primary" disabled={!props.from || !props.to || busy} onClick={find} data-testid="path-find">
          {t('path.find')}
        </button>
        <button
          onClick={() => {
            props.onEnds(null, null);
            props.onResult(null, null);
            setMessage(null);
          }}
        >
          {t('path.clear')}
        </button>
      </div>
      {message && (
        <p className="note" data-testid="path-message">
          {message}
        </p>
      )}
    </div>
  );
}
