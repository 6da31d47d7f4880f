'use client';

// The explorer's graph model: one graphology instance for the page's lifetime, mutated in place by
// loads, expansions and pruning, with snapshot-based undo/redo. React only sees a version number.
import { useCallback, useRef, useState } from 'react';
import type { SerializedGraph } from 'graphology-types';
import {
  createGraph,
  dropNodes,
  mergePayload,
  replaceWithPayload,
  restore,
  snapshot,
  type EdgeAttrs,
  type ExplorerGraph,
  type MergeResult,
  type NodeAttrs,
} from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import { markLayoutRequested, markLoadStart } from './perf';

type Snap = { graph: SerializedGraph<NodeAttrs, EdgeAttrs>; total: Totals | null };
type Totals = { nodes: number; edges: number };

const HISTORY = 30;

export interface LayoutRequest {
  id: number;
  budgetMs?: number;
  resetCamera?: boolean;
}

/** Graph state + operations; every operation is undoable. `batch` lets the canvas pause during bulk changes. */
export function useExplorerGraph(batch: (mutate: () => void) => void = (m) => m()) {
  const batchRef = useRef(batch);
  batchRef.current = batch;
  const graphRef = useRef<ExplorerGraph | null>(null);
  if (!graphRef.current) graphRef.current = createGraph();
  const graph = graphRef.current;
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<Totals | null>(null);
  const [layoutRequest, setLayoutRequest] = useState<LayoutRequest>({ id: 0 });
  const undoStack = useRef<Snap[]>([]);
  const redoStack = useRef<Snap[]>([]);
  const totalRef = useRef<Totals | null>(null);

  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const setTotals = useCallback((t: Totals | null) => {
    totalRef.current = t;
    setTotal(t);
  }, []);
  const layoutId = useRef(0);
  const layout = useCallback((budgetMs?: number, resetCamera?: boolean) => {
    const id = ++layoutId.current;
    markLayoutRequested(id);
    setLayoutRequest({ id, budgetMs, resetCamera });
  }, []);

  const checkpoint = useCallback(() => {
    undoStack.current.push({ graph: snapshot(graph), total: totalRef.current });
    if (undoStack.current.length > HISTORY) undoStack.current.shift();
    redoStack.current = [];
  }, [graph]);

  /** Replaces the view with a payload (overview, fixture, console result). */
  const replace = useCallback(
    (payload: GraphPayload, source: string, record = true) => {
      if (record && graph.order > 0) checkpoint();
      markLoadStart(source);
      batchRef.current(() => replaceWithPayload(graph, payload));
      setTotals(payload.total ?? { nodes: graph.order, edges: payload.edges.length });
      bump();
      layout(undefined, true);
    },
    [graph, checkpoint, bump, layout, setTotals],
  );

  /** Adds a payload to the view (expansion, path, console "add"); new nodes grow out of `anchor`. */
  const add = useCallback(
    (payload: GraphPayload, anchor?: string): MergeResult => {
      checkpoint();
      let added: MergeResult = { nodes: [], edges: [] };
      batchRef.current(() => (added = mergePayload(graph, payload, { anchor })));
      if (totalRef.current && totalRef.current.nodes < graph.order) setTotals({ nodes: graph.order, edges: Math.max(totalRef.current.edges, graph.size) });
      bump();
      if (added.nodes.length > 0) layout(Math.min(2_500, 800 + graph.order * 0.2));
      return added;
    },
    [graph, checkpoint, bump, layout, setTotals],
  );

  /** Removes nodes from the view (not from Neo4j). */
  const hide = useCallback(
    (ids: string[]) => {
      checkpoint();
      batchRef.current(() => dropNodes(graph, ids));
      bump();
    },
    [graph, checkpoint, bump],
  );

  const step = useCallback(
    (from: { current: Snap[] }, to: { current: Snap[] }) => {
      const snap = from.current.pop();
      if (!snap) return false;
      to.current.push({ graph: snapshot(graph), total: totalRef.current });
      batchRef.current(() => restore(graph, snap.graph));
      setTotals(snap.total);
      bump();
      return true;
    },
    [graph, bump, setTotals],
  );

  const undo = useCallback(() => step(undoStack, redoStack), [step]);
  const redo = useCallback(() => step(redoStack, undoStack), [step]);

  return {
    graph,
    version,
    total,
    layoutRequest,
    relayout: layout,
    replace,
    add,
    hide,
    undo,
    redo,
    canUndo: undoStack.current.length > 0,
    canRedo: redoStack.current.length > 0,
  };
}
