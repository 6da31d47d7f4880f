'use client';

// The explorer page: graph in the middle, filters and path finder on the left, the inspector as a
// resizable pane on the right, the Cypher console as a resizable pane under the graph (panes sit side
// by side and never cover each other), timeline at the bottom. State that changes per node lives in the
// graphology graph, never in React; the rest is one concept per module under lib/state.
import { useCallback, useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { countVisible, defaultFilters, nodeVisible, type FilterState } from '@/lib/graph/filters';
import { setTransferMode } from '@/lib/state/filters';
import { initialPanels, resizeConsole, resizeInspector, togglePanel, type PanelsState } from '@/lib/state/panels';
import { clearSelection, emptySelection, keepExisting, selectEdge as pickEdge, selectNode as pickNode, type SelectionState } from '@/lib/state/selection';
import { replayable } from '@/lib/state/graph-view';
import type { GraphPayload } from '@/lib/graph/payload';
import GraphCanvas, { type CanvasApi } from '../graph/GraphCanvas';
import { openPermalink } from '../export/permalink-view';
import { useI18n } from '../i18n';
import { api, ApiError } from '@/lib/api/client';
import EdgePanel from './EdgePanel';
import FilterPanel from './FilterPanel';
import HealthBanner, { useHealth } from './HealthBanner';
import InspectorHint from './InspectorHint';
import PaneResizer from './PaneResizer';
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
  const { t, rel } = useI18n();
  const canvas = useRef<CanvasApi | null>(null);
  const g = useExplorerGraph((mutate) => (canvas.current ? canvas.current.batch(mutate) : mutate()));
  const { graph } = g;
  const [filters, setFilters] = useState<FilterState>(defaultFilters);
  const [selection, setSelection] = useState<SelectionState>(emptySelection);
  const selectedNode = selection.node;
  const selectedEdge = selection.edge;
  const [panels, setPanels] = useState<PanelsState>(() => initialPanels({ console: consoleOpenAtStart, inspector: true }));
  const stageRef = useRef<HTMLElement>(null);
  // Nodes to frame once the running layout settles (an expansion, a path).
  const frameAfterLayout = useRef<string[] | null>(null);
  // A permalink's camera, applied once its view is laid out.
  const pendingCamera = useRef<{ x: number; y: number; ratio: number; angle: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [loadState, setLoadState] = useState<{ kind: 'loading' | 'ok' | 'error'; message?: string; source: string }>({ kind: 'loading', source: 'neo4j' });
  const [phase, setPhase] = useState<'fa2' | 'noverlap' | 'done'>('done');
  const pathOpen = panels.path;
  const setPathOpen = (open: boolean | ((o: boolean) => boolean)) => setPanels((p) => togglePanel(p, 'path', typeof open === 'function' ? open(p.path) : open));
  const [pathEnds, setPathEnds] = useState<{ from: PathEnd | null; to: PathEnd | null }>({ from: null, to: null });
  const [path, setPath] = useState<PathHighlight | null>(null);
  const consoleOpen = panels.console;
  const setConsoleOpen = (open: boolean | ((o: boolean) => boolean)) => setPanels((p) => togglePanel(p, 'console', typeof open === 'function' ? open(p.console) : open));
  const exportOpen = panels.export;
  const setExportOpen = (open: boolean | ((o: boolean) => boolean)) => setPanels((p) => togglePanel(p, 'export', typeof open === 'function' ? open(p.export) : open));
  // Selecting something opens the inspector if the user had closed it.
  const showInspector = () => setPanels((p) => togglePanel(p, 'inspector', true));
  const setSelectedNode = (id: string | null | ((s: string | null) => string | null)) =>
    setSelection((s) => {
      const next = typeof id === 'function' ? id(s.node) : id;
      return next ? pickNode(s, next) : s.node ? clearSelection(s) : s;
    });
  const setSelectedEdge = (id: string | null) => setSelection((s) => (id ? pickEdge(s, id) : s.edge ? clearSelection(s) : s));
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
      g.replace(payload, 'neo4j', false, { origin: 'overview' });
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
      void openPermalink(window.location.search, {
        replace: (p, origin) => g.replace(p, 'permalink', false, origin),
        expand: async (id) => void g.add(await api.expand(id, EXPAND_LIMIT), id),
        hide: (ids) => g.hide(ids),
        overview: async () => g.replace(await api.graph(limit), 'permalink', false, { origin: 'overview' }),
        setFilters,
        setCamera: (c) => (pendingCamera.current = c),
        select: (id) => void selectNode(id),
        onError: setNote,
      }).then((opened) => {
        if (opened) return setLoadState({ kind: 'ok', source: 'permalink' });
        // The first screen shows the actors and the facts between them; claims (sentences) are one tick away.
        setFilters((f) => ({ ...f, hiddenLabels: new Set([...f.hiddenLabels, 'Claim']) }));
        return loadOverview();
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the initial load runs once, on mount; later loads are user actions
  }, []);

  const focusLater = useCallback((id: string) => {
    // Sigma indexes new nodes on its next frame; the camera can only move to them after that.
    requestAnimationFrame(() => requestAnimationFrame(() => canvas.current?.focusNode(id, 0)));
  }, []);

  /** Frames nodes now (they may still move) and again when the layout settles. */
  const frameResult = useCallback((ids: string[]) => {
    frameAfterLayout.current = ids;
    requestAnimationFrame(() => requestAnimationFrame(() => canvas.current?.fit(ids)));
  }, []);

  const selectNode = useCallback(
    async (id: string) => {
      setSelectedEdge(null);
      setNote(null);
      if (!graph.hasNode(id)) {
        try {
          g.add(await api.expand(id, 10), id);
        } catch (e) {
          setNote((e as Error).message);
          return;
        }
      }
      setSelectedNode(id);
      showInspector();
      focusLater(id);
    },
    [g, graph, focusLater],
  );

  const expandNode = useCallback(
    async (id: string) => {
      try {
        const payload = await api.expand(id, EXPAND_LIMIT);
        const added = g.add(payload, id);
        // The camera follows the result: the expanded node and its neighbours, new or already in view.
        if (added.nodes.length > 0) frameResult([id, ...payload.nodes.map((n) => n.id)]);
        setNote(payload.more > 0 ? t('expand.more', { n: payload.more }) : added.nodes.length === 0 ? t('expand.none') : null);
      } catch (e) {
        setNote(e instanceof ApiError && e.status === 404 ? t('panel.notInDb') : (e as Error).message);
      }
    },
    [g, t, frameResult],
  );

  /** Replaces the view with one entity's neighbourhood: a focused view whose permalink is a few words. */
  const focusOn = useCallback(
    async (id: string) => {
      try {
        const body = await api.map(new URLSearchParams({ focus: id }));
        g.replace(body.graph, 'focus', true, { origin: 'focus', focus: id });
        setSelection((s) => pickNode(s, id));
      } catch (e) {
        setNote((e as Error).message);
      }
    },
    [g],
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
      if (mode === 'replace') g.replace(payload, 'console', true, { origin: 'console' });
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
        visibleByLabel: () => {
          const out: Record<string, number> = {};
          graph.forEachNode((_id, a) => {
            if (nodeVisible(a, filtersRef.current)) out[a.nodeLabel] = (out[a.nodeLabel] ?? 0) + 1;
          });
          return out;
        },
      }),
    [graph, onConsoleGraph, loadFixture, selectNode, expandNode],
  );

  useHistoryKeys(g.undo, g.redo);

  // A selection whose node or edge left the view (hidden, undone) is dropped.
  useEffect(() => setSelection((s) => keepExisting(s, graph)), [graph, g.version]);

  // Filters changed: frame what they leave (hidden mode), so isolating a kind shows it, not a corner.
  const filtersSeen = useRef(filters);
  useEffect(() => {
    if (filtersSeen.current === filters) return;
    const transfersOnly = filtersSeen.current.transferMode !== filters.transferMode;
    filtersSeen.current = filters;
    if (!transfersOnly && filters.filteredOut === 'hide') requestAnimationFrame(() => canvas.current?.fit());
  }, [filters]);

  // A pane opened or closed resizes the canvas: frame the graph again in the room it has now.
  const paneShape = `${panels.console}|${panels.inspector}`;
  const paneShapeSeen = useRef(paneShape);
  useEffect(() => {
    if (paneShapeSeen.current === paneShape) return;
    paneShapeSeen.current = paneShape;
    // After sigma's ResizeObserver has taken the new size.
    const id = setTimeout(() => canvas.current?.fit(), 120);
    return () => clearTimeout(id);
  }, [paneShape]);

  const stageSize = () => ({ width: stageRef.current?.clientWidth ?? 1200, height: stageRef.current?.clientHeight ?? 800 });
  const permalinkSubject = replayable(g.view) ? { focus: g.view.focus ?? undefined, query: g.view.query ?? undefined, expanded: g.view.expanded, hidden: g.view.hidden, ids: g.view.origin === 'ids' ? g.view.ids : undefined } : undefined;

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
        onTransferMode={(m) => setFilters((f) => setTransferMode(f, m))}
        onUndo={g.undo}
        onRedo={g.redo}
        onFit={() => canvas.current?.fit()}
        inspectorOpen={panels.inspector}
        onToggleInspector={() => setPanels((p) => togglePanel(p, 'inspector'))}
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
                // The camera follows the path.
                if (hl && hl.nodes.size > 0) frameResult([...hl.nodes]);
              }}
            />
          )}
          <FilterPanel graph={graph} version={g.version} filters={filters} onChange={setFilters} />
        </aside>
        <section
          className={`stage ${panels.inspector ? 'with-inspector' : ''} ${consoleOpen ? 'with-console' : ''}`}
          ref={stageRef}
          style={{ ['--inspector-w' as string]: `${panels.inspectorWidth}px`, ['--console-h' as string]: `${panels.consoleHeight}px` }}
          data-testid="stage"
        >
          <div className="canvas-wrap">
            <GraphCanvas
              graph={graph}
              filters={filters}
              selectedNode={selectedNode}
              selectedEdge={selectedEdge}
              path={path}
              relText={rel}
              layoutRequest={g.layoutRequest}
              onNodeClick={(id) => void selectNode(id)}
              onNodeDoubleClick={(id) => void expandNode(id)}
              onEdgeClick={(id) => {
                setSelectedEdge(id);
                showInspector();
              }}
              onStageClick={() => setSelection(clearSelection)}
              onLayoutPhase={(p) => {
                phaseRef.current = p;
                setPhase(p);
                if (p === 'done' && pendingCamera.current) {
                  canvas.current?.setCamera(pendingCamera.current);
                  pendingCamera.current = null;
                  frameAfterLayout.current = null;
                }
                if (p === 'done' && frameAfterLayout.current) {
                  const ids = frameAfterLayout.current;
                  frameAfterLayout.current = null;
                  canvas.current?.fit(ids);
                }
              }}
              onReady={(a) => (canvas.current = a)}
            />
            <StatusLine graph={graph} version={g.version} total={g.total} filters={filters} loadState={loadState} phase={phase} note={note} />
            {exportOpen && (
              <div className="export-drawer" data-testid="export-drawer">
                <ExportPanel
                  graph={graph}
                  filters={filters}
                  selection={selectedNode}
                  subject={permalinkSubject}
                  getCamera={() => canvas.current?.camera() ?? null}
                  getViewport={() => canvas.current?.viewport() ?? null}
                  onClose={() => setExportOpen(false)}
                />
              </div>
            )}
          </div>
          {panels.inspector && (
            <aside className="right inspector-pane" data-testid="inspector-pane">
              <PaneResizer axis="x" onResize={(dx) => setPanels((p) => resizeInspector(p, p.inspectorWidth - dx, stageSize()))} label={t('pane.resizeInspector')} />
              {selectedNode ? (
                <div className="pane-body" data-testid="side-panel">
                  <NodePanel
                    key={selectedNode}
                    graph={graph}
                    id={selectedNode}
                    note={note}
                    onSelect={(id) => void selectNode(id)}
                    onExpand={(id) => void expandNode(id)}
                    onFocus={(id) => void focusOn(id)}
                    onHide={hideNode}
                    onPathEnd={(which, id, name) => {
                      setPathOpen(true);
                      setPathEnds((e) => ({ ...e, [which]: { id, name } }));
                    }}
                    onClose={() => setSelectedNode(null)}
                  />
                </div>
              ) : selectedEdge ? (
                <div className="pane-body" data-testid="side-panel">
                  <EdgePanel key={selectedEdge} graph={graph} id={selectedEdge} onSelectNode={(id) => void selectNode(id)} onClose={() => setSelectedEdge(null)} />
                </div>
              ) : (
                <div className="pane-body">
                  <InspectorHint />
                </div>
              )}
            </aside>
          )}
          {consoleOpen && (
            <div className="console-drawer console-pane" data-testid="console-drawer">
              <PaneResizer axis="y" onResize={(dy) => setPanels((p) => resizeConsole(p, p.consoleHeight - dy, stageSize()))} label={t('pane.resizeConsole')} />
              <div className="drawer-head">
                <strong>{t('console.title')}</strong>
                <button className="icon" onClick={() => setConsoleOpen(false)} aria-label={t('panel.close')}>
                  ×
                </button>
              </div>
              <CypherConsole onGraph={onConsoleGraph} />
            </div>
          )}
          <Timeline
            graph={graph}
            version={g.version}
            range={filters.timeRange}
            undated={filters.undated}
            onUndated={(u) => setFilters((f) => ({ ...f, undated: u }))}
            onRange={(r) => setFilters((f) => ({ ...f, timeRange: r }))}
            onSelect={(id) => void selectNode(id)}
          />
        </section>
      </main>
    </div>
  );
}
