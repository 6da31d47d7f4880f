'use client';

// The explorer page: graph in the middle, filters and path finder on the left, the inspector as a
// resizable pane on the right, the Cypher console as a resizable pane under the graph (panes sit side
// by side and never cover each other), timeline at the bottom. State that changes per node lives in the
// graphology graph, never in React; the rest is one concept per module under lib/state, wired here by one
// hook per concern: panes, selection, camera, graph actions, loading.
import { useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { countVisible, defaultFilters, nodeVisible, type FilterState } from '@/lib/graph/filters';
import { setTransferMode } from '@/lib/state/filters';
import { clearSelection, keepExisting } from '@/lib/state/selection';
import { replayable } from '@/lib/state/graph-view';
import GraphCanvas from '../graph/GraphCanvas';
import { takeFirstFrame } from '../graph/first-frame';
import type { CanvasApi } from '../graph/canvas-api';
import { useI18n } from '../i18n';
import ConsolePane from './ConsolePane';
import FilterPanel from './FilterPanel';
import HealthBanner from './HealthBanner';
import InspectorPane from './InspectorPane';
import PathPanel, { type PathEnd, type PathHighlight } from './PathPanel';
import StatusLine from './StatusLine';
import Timeline from './Timeline';
import Toolbar from './Toolbar';
import { layoutPending } from './perf';
import { installTrameHooks } from './trame-hooks';
import { useCameraController } from './useCameraController';
import { useExplorerGraph } from './useExplorerGraph';
import { useGraphActions } from './useGraphActions';
import { useGraphLoading } from './useGraphLoading';
import { useHistoryKeys } from './useHistoryKeys';
import { usePanels } from './usePanels';
import { useSelection } from './useSelection';

// The export drawer loads on first open: its code (exporters) stays out of the first frame's way.
const ExportPanel = dynamic(() => import('../export/ExportPanel'), { ssr: false });

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
  // The first graph, when the page's first-frame entry drew it before React: adopted, not loaded again.
  const [firstFrame] = useState(takeFirstFrame);
  const g = useExplorerGraph((mutate) => (canvas.current ? canvas.current.batch(mutate) : mutate()), firstFrame?.graph);
  const { graph } = g;
  const [filters, setFilters] = useState<FilterState>(() => firstFrame?.filters ?? defaultFilters());
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const { selection, setSelection, setSelectedNode, setSelectedEdge, current: sel } = useSelection();
  const stageRef = useRef<HTMLElement>(null);
  const stageSize = () => ({ width: stageRef.current?.clientWidth ?? 1200, height: stageRef.current?.clientHeight ?? 800 });
  const { panels, setPathOpen, setConsoleOpen, setExportOpen, setInspectorOpen, showInspector, resizeInspectorBy, resizeConsoleBy } = usePanels(consoleOpenAtStart, stageSize);
  const camera = useCameraController(canvas, filters, `${panels.console}|${panels.inspector}`);
  const [note, setNote] = useState<string | null>(null);
  const [phase, setPhase] = useState<'fa2' | 'noverlap' | 'done'>('done');
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const [pathEnds, setPathEnds] = useState<{ from: PathEnd | null; to: PathEnd | null }>({ from: null, to: null });
  const [path, setPath] = useState<PathHighlight | null>(null);

  const { selectNode, expandNode, focusOn, hideNode } = useGraphActions({ g, t, setNote, setSelection, setSelectedNode, setSelectedEdge, showInspector, focusLater: camera.focusLater, frameResult: camera.frameResult });
  const { loadState, loadFixture, reload, onConsoleGraph, health } = useGraphLoading({ g, fixture, fixtureSize, limit, firstFrame, setFilters, setCamera: camera.setPendingCamera, select: (id) => void selectNode(id), setNote });

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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sel is a ref; the setters wrap state setters
    [graph, onConsoleGraph, loadFixture, selectNode, expandNode],
  );

  useHistoryKeys(g.undo, g.redo);

  // A selection whose node or edge left the view (hidden, undone) is dropped.
  useEffect(() => setSelection((s) => keepExisting(s, graph)), [graph, g.version, setSelection]);

  const permalinkSubject = replayable(g.view) ? { focus: g.view.focus ?? undefined, query: g.view.query ?? undefined, expanded: g.view.expanded, hidden: g.view.hidden, ids: g.view.origin === 'ids' ? g.view.ids : undefined } : undefined;

  return (
    <div className="app">
      <Toolbar
        graph={graph}
        transferMode={filters.transferMode}
        canUndo={g.canUndo}
        canRedo={g.canRedo}
        pathOpen={panels.path}
        consoleOpen={panels.console}
        exportOpen={panels.export}
        onToggleExport={() => setExportOpen((o) => !o)}
        onSearch={(c) => void selectNode(c.id)}
        onTransferMode={(m) => setFilters((f) => setTransferMode(f, m))}
        onUndo={g.undo}
        onRedo={g.redo}
        onFit={() => canvas.current?.fit()}
        inspectorOpen={panels.inspector}
        onToggleInspector={() => setInspectorOpen((o) => !o)}
        onRelayout={() => g.relayout()}
        onReload={reload}
        onTogglePath={() => setPathOpen((o) => !o)}
        onToggleConsole={() => setConsoleOpen((o) => !o)}
      />
      <HealthBanner health={health} />
      <main className="main">
        <aside className="left">
          {panels.path && (
            <PathPanel
              graph={graph}
              from={pathEnds.from}
              to={pathEnds.to}
              onEnds={(from, to) => setPathEnds({ from, to })}
              onResult={(payload, hl) => {
                if (payload && (payload.nodes.some((n) => !graph.hasNode(n.id)) || payload.edges.some((e) => !graph.hasEdge(e.id)))) g.add(payload);
                setPath(hl);
                // The camera follows the path.
                if (hl && hl.nodes.size > 0) camera.frameResult([...hl.nodes]);
              }}
            />
          )}
          <FilterPanel graph={graph} version={g.version} filters={filters} onChange={setFilters} />
        </aside>
        <section
          className={`stage ${panels.inspector ? 'with-inspector' : ''} ${panels.console ? 'with-console' : ''}`}
          ref={stageRef}
          style={{ ['--inspector-w' as string]: `${panels.inspectorWidth}px`, ['--console-h' as string]: `${panels.consoleHeight}px` }}
          data-testid="stage"
        >
          <div className="canvas-wrap">
            <GraphCanvas
              graph={graph}
              filters={filters}
              selectedNode={selection.node}
              selectedEdge={selection.edge}
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
                if (p === 'done') camera.onLayoutDone();
              }}
              onReady={(a) => (canvas.current = a)}
              firstFrame={firstFrame}
            />
            <StatusLine graph={graph} version={g.version} total={g.total} filters={filters} loadState={loadState} phase={phase} note={note} />
            {panels.export && (
              <div className="export-drawer" data-testid="export-drawer">
                <ExportPanel
                  graph={graph}
                  filters={filters}
                  selection={selection.node}
                  subject={permalinkSubject}
                  getCamera={() => canvas.current?.camera() ?? null}
                  getViewport={() => canvas.current?.viewport() ?? null}
                  onClose={() => setExportOpen(false)}
                />
              </div>
            )}
          </div>
          {panels.inspector && (
            <InspectorPane
              graph={graph}
              node={selection.node}
              edge={selection.edge}
              note={note}
              onResize={resizeInspectorBy}
              onSelect={(id) => void selectNode(id)}
              onExpand={(id) => void expandNode(id)}
              onFocus={(id) => void focusOn(id)}
              onHide={hideNode}
              onPathEnd={(which, id, name) => {
                setPathOpen(true);
                setPathEnds((e) => ({ ...e, [which]: { id, name } }));
              }}
              onCloseNode={() => setSelectedNode(null)}
              onCloseEdge={() => setSelectedEdge(null)}
            />
          )}
          {panels.console && <ConsolePane onResize={resizeConsoleBy} onClose={() => setConsoleOpen(false)} onGraph={onConsoleGraph} />}
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
