'use client';

// A value derived by walking the whole graph (counts, the timeline's items). On a small graph it is
// computed during render, as useMemo would. On a large one the walk would lengthen the task that mounts
// or re-renders the explorer (tens of ms each at 10k nodes, and they add up in one task), so it runs in
// its own task when the browser is idle, and the panel shows the previous value (or its pending state)
// until then. Each value gets its own idle task, so no two walks share one.
import { useEffect, useMemo, useState, type DependencyList } from 'react';

/** Nodes from which a graph walk leaves the render for an idle task. */
export const IDLE_WALK_FROM_NODES = 2_000;

/** Longest wait for an idle period before the walk runs anyway (the layout keeps the main thread busy). */
const IDLE_TIMEOUT_MS = 300;

type Cancel = () => void;

function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(h);
  }
  const h = setTimeout(run, 0);
  return () => clearTimeout(h);
}

/**
 * `compute()` now when `deferred` is false; otherwise the last value computed in an idle task after the
 * dependencies changed (null before the first one). `deps` are the dependencies, as for useMemo.
 */
export function useIdleValue<T>(compute: () => T, deps: DependencyList, deferred: boolean): T | null {
  const [late, setLate] = useState<{ value: T } | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the caller's, as for useMemo
  const now = useMemo(() => (deferred ? null : { value: compute() }), [deferred, ...deps]);
  useEffect(
    () => {
      // A value from before the graph went small would show, once it is large again, for a graph it no longer describes.
      if (!deferred) return setLate(null);
      return whenIdle(() => setLate({ value: compute() }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the caller's, as for useMemo
    [deferred, ...deps],
  );
  return deferred ? (late?.value ?? null) : now!.value;
}
