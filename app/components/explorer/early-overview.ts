// The overview request starts from the page's HTML, before any of the app's code has loaded: an inline
// script sends GET /api/graph while the browser fetches the bundles, and the explorer takes its
// response when it mounts (prefetch.ts). Data and code travel at the same time from the first byte.
import type { GraphPayload } from '@/lib/graph/payload';
import { responseBody } from '@/lib/api/client';

/** Where the inline script leaves the pending response. */
export const EARLY_OVERVIEW_KEY = '__trameEarlyOverview';

export interface EarlyOverview {
  limit: number;
  response: Promise<Response>;
  /** Its JSON body, read once for whoever asks first (the first-frame entry or the explorer). */
  body?: Promise<GraphPayload>;
}

/** The overview's URL for `limit` nodes, as the API client spells it. */
export function earlyOverviewUrl(limit: number): string {
  return `/api/graph?limit=${Math.floor(limit)}`;
}

/** The inline script's source for an overview of `limit` nodes (same URL and cache mode as the API client). */
export function earlyOverviewScript(limit: number): string {
  const url = earlyOverviewUrl(limit);
  return `window.${EARLY_OVERVIEW_KEY}={limit:${Math.floor(limit)},response:fetch(${JSON.stringify(url)},{cache:'no-store'})};window.${EARLY_OVERVIEW_KEY}.response.catch(function(){});`;
}

/**
 * The early request's body for this limit (null when the page had none, or it was taken). `take` removes
 * it from the page: the explorer takes it once; the first-frame entry reads the same body and leaves it.
 */
export function earlyOverviewBody(limit: number, take = true): Promise<GraphPayload> | null {
  const w = window as unknown as Record<string, EarlyOverview | undefined>;
  const early = w[EARLY_OVERVIEW_KEY];
  if (take) delete w[EARLY_OVERVIEW_KEY];
  if (!early || early.limit !== limit) return null;
  if (!early.body) {
    early.body = responseBody<GraphPayload>(early.response);
    // A failure is reported by whoever uses the body, not as an unhandled rejection here.
    early.body.catch(() => {});
  }
  return early.body;
}
