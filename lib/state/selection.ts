// What the user inspects: one node or one relationship, never both.

/** The selection. */
export interface SelectionState {
  node: string | null;
  edge: string | null;
}

/** Nothing selected. */
export function emptySelection(): SelectionState {
  return { node: null, edge: null };
}

/** Selects a node (the relationship selection goes). */
export function selectNode(s: SelectionState, id: string): SelectionState {
  return s.node === id && s.edge === null ? s : { node: id, edge: null };
}

/** Selects a relationship (the node selection goes). */
export function selectEdge(s: SelectionState, id: string): SelectionState {
  return s.edge === id && s.node === null ? s : { node: null, edge: id };
}

/** Clears the selection. */
export function clearSelection(s: SelectionState): SelectionState {
  return s.node === null && s.edge === null ? s : emptySelection();
}

/** Drops a selection whose node or edge left the view (hidden, undone, replaced). */
export function keepExisting(s: SelectionState, exists: { hasNode(id: string): boolean; hasEdge(id: string): boolean }): SelectionState {
  const node = s.node && exists.hasNode(s.node) ? s.node : null;
  const edge = s.edge && exists.hasEdge(s.edge) ? s.edge : null;
  return node === s.node && edge === s.edge ? s : { node, edge };
}
