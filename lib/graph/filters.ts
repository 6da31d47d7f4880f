// What is shown: node labels, relationship types, transfer kinds, fact statuses, a time range, and how
// transfers read (as nodes or as direct arrows). Pure predicates over graph attributes, used by sigma's
// reducers, so filtering never rebuilds the graph.
import { TIMELINE_LABELS, type TimeRange } from './timeline';

/** How transfers are drawn: as nodes in between, or folded into sender -> recipient arrows. */
export type TransferMode = 'nodes' | 'edges';

/** The filter panel's state; every set lists what is hidden, so new values show by default. */
export interface FilterState {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<string>;
  hiddenStatuses: ReadonlySet<string>;
  timeRange: TimeRange | null;
  /** With a time range, undated facts show only when this is ticked. */
  undated: boolean;
  /** What becomes of what the filters leave out: hidden, or drawn pale in place (the layout stays put). */
  filteredOut: 'hide' | 'dim';
  transferMode: TransferMode;
}

/** Everything visible, transfers as nodes. */
export function defaultFilters(): FilterState {
  return {
    hiddenLabels: new Set(),
    hiddenTypes: new Set(),
    hiddenKinds: new Set(),
    hiddenStatuses: new Set(),
    timeRange: null,
    undated: false,
    filteredOut: 'hide',
    transferMode: 'nodes',
  };
}

/** True when a date passes the time filter: inside the range, or undated and "undated" ticked. Actors carry no date and always pass. */
export function inTime(t: number | null, f: Pick<FilterState, 'timeRange' | 'undated'>, dated = true): boolean {
  if (f.timeRange === null) return true;
  if (t === null) return !dated || f.undated;
  return t >= f.timeRange[0] && t <= f.timeRange[1];
}

/** The node attributes filters read. */
export interface FilterableNode {
  nodeLabel: string;
  status: string | null;
  props: Record<string, unknown>;
  t: number | null;
}

/** The edge attributes filters read. */
export interface FilterableEdge {
  relType: string;
  folded: boolean;
  status: string | null;
  transferKind: string | null;
  t: number | null;
}

/** True when the node passes every filter (its edges then depend on the other end too). */
export function nodeVisible(n: FilterableNode, f: FilterState): boolean {
  if (f.hiddenLabels.has(n.nodeLabel)) return false;
  if (n.nodeLabel === 'Transfer') {
    if (f.transferMode === 'edges') return false;
    if (f.hiddenKinds.has(String(n.props.kind ?? 'other'))) return false;
  }
  if (n.status && f.hiddenStatuses.has(n.status) && (n.nodeLabel === 'Transfer' || n.nodeLabel === 'Claim')) return false;
  return inTime(n.t, f, TIMELINE_LABELS.has(n.nodeLabel));
}

/** True when the edge passes every filter on its own (sigma also hides it when an end is hidden). */
export function edgeVisible(e: FilterableEdge, f: FilterState): boolean {
  if (e.folded) {
    if (f.transferMode !== 'edges' || f.hiddenLabels.has('Transfer')) return false;
    if (e.transferKind && f.hiddenKinds.has(e.transferKind)) return false;
    if (e.status && f.hiddenStatuses.has(e.status)) return false;
    return inTime(e.t, f);
  }
  if (f.hiddenTypes.has(e.relType)) return false;
  // Stance edges carry their own status, so "hide denied" also hides the denials themselves.
  if ((e.relType === 'DENIES' || e.relType === 'CANNOT_CONFIRM') && e.status && f.hiddenStatuses.has(e.status)) return false;
  return true;
}

/** Flips one value in one of the hidden-sets, returning a new state (React-friendly). */
export function toggleHidden(f: FilterState, key: HiddenKey, value: string): FilterState {
  const next = new Set(f[key]);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return { ...f, [key]: next };
}

/** The filter keys that list hidden values. */
export type HiddenKey = 'hiddenLabels' | 'hiddenTypes' | 'hiddenKinds' | 'hiddenStatuses';

/** "Only this": hides every value of `all` but `value` in one step; asked again when it is already alone, shows them all. */
export function onlyThis(f: FilterState, key: HiddenKey, value: string, all: Iterable<string>): FilterState {
  const others = [...all].filter((v) => v !== value);
  const alone = !f[key].has(value) && others.every((v) => f[key].has(v));
  return { ...f, [key]: alone ? new Set() : new Set(others) };
}

/** Every filter back to showing everything; the transfer display and the hide/dim choice stay. */
export function resetFilters(f: FilterState): FilterState {
  return { ...defaultFilters(), transferMode: f.transferMode, filteredOut: f.filteredOut };
}

/** True when any filter hides something (the UI offers "reset"). */
export function isFiltering(f: FilterState): boolean {
  return f.hiddenLabels.size + f.hiddenTypes.size + f.hiddenKinds.size + f.hiddenStatuses.size > 0 || f.timeRange !== null;
}

/** Counts visible nodes and edges of a graph under a filter (for "showing N of M"). */
export function countVisible(
  graph: {
    forEachNode(cb: (id: string, a: FilterableNode) => void): void;
    forEachEdge(cb: (id: string, a: FilterableEdge, s: string, t: string) => void): void;
  },
  f: FilterState,
): { nodes: number; edges: number } {
  const visible = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodeVisible(a, f)) visible.add(id);
  });
  let edges = 0;
  graph.forEachEdge((_id, a, s, t) => {
    if (visible.has(s) && visible.has(t) && edgeVisible(a, f)) edges++;
  });
  return { nodes: visible.size, edges };
}
