'use client';

// What a user does to the graph from a node: select (fetching it when not in view), expand, focus on its
// neighbourhood, hide. Each moves the camera and the inspector the way the user expects.
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { api, ApiError } from '@/lib/api/client';
import { selectNode as pickNode, type SelectionState } from '@/lib/state/selection';
import type { useExplorerGraph } from './useExplorerGraph';
import type { useI18n } from '../i18n';

/** Neighbours fetched per expansion. */
export const EXPAND_LIMIT = 25;

export interface GraphActionDeps {
  g: ReturnType<typeof useExplorerGraph>;
  t: ReturnType<typeof useI18n>['t'];
  setNote(note: string | null): void;
  setSelection: Dispatch<SetStateAction<SelectionState>>;
  setSelectedNode(id: string | null | ((s: string | null) => string | null)): void;
  setSelectedEdge(id: string | null): void;
  showInspector(): void;
  focusLater(id: string): void;
  frameResult(ids: string[]): void;
}

/** selectNode, expandNode, focusOn and hideNode, bound to the explorer's graph and view state. */
export function useGraphActions({ g, t, setNote, setSelection, setSelectedNode, setSelectedEdge, showInspector, focusLater, frameResult }: GraphActionDeps) {
  const { graph } = g;
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the setters are fresh closures over stable state setters
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setNote is a state setter
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setNote and setSelection are state setters
    [g],
  );

  const hideNode = useCallback(
    (id: string) => {
      g.hide([id]);
      setSelectedNode((s) => (s === id ? null : s));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setSelectedNode wraps a state setter
    [g],
  );

  return { selectNode, expandNode, focusOn, hideNode };
}
