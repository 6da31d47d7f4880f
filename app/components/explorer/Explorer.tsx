'use client';

// The explorer page: graph in the middle, filters and path finder on the left, inspector on the
// right, timeline under the graph, Cypher console in a drawer. State that changes per node lives in
// the graphology graph, never in React.
import { useCallback, useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { countVisible, defaultFilters, type FilterState } from '@/lib/graph/filters';
import type { GraphPayload } from '@/lib/graph/payload';
import GraphCanvas, { type CanvasApi } from '../graph/GraphCanvas';
import { openPermalink } from '../export/permalink-view';
import { useI18n } from '../i18n';
import { api, ApiError } from '@/lib/api/client';
import EdgePanel from './EdgePanel';
import FilterPanel from './FilterPanel';
import HealthBanner, { useHealth } from './HealthBanner';
import NodePanel from './NodePanel';
import PathPanel, { type PathEnd, type PathHighlight } from './PathPanel';
import StatusLine from './StatusLine';
import Timeline from './Timeline';
import Toolbar from './Toolbar';
import { layoutPending } from './perf';
import { takeOverview } from './prefetch';
import { installTrameHooks } from './trame-hooks';
import { useExplorerGraph } from './useExplorerGraph';
import { useHistoryKeys } from './useHistoryKeys';

// Drawers load on first open: their code (CodeMirror, exporters) stays out of the first frame's way.
const CypherConsole = dynamic(() => import('../console/CypherConsole'), { ssr: false });
const ExportPanel = dynamic(() => import('../export/ExportPanel'), { ssr: false });

const EXPAND_LIMIT = 25;

/** The whole explorer. */
export default function Explorer({
  fixture,
  fixtureSize,
  limit,
  consoleOpen: consoleOpenAtStart = false,
}: {
  fixture: string | null;
  fixtureSize: { nodes: number; edges: number };
  limit: number;
  consoleOpen?: boolean;
}) {
  const { t } = useI18n();
  const canvas = useRef<CanvasApi | null>(null);
  const g = useExplorerGraph((mutate) => (canvas.current ? canvas.current.batch(mutate) : mutate()));
  const { graph } = g;
  const [filters, setFilters] = useState<FilterState>(defaultFilters);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [loadState, setLoadState] = useState<{ kind: 'loading' | 'ok' | 'error'; message?: string; source: string }>({ kind: 'loading', source: 'neo4j' });
  const [phase, setPhase] = useState<'fa2' | 'noverlap' | 'done'>('done');
  const [pathOpen, setPathOpen] = useState(false);
  const [pathEnds, setPathEnds] = useState<{ from: PathEnd | null; to: PathEnd | null }>({ from: null, to: null });
  const [path, setPath] = useState<PathHighlight | null>(null);
  const [consoleOpen, setConsoleOpen] = useState(consoleOpenAtStart);
  const [exportOpen, setExportOpen] = useState(false);
  const loadStateRef = useRef(loadState);
  loadStateRef.current = loadState;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const sel = useRef({ node: selectedNode, edge: selectedEdge });
  sel.current = { node: selectedNode, edge: selectedEdge };

  const loadOverview = useCallback(async () => {
    setLoadState({ kind: 'loading', source: 'neo4j' });
    try {
      const payload = await takeOverview(limit);
      g.replace(payload, 'neo4j', false);
      setLoadState({ kind: 'ok', source: 'neo4j' });
    } catch (e) {
      setLoadState({ kind: 'error', message: (e as Error).message, source: 'neo4j' });
    }
  }, [g, limit]);

  const loadFixture = useCallback(
    async (name: 'big', options: { nodes?: number; edges?: number } = {}) => {
      setLoadState({ kind: 'loading', source: `fixture:${name}` });
      // Test and benchmark pages carry the generator (scripts/lib/big-graph-script.ts); the app's bundle does not.
      const generate = window.__trameFixtures?.[name];
      if (!generate) {
        setLoadState({ kind: 'error', message: `no "${name}" fixture in this page: the benchmark and the end-to-end tests add it`, source: `fixture:${name}` });
        return;
      }
      g.replace(generate(options), `fixture:${name}`, false);
      setLoadState({ kind: 'ok', source: `fixture:${name}` });
    },
    [g],
  );

  // A failed overview load is retried on the next healthy poll (Neo4j restarting, network blip).
  const health = useHealth((h) => {
    if (h === 'up' && !fixture && loadStateRef.current.kind === 'error') void loadOverview();
  });

  useEffect(() => {
    if (fixture === 'big') void loadFixture('big', fixtureSize);
    // A permalink (?focus= / ?query= / ?id=, filters, selection) opens its view; otherwise the overview.
    else
      void openPermalink(window.location.search, { replace: (p) => g.replace(p, 'permalink', false), setFilters, select: (id) => void selectNode(id), onError: setNote }).then(
        (opened) => (opened ? setLoadState({ kind: 'ok', source: 'permalink' }) : loadOverview()),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the initial load runs once, on mount; later loads are user actions
  }, []);

  const focusLater = useCallback((id: string) => {
    // Sigma indexes new nodes on its next frame; the camera can only move to them after that.
    requestAnimationFrame(() => requestAnimationFrame(() => canvas.current?.focusNode(id, document.querySelector('.right')?.clientWidth ?? 0)));
  }, []);

  const selectNode = useCallback(
    async (id: string) => {
      setSelectedEdge(null);
      setNote(null);
      if (!graph.hasNode(id)) {
        try {
          g.add(await api.expand(id, 10));
        } catch (e) {
          setNote((e as Error).message);
          return;
        }
      }
      setSelectedNode(id);
      focusLater(id);
    },
    [g, graph, focusLater],
  );

  const expandNode = useCallback(
    async (id: string) => {
      try {
        const payload = await api.expand(id, EXPAND_LIMIT);
        const added = g.add(payload, id);
        setNote(payload.more > 0 ? t('expand.more', { n: payload.more }) : added.nodes.length === 0 ? t('expand.none') : null);
      } catch (e) {
        setNote(e instanceof ApiError && e.status === 404 ? t('panel.notInDb') : (e as Error).message);
      }
    },
    [g, t],
  );

  const hideNode = useCallback(
    (id: string) => {
      g.hide([id]);
      setSelectedNode((s) => (s === id ? null : s));
    },
    [g],
  );

  const onConsoleGraph = useCallback(
    (payload: GraphPayload, mode: 'replace' | 'add') => {
      if (mode === 'replace') g.replace(payload, 'console');
      else g.add(payload);
      setLoadState({ kind: 'ok', source: mode === 'replace' ? 'console' : loadState.source });
    },
    [g, loadState.source],
  );

  useEffect(
    () =>
      installTrameHooks({
        graph,
        canvas: () => canvas.current,
        load: (p, mode) => onConsoleGraph(p, mode),
        loadFixture,
        selected: () => sel.current,
        select: (id) => void selectNode(id),
        selectEdge: (id) => {
          setSelectedNode(null);
          setSelectedEdge(id);
        },
        expand: expandNode,
        layoutRunning: () => layoutPending() || phaseRef.current !== 'done',
        visible: () => countVisible(graph, filtersRef.current),
      }),
    [graph, onConsoleGraph, loadFixture, selectNode, expandNode],
  );

  useHistoryKeys(g.undo, g.redo);

  const panelOpen = selectedNode !== null || selectedEdge !== null;
  return (
    <div className="app">
      <Toolbar
        graph={graph}
        transferMode={filters.transferMode}
        canUndo={g.canUndo}
        canRedo={g.canRedo}
        pathOpen={pathOpen}
        consoleOpen={consoleOpen}
        exportOpen={exportOpen}
        onToggleExport={() => setExportOpen((o) => !o)}
        onSearch={(c) => void selectNode(c.id)}
        onTransferMode={(m) => setFilters((f) => ({ ...f, transferMode: m }))}
        onUndo={g.undo}
        onRedo={g.redo}
        onFit={() => canvas.current?.fit()}
        onRelayout={() => g.relayout()}
        onReload={() => (fixture ? void loadFixture('big', fixtureSize) : void loadOverview())}
        onTogglePath={() => setPathOpen((o) => !o)}
        onToggleConsole={() => setConsoleOpen((o) => !o)}
      />
      <HealthBanner health={health} />
      <main className="main">
        <aside className="left">
          {pathOpen && (
            <PathPanel
              graph={graph}
              from={pathEnds.from}
              to={pathEnds.to}
              onEnds={(from, to) => setPathEnds({ from, to })}
              onResult={(payload, hl) => {
                if (payload && (payload.nodes.some((n) => !graph.hasNode(n.id)) || payload.edges.some((e) => !graph.hasEdge(e.id)))) g.add(payload);
                setPath(hl);
              }}
            />
          )}
          <FilterPanel graph={graph} version={g.version} filters={filters} onChange={setFilters} />
        </aside>
        <section className="stage">
          <div className="canvas-wrap">
            <GraphCanvas
              graph={graph}
              filters={filters}
              selectedNode={selectedNode}
              selectedEdge={selectedEdge}
              path={path}
              layoutRequest={g.layoutRequest}
              onNodeClick={(id) => void selectNode(id)}
              onNodeDoubleClick={(id) => void expandNode(id)}
              onEdgeClick={(id) => {
                setSelectedNode(null);
                setSelectedEdge(id);
              }}
              onStageClick={() => {
                setSelectedNode(null);
                setSelectedEdge(null);
              }}
              onLayoutPhase={(p) => {
                phaseRef.current = p;
                setPhase(p);
              }}
              onReady={(a) => (canvas.current = a)}
            />
            <StatusLine graph={graph} version={g.version} total={g.total} filters={filters} loadState={loadState} phase={phase} note={note} />
            {consoleOpen && (
              <div className="console-drawer" data-testid="console-drawer">
                <div className="drawer-head">
                  <strong>{t('console.title')}</strong>
                  <button className="icon" onClick={() => setConsoleOpen(false)} aria-label={t('panel.close')}>
                    ×
                  </button>
                </div>
                <CypherConsole onGraph={onConsoleGraph} />
              </div>
            )}
            {panelOpen && (
              <aside className="right" data-testid="side-panel">
                {selectedNode ? (
                  <NodePanel
                    key={selectedNode}
                    graph={graph}
                    id={selectedNode}
                    note={note}
                    onSelect={(id) => void selectNode(id)}
                    onExpand={(id) => void expandNode(id)}
                    onHide={hideNode}
                    onPathEnd={(which, id, name) => {
                      setPathOpen(true);
                      setPathEnds((e) => ({ ...e, [which]: { id, name } }));
                    }}
                    onClose={() => setSelectedNode(null)}
                  />
                ) : (
                  selectedEdge && <EdgePanel key={selectedEdge} graph={graph} id={selectedEdge} onSelectNode={(id) => void selectNode(id)} onClose={() => setSelectedEdge(null)} />
                )}
              </aside>
            )}
            {exportOpen && (
              <div className={`export-drawer ${panelOpen ? 'beside-panel' : ''}`} data-testid="export-drawer">
                <ExportPanel
                  graph={graph}
                  filters={filters}
                  selection={selectedNode}
                  getCamera={() => canvas.current?.camera() ?? null}
                  getViewport={() => canvas.current?.viewport() ?? null}
                  onClose={() => setExportOpen(false)}
                />
              </div>
            )}
          </div>
          <Timeline graph={graph} version={g.version} range={filters.timeRange} onRange={(r) => setFilters((f) => ({ ...f, timeRange: r }))} onSelect={(id) => void selectNode(id)} />
        </section>
      </main>
    </div>
  );
}
