'use client';

// Fetches /api/nodes/:id for the panel; a node that Neo4j does not know (fixture data) is not an error.
import { useEffect, useState } from 'react';
import { api, ApiError, type NodeDetail } from '@/lib/api/client';

export interface DetailState {
  detail: NodeDetail | null;
  loading: boolean;
  /** 'missing' when the node is not in Neo4j, 'down' when Neo4j is unreachable. */
  problem: 'missing' | 'down' | 'error' | null;
}

/** Loads a node's detail whenever `id` changes (aborting the previous request). */
export function useNodeDetail(id: string | null, reloadKey = 0): DetailState {
  const [state, setState] = useState<DetailState>({ detail: null, loading: false, problem: null });
  useEffect(() => {
    if (!id) {
      setState({ detail: null, loading: false, problem: null });
      return;
    }
    const ctrl = new AbortController();
    setState({ detail: null, loading: true, problem: null });
    api
      .node(id, ctrl.signal)
      .then((detail) => setState({ detail, loading: false, problem: null }))
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        const status = e instanceof ApiError ? e.status : -1;
        setState({ detail: null, loading: false, problem: status === 404 ? 'missing' : status === 503 || status === 0 ? 'down' : 'error' });
      });
    return () => ctrl.abort();
  }, [id, reloadKey]);
  return state;
}
