'use client';

// Where the graph comes from: the overview (retried when Neo4j comes back), a permalink's view, the
// seeded fixture test pages carry, or a console result. The first load runs once, on mount.
import { useCallback, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { FilterState } from '@/lib/graph/filters';
import type { GraphPayload } from '@/lib/graph/payload';
import { api } from '@/lib/api/client';
import { openPermalink } from '../export/permalink-view';
import { useHealth } from './HealthBanner';
import { dropOverview, takeOverview } from './prefetch';
import { firstScreenFilters } from './start-params';
import type { FirstFrame } from '../graph/first-frame';
import { EXPAND_LIMIT } from './useGraphActions';
import type { useExplorerGraph } from './useExplorerGraph';

export type LoadState = { kind: 'loading' | 'ok' | 'error'; message?: string; source: string };

export interface GraphLoadingDeps {
  g: ReturnType<typeof useExplorerGraph>;
  fixture: string | null;
  fixtureSize: { nodes: number; edges: number };
  limit: number;
  /** The first graph, drawn before React: adopted instead of the first load. */
  firstFrame: FirstFrame | null;
  setFilters: Dispatch<SetStateAction<FilterState>>;
  setCamera(camera: { x: number; y: number; ratio: number; angle: number }): void;
  select(id: string): void;
  setNote(note: string | null): void;
}

/** Load state, the loaders, the health poll that retries a failed overview, and the console's sink. */
export function useGraphLoading({ g, fixture, fixtureSize, limit, firstFrame, setFilters, setCamera, select, setNote }: GraphLoadingDeps) {
  const [loadState, setLoadState] = useState<LoadState>(firstFrame?.drawn ? { kind: 'ok', source: firstFrame.source } : { kind: 'loading', source: 'neo4j' });
  const loadStateRef = useRef(loadState);
  loadStateRef.current = loadState;

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

  const reload = useCallback(() => (fixture ? void loadFixture('big', fixtureSize) : void loadOverview()), [fixture, fixtureSize, loadFixture, loadOverview]);

  const onConsoleGraph = useCallback(
    (payload: GraphPayload, mode: 'replace' | 'add') => {
      if (mode === 'replace') g.replace(payload, 'console', true, { origin: 'console' });
      else g.add(payload);
      setLoadState((s) => ({ kind: 'ok', source: mode === 'replace' ? 'console' : s.source }));
    },
    [g],
  );

  // A failed overview load is retried on the next healthy poll (Neo4j restarting, network blip).
  const health = useHealth((h) => {
    if (h === 'up' && !fixture && loadStateRef.current.kind === 'error') void loadOverview();
  });

  // In the commit that mounts the canvas (a layout effect, after the canvas's own): a graph already at hand
  // (a fixture) is drawn before the browser paints the panels around it, not one task and one paint later.
  useLayoutEffect(() => {
    // Drawn before React, with the filters the explorer starts with: its layout starts now. (A renderer
    // taken before its graph arrived gets it from the load below, like one the explorer created.)
    if (firstFrame?.drawn) {
      dropOverview();
      return g.adopt(firstFrame.drawn.total);
    }
    if (fixture === 'big') void loadFixture('big', fixtureSize);
    // A permalink (?focus= / ?query= / ?id=, filters, selection) opens its view; otherwise the overview.
    else
      void openPermalink(window.location.search, {
        replace: (p, origin) => g.replace(p, 'permalink', false, origin),
        expand: async (id) => void g.add(await api.expand(id, EXPAND_LIMIT), id),
        hide: (ids) => g.hide(ids),
        overview: async () => g.replace(await api.graph(limit), 'permalink', false, { origin: 'overview' }),
        setFilters,
        setCamera,
        select,
        onError: setNote,
      }).then((opened) => {
        if (opened) return setLoadState({ kind: 'ok', source: 'permalink' });
        setFilters(firstScreenFilters);
        return loadOverview();
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the initial load runs once, on mount; later loads are user actions
  }, []);

  return { loadState, loadFixture, reload, onConsoleGraph, health };
}
