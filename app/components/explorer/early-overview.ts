// The overview request starts from the page's HTML, before any of the app's code has loaded: an inline
// script sends GET /api/graph while the browser fetches the bundles, and the explorer takes its
// response when it mounts (prefetch.ts). Data and code travel at the same time from the first byte.

/** Where the inline script leaves the pending response. */
export const EARLY_OVERVIEW_KEY = '__trameEarlyOverview';

export interface EarlyOverview {
  limit: number;
  response: Promise<Response>;
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

/** The early request for this limit, taken once (null when the page had none or it was taken). */
export function takeEarlyOverview(limit: number): Promise<Response> | null {
  const w = window as unknown as Record<string, EarlyOverview | undefined>;
  const early = w[EARLY_OVERVIEW_KEY];
  delete w[EARLY_OVERVIEW_KEY];
  return early && early.limit === limit ? early.response : null;
}
