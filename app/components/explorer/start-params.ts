// What the page's URL asks the explorer to start with, read the same way by the server page and by the
// first-frame entry that draws before React (graph/first-frame-entry.ts).
import type { FilterState } from '@/lib/graph/filters';

type Query = Record<string, string | string[] | undefined>;

/** The explorer's start: overview size, seeded fixture and its size, console opened by a shared link. */
export interface StartParams {
  fixture: string | null;
  fixtureSize: { nodes: number; edges: number };
  limit: number;
  consoleOpen: boolean;
}

/** `?limit=` (default 2000, max 20000), `?fixture=` with `&nodes=&edges=` (default 10k / 30k), `?cypher=`. */
export function startParams(params: Query): StartParams {
  const size = (v: unknown, fallback: number) => Math.min(200_000, Math.max(1, Math.floor(Number(v)) || fallback));
  return {
    fixture: typeof params.fixture === 'string' ? params.fixture : null,
    fixtureSize: { nodes: size(params.nodes, 10_000), edges: size(params.edges, 30_000) },
    limit: Math.min(20_000, Math.max(1, Number(params.limit) || 2_000)),
    // A shared console link (?cypher=) opens the console with its query filled in, not run.
    consoleOpen: typeof params.cypher === 'string' && params.cypher.length > 0,
  };
}

/** A browser query string as the server page sees its search params (a repeated key is a list). */
export function queryRecord(search: URLSearchParams): Query {
  const out: Query = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** The overview's first screen shows the actors and the facts between them; claims (sentences) are one tick away. */
export function firstScreenFilters(f: FilterState): FilterState {
  return { ...f, hiddenLabels: new Set([...f.hiddenLabels, 'Claim']) };
}
