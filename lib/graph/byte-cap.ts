import type { ApiEdge, ApiNode, GraphPayload } from './payload';

// Row caps bound how many items a response carries, not how big they are: one property can hold
// megabytes. These helpers stop at a byte budget (UTF-16 length of the JSON, an upper bound for
// ASCII and close enough for the rest) so the server never builds an unbounded body.

/** Largest JSON body of a response carrying query results, bytes (env TRAME_MAX_RESULT_BYTES). */
export const DEFAULT_MAX_RESULT_BYTES = 8 * 1024 * 1024;

/** The byte cap in force: TRAME_MAX_RESULT_BYTES when a positive integer, else DEFAULT_MAX_RESULT_BYTES. */
export function maxResultBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.TRAME_MAX_RESULT_BYTES);
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_MAX_RESULT_BYTES;
}

/** Approximate size of a value once serialised as JSON. */
export function jsonSize(value: unknown): number {
  return JSON.stringify(value)?.length ?? 4;
}

/** Keeps items in order while their JSON fits in `budget`; says how much was used and whether some were dropped. */
export function takeWithinBytes<T>(items: T[], budget: number): { kept: T[]; used: number; dropped: boolean } {
  const kept: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = jsonSize(item) + 1;
    if (used + size > budget) return { kept, used, dropped: true };
    used += size;
    kept.push(item);
  }
  return { kept, used, dropped: false };
}

/** A graph payload cut to `maxBytes` of nodes then edges (edges only between kept nodes); truncated when cut. */
export function capPayloadBytes<P extends GraphPayload>(payload: P, maxBytes: number): P {
  // Most payloads fit: the whole JSON, never shorter than its items, says so in one pass instead of one per item.
  if (jsonSize(payload) <= maxBytes) return payload;
  const nodes = takeWithinBytes<ApiNode>(payload.nodes, maxBytes);
  const ids = new Set(nodes.kept.map((n) => n.id));
  const among = nodes.dropped ? payload.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) : payload.edges;
  const edges = takeWithinBytes<ApiEdge>(among, maxBytes - nodes.used);
  if (!nodes.dropped && !edges.dropped) return payload;
  return { ...payload, nodes: nodes.kept, edges: edges.kept, truncated: true };
}
