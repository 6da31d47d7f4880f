import list from './security-headers.json';

/**
 * Security headers every Trame response carries (pages, API, static files). middleware.ts sets them on
 * what it answers; next.config.js sets the same list (read from security-headers.json, since the config
 * is plain JavaScript) for anything middleware does not see.
 * The Content-Security-Policy is per request (nonce) and lives in csp.ts / middleware.ts.
 */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = list;

/** Sets the security headers on a Headers object (overwriting). */
export function applySecurityHeaders(headers: Headers): void {
  for (const { key, value } of SECURITY_HEADERS) headers.set(key, value);
}
