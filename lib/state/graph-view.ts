// What the view is made of, as a recipe a permalink can replay: where it started (the overview, a
// focus entity, a query, explicit ids) and what the user expanded and hid since. Short where a list of
// every node id is long.

/** The recipe of the current view. */
export interface GraphViewState {
  origin: 'overview' | 'focus' | 'query' | 'ids' | 'console' | 'fixture';
  focus: string | null;
  query: string | null;
  ids: string[];
  expanded: string[];
  hidden: string[];
}

/** The overview, untouched. */
export function overviewView(): GraphViewState {
  return { origin: 'overview', focus: null, query: null, ids: [], expanded: [], hidden: [] };
}

/** A new starting point (overview, focus, query, ids, console result): expansions and hidings start over. */
export function startView(_s: GraphViewState, origin: GraphViewState['origin'], at: { focus?: string; query?: string; ids?: string[] } = {}): GraphViewState {
  return { origin, focus: at.focus ?? null, query: at.query ?? null, ids: [...(at.ids ?? [])], expanded: [], hidden: [] };
}

/** A node was expanded; expanding a hidden node shows it again. */
export function expandedView(s: GraphViewState, id: string): GraphViewState {
  if (s.expanded.includes(id) && !s.hidden.includes(id)) return s;
  return { ...s, expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id], hidden: s.hidden.filter((h) => h !== id) };
}

/** Nodes were hidden. */
export function hiddenView(s: GraphViewState, ids: string[]): GraphViewState {
  const add = [...new Set(ids)].filter((id) => !s.hidden.includes(id));
  return add.length === 0 ? s : { ...s, hidden: [...s.hidden, ...add] };
}

/** True when a permalink can replay the view (console results and fixtures cannot be refetched by recipe). */
export function replayable(s: GraphViewState): boolean {
  return s.origin !== 'console' && s.origin !== 'fixture';
}

/** The permalink fields of a view. */
export function viewLink(s: GraphViewState): { focus: string | null; query: string | null; ids: string[]; expanded: string[]; hidden: string[] } {
  return { focus: s.focus, query: s.query, ids: s.ids, expanded: s.expanded, hidden: s.hidden };
}
