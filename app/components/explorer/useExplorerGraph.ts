'use client';

// The explorer's graph model: one graphology instance for the page's lifetime, mutated in place by
// loads, expansions and pruning. Undo/redo keep diffs (lib/state/history), and the view's recipe
// (lib/state/graph-view) follows every step so a permalink can replay it. React only sees a version number.
import { useCallback, useRef, useState } from 'react';
import { applyDiff, dropWithDiff, emptyHistory, mergeWithDiff, record, redoStep, replaceWithDiff, undoStep, type GraphDiff, type HistoryState } from '@/lib/state/history';
import { expandedView, hiddenView, overviewView, startView, type GraphViewState } from '@/lib/state/graph-view';
import { createGraph, replaceWithPayload, type ExplorerGraph, type MergeResult } from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import { markLayoutDone, markLayoutRequested, markLoadStart } from './perf';

type Totals = { nodes: number; edges: number };

export interface LayoutRequest {
  id: number;
  budgetMs?: number;
  resetCamera?: boolean;
}

/** Where a replacement came from, for the permalink recipe. */
export type ViewOrigin = { origin: GraphViewState['origin']; focus?: string; query?: string; ids?: string[] };

/**
 * Graph state + operations; every operation is undoable. `batch` lets the canvas pause during bulk changes.
 * `adopted` is a graph already filled and drawn before the explorer mounted (graph/first-frame.ts).
 */
export function useExplorerGraph(batch: (mutate: () => void) => void = (m) => m(), adopted?: ExplorerGraph) {
  const batchRef = useRef(batch);
  batchRef.current = batch;
  const graphRef = useRef<ExplorerGraph | null>(null);
  if (!graphRef.current) graphRef.current = adopted ?? createGraph();
  const graph = graphRef.current;
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<Totals | null>(null);
  const [layoutRequest, setLayoutRequest] = useState<LayoutRequest>({ id: 0 });
  const history = useRef<HistoryState>(emptyHistory());
  // The recipe travels with the history: each entry remembers the recipe before its step.
  const views = useRef<{ undo: GraphViewState[]; redo: GraphViewState[] }>({ undo: [], redo: [] });
  const [view, setViewState] = useState<GraphViewState>(overviewView);
  const viewRef = useRef(view);
  const totalRef = useRef<Totals | null>(null);

  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const setTotals = useCallback((t: Totals | null) => {
    totalRef.current = t;
    setTotal(t);
  }, []);
  const setView = useCallback((v: GraphViewState) => {
    viewRef.current = v;
    setViewState(v);
  }, []);
  const layoutId = useRef(0);
  /** The next layout's number, counted as asked for from now on (perf.ts). */
  const nextLayoutId = useCallback(() => {
    const id = ++layoutId.current;
    markLayoutRequested(id);
    return id;
  }, []);
  const layout = useCallback(
    (budgetMs?: number, resetCamera?: boolean) => setLayoutRequest({ id: nextLayoutId(), budgetMs, resetCamera }),
    [nextLayoutId],
  );

  const commit = useCallback(
    (diff: GraphDiff, next: GraphViewState) => {
      const h = record(history.current, diff);
      if (h !== history.current) {
        views.current = { undo: [...views.current.undo, viewRef.current].slice(-h.undo.length), redo: [] };
        history.current = h;
      }
      setView(next);
    },
    [setView],
  );

  /** Replaces the view with a payload (overview, focus, fixture, console result). */
  const replace = useCallback(
    (payload: GraphPayload, source: string, recordStep = true, origin: ViewOrigin = { origin: 'overview' }) => {
      markLoadStart(source);
      const after = payload.total ?? { nodes: payload.nodes.length, edges: payload.edges.length };
      let diff: GraphDiff | null = null;
      // A step is recorded only when it drops something: no copy of a first load's 10k nodes and 30k edges.
      const undoable = recordStep && graph.order > 0;
      batchRef.current(() => {
        if (undoable) diff = replaceWithDiff(graph, payload, { before: totalRef.current, after });
        else replaceWithPayload(graph, payload);
      });
      const next = startView(viewRef.current, origin.origin, origin);
      if (recordStep && diff && (diff as GraphDiff).dropNodes.length > 0) commit(diff, next);
      else setView(next);
      setTotals(after);
      bump();
      layout(undefined, true);
    },
    [graph, commit, setView, bump, layout, setTotals],
  );

  /**
   * Takes the graph drawn before the explorer mounted as its first load (already in `graph`, already timed
   * and drawn): its totals and the overview's recipe, then its layout, as `replace` would. The state updates
   * come in a task after the one that mounts the explorer (asked for in that commit, they re-rendered the
   * whole explorer and started the layout in it: one long task), and the layout starts in the task after
   * them (a passive effect); the layout counts as asked for from the mount on. Returns the cancel.
   */
  const adopt = useCallback(
    (total: Totals) => {
      const id = nextLayoutId();
      const timer = setTimeout(() => {
        setView(startView(viewRef.current, 'overview', {}));
        setTotals(total);
        bump();
        setLayoutRequest({ id, resetCamera: true });
      }, 0);
      return () => {
        clearTimeout(timer);
        // Unmounted before the layout was asked for: it will not run.
        markLayoutDone(id);
      };
    },
    [setView, bump, setTotals, nextLayoutId],
  );

  /** Adds a payload to the view (expansion, path, console "add"); new nodes grow out of `anchor`. */
  const add = useCallback(
    (payload: GraphPayload, anchor?: string): MergeResult => {
      let added: MergeResult = { nodes: [], edges: [] };
      const before = totalRef.current;
      batchRef.current(() => {
        const r = mergeWithDiff(graph, payload, anchor, { before, after: before });
        added = r.added;
        const after = before && before.nodes < graph.order ? { nodes: graph.order, edges: Math.max(before.edges, graph.size) } : before;
        r.diff.totals.after = after;
        commit(r.diff, anchor ? expandedView(viewRef.current, anchor) : viewRef.current);
        if (after !== before) setTotals(after);
      });
      bump();
      if (added.nodes.length > 0) layout(Math.min(2_500, 800 + graph.order * 0.2));
      return added;
    },
    [graph, commit, bump, layout, setTotals],
  );

  /** Removes nodes from the view (not from Neo4j). */
  const hide = useCallback(
    (ids: string[]) => {
      batchRef.current(() => commit(dropWithDiff(graph, ids, totalRef.current), hiddenView(viewRef.current, ids)));
      bump();
    },
    [graph, commit, bump],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const r = direction === 'undo' ? undoStep(history.current) : redoStep(history.current);
      if (!r.apply) return false;
      const diff = r.apply;
      history.current = r.history;
      const from = direction === 'undo' ? views.current.undo : views.current.redo;
      const to = direction === 'undo' ? views.current.redo : views.current.undo;
      const restored = from.at(-1) ?? viewRef.current;
      views.current = direction === 'undo' ? { undo: from.slice(0, -1), redo: [...to, viewRef.current] } : { undo: [...to, viewRef.current], redo: from.slice(0, -1) };
      batchRef.current(() => applyDiff(graph, diff));
      setView(restored);
      setTotals(diff.totals.after);
      bump();
      return true;
    },
    [graph, bump, setTotals, setView],
  );

  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  return {
    graph,
    version,
    total,
    view,
    layoutRequest,
    relayout: layout,
    replace,
    adopt,
    add,
    hide,
    undo,
    redo,
    canUndo: history.current.undo.length > 0,
    canRedo: history.current.redo.length > 0,
  };
}
