'use client';

// What the inspector shows: one node or one edge (lib/state/selection), with setters that take ids.
import { useRef, useState } from 'react';
import { clearSelection, emptySelection, selectEdge as pickEdge, selectNode as pickNode, type SelectionState } from '@/lib/state/selection';

/** Selection state, id setters, and a ref that always holds the current ids (for window.__trame). */
export function useSelection() {
  const [selection, setSelection] = useState<SelectionState>(emptySelection);
  const current = useRef({ node: selection.node, edge: selection.edge });
  current.current = { node: selection.node, edge: selection.edge };
  const setSelectedNode = (id: string | null | ((s: string | null) => string | null)) =>
    setSelection((s) => {
      const next = typeof id === 'function' ? id(s.node) : id;
      return next ? pickNode(s, next) : s.node ? clearSelection(s) : s;
    });
  const setSelectedEdge = (id: string | null) => setSelection((s) => (id ? pickEdge(s, id) : s.edge ? clearSelection(s) : s));
  return { selection, setSelection, setSelectedNode, setSelectedEdge, current };
}
