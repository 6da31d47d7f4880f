/**
 * Content-Security-Policy for Trame: no 'unsafe-inline' and no 'unsafe-eval' for scripts in production.
 * Scripts: 'self' (Next's chunks) + a per-request nonce (set by middleware.ts; Next.js puts it on the inline
 * scripts of pages it renders per request) + the sha256 hashes of the inline scripts of the pages prerendered
 * at build time (a nonce cannot reach a page served from the build cache; see static-scripts.ts); the explorer
 * page `npm start` keeps in memory once rendered carries no nonce and is allowed its own inline scripts by hash
 * (lib/http/page-cache.ts).
 * 'strict-dynamic' is not used: it would disable 'self' and block the chunks of prerendered pages.
 * Same-origin JSON cannot be run as a script (X-Content-Type-Options: nosniff). The explorer's needs:
 * - sigma draws with WebGL (no CSP directive involved) and exports PNGs through canvas/blob: images;
 * - the ForceAtlas2 layout runs in a Web Worker built from a blob: URL (worker-src blob:);
 * - CodeMirror and React set inline styles (style attributes and <style> elements): style-src 'unsafe-inline'
 *   (styles only; it cannot run code);
 * - `next dev` needs 'unsafe-eval' (React's debugging) and a websocket for hot reload — dev only.
 * API responses are JSON and get the strictest policy (nothing may load, nothing may frame them).
 */

export interface CspOptions {
  /** Absent for the build's static files (lib/http/static-files.ts): no element of theirs carries one. */
  nonce?: string;
  /** 'sha256-...' sources of the prerendered pages' inline scripts. */
  hashes?: string[];
  /** `next dev`: adds 'unsafe-eval' and ws: for hot reload. */
  dev?: boolean;
}

/** The policy of HTML pages. */
export function pageCsp({ nonce, hashes = [], dev = false }: CspOptions): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes, ...(dev ? ["'unsafe-eval'"] : [])]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...(dev ? ['ws:', 'wss:'] : [])]],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['media-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

/** The policy of JSON API responses: nothing loads, nothing frames. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A fresh base64 nonce of 128 random bits (Web Crypto: works in the Edge and Node runtimes). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
