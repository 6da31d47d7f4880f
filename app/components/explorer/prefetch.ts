// The overview request starts before the explorer's chunk (sigma, panels) has loaded: from the page's
// HTML when the server could tell it would be needed (early-overview.ts), else while the page hydrates.
import type { GraphPayload } from '@/lib/graph/payload';
import { decodeView } from '@/lib/export/permalink';
import { hasView } from '../export/permalink-view';
import { api } from '@/lib/api/client';
import { earlyOverviewBody } from './early-overview';

let pending: { limit: number; promise: Promise<GraphPayload> } | null = null;

/** Starts GET /api/graph once, unless the URL opens a fixture (its generator comes with the test page) or a permalink. */
export function prefetchOverview(limit: number, fixture: string | null): void {
  if (pending || typeof window === 'undefined') return;
  if (fixture) return;
  if (hasView(decodeView(window.location.search))) return;
  const promise = earlyOverviewBody(limit) ?? api.graph(limit);
  // A failure is reported when the explorer takes the promise, not as an unhandled rejection here.
  promise.catch(() => {});
  pending = { limit, promise };
}

/** Forgets the prefetched overview: the first frame drawn before React used it, and a reload asks again. */
export function dropOverview(): void {
  pending = null;
}

/** The prefetched overview for this limit (taken once), or a fresh request. */
export function takeOverview(limit: number): Promise<GraphPayload> {
  const p = pending;
  pending = null;
  return p && p.limit === limit ? p.promise : api.graph(limit);
}
