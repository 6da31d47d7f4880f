// Undo and redo by diffs: each step records only the nodes and relationships it added or removed
// (with their attributes), never a copy of the whole graph. Folded transfer arrows, sizes and statuses
// are derived, so they are recomputed after a step rather than recorded.
import { dropNodes, mergePayload, refreshDerived, replaceWithPayload, type EdgeAttrs, type ExplorerGraph, type MergeResult, type NodeAttrs } from '../graph/graphology';
import type { GraphPayload } from '../graph/payload';

type NodeEntry = [id: string, attrs: NodeAttrs];
type EdgeEntry = [id: string, source: string, target: string, attrs: EdgeAttrs];
type Totals = { nodes: number; edges: number } | null;

/** What one step changed. Applying it goes forward; `invert` gives the way back. */
export interface GraphDiff {
  addNodes: NodeEntry[];
  dropNodes: NodeEntry[];
  addEdges: EdgeEntry[];
  dropEdges: EdgeEntry[];
  totals: { before: Totals; after: Totals };
}

/** Undo and redo stacks of diffs. */
export interface HistoryState {
  undo: GraphDiff[];
  redo: GraphDiff[];
}

export const HISTORY_DEPTH = 30;

/** No history. */
export function emptyHistory(): HistoryState {
  return { undo: [], redo: [] };
}

/** Records a step: it goes on the undo stack (oldest dropped past `depth`) and the redo stack empties. */
export function record(h: HistoryState, diff: GraphDiff, depth = HISTORY_DEPTH): HistoryState {
  if (isEmptyDiff(diff)) return h;
  return { undo: [...h.undo, diff].slice(-depth), redo: [] };
}

/** Takes the last step off the undo stack: the diff to apply (already inverted) and the new history. */
export function undoStep(h: HistoryState): { history: HistoryState; apply: GraphDiff | null } {
  const last = h.undo.at(-1);
  if (!last) return { history: h, apply: null };
  return { history: { undo: h.undo.slice(0, -1), redo: [...h.redo, last] }, apply: invert(last) };
}

/** Takes the last undone step back: the diff to apply and the new history. */
export function redoStep(h: HistoryState): { history: HistoryState; apply: GraphDiff | null } {
  const last = h.redo.at(-1);
  if (!last) return { history: h, apply: null };
  return { history: { undo: [...h.undo, last], redo: h.redo.slice(0, -1) }, apply: last };
}

/** The diff that undoes `d`. */
export function invert(d: GraphDiff): GraphDiff {
  return { addNodes: d.dropNodes, dropNodes: d.addNodes, addEdges: d.dropEdges, dropEdges: d.addEdges, totals: { before: d.totals.after, after: d.totals.before } };
}

/** True when a diff changes nothing. */
export function isEmptyDiff(d: GraphDiff): boolean {
  return d.addNodes.length + d.dropNodes.length + d.addEdges.length + d.dropEdges.length === 0;
}

/** Size of a diff in recorded elements (what undo costs in memory). */
export function diffSize(d: GraphDiff): number {
  return d.addNodes.length + d.dropNodes.length + d.addEdges.length + d.dropEdges.length;
}

/** Applies a diff to the graph: removals first, then additions, then derived attributes once. */
export function applyDiff(graph: ExplorerGraph, d: GraphDiff): void {
  for (const [id] of d.dropEdges) if (graph.hasEdge(id)) graph.dropEdge(id);
  for (const [id] of d.dropNodes) if (graph.hasNode(id)) graph.dropNode(id);
  for (const [id, attrs] of d.addNodes) if (!graph.hasNode(id)) graph.addNode(id, { ...attrs });
  for (const [id, s, t, attrs] of d.addEdges) if (!graph.hasEdge(id) && graph.hasNode(s) && graph.hasNode(t)) graph.addDirectedEdgeWithKey(id, s, t, { ...attrs });
  refreshDerived(graph);
}

function nodeEntry(graph: ExplorerGraph, id: string): NodeEntry {
  return [id, { ...graph.getNodeAttributes(id) }];
}

function edgeEntry(graph: ExplorerGraph, id: string): EdgeEntry {
  return [id, graph.source(id), graph.target(id), { ...graph.getEdgeAttributes(id) }];
}

/** Merges a payload and returns what it added as a diff (only the new nodes and relationships). */
export function mergeWithDiff(graph: ExplorerGraph, payload: GraphPayload, anchor: string | undefined, totals: { before: Totals; after: Totals }): { added: MergeResult; diff: GraphDiff } {
  const added = mergePayload(graph, payload, { anchor });
  const diff: GraphDiff = {
    addNodes: added.nodes.map((id) => nodeEntry(graph, id)),
    dropNodes: [],
    addEdges: added.edges.map((id) => edgeEntry(graph, id)),
    dropEdges: [],
    totals,
  };
  return { added, diff };
}

/** Removes nodes (with their relationships) and returns the diff that removed them. */
export function dropWithDiff(graph: ExplorerGraph, ids: string[], totals: Totals): GraphDiff {
  const present = ids.filter((id) => graph.hasNode(id));
  const edges = new Set<string>();
  for (const id of present) graph.forEachEdge(id, (e, a) => void (a.folded ? null : edges.add(e)));
  const diff: GraphDiff = {
    addNodes: [],
    dropNodes: present.map((id) => nodeEntry(graph, id)),
    addEdges: [],
    dropEdges: [...edges].map((e) => edgeEntry(graph, e)),
    totals: { before: totals, after: totals },
  };
  dropNodes(graph, present);
  return diff;
}

/** Replaces the graph and returns the diff: a replacement is the one step that records both whole views. */
export function replaceWithDiff(graph: ExplorerGraph, payload: GraphPayload, totals: { before: Totals; after: Totals }): GraphDiff {
  const before = { nodes: graph.mapNodes((id) => nodeEntry(graph, id)), edges: graph.filterEdges((_e, a) => !a.folded).map((e) => edgeEntry(graph, e)) };
  replaceWithPayload(graph, payload);
  return {
    addNodes: graph.mapNodes((id) => nodeEntry(graph, id)),
    dropNodes: before.nodes,
    addEdges: graph.filterEdges((_e, a) => !a.folded).map((e) => edgeEntry(graph, e)),
    dropEdges: before.edges,
    totals,
  };
}
