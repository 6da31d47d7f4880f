/**
 * DNS-rebinding guard. A Trame bound to 127.0.0.1 is still reachable from a hostile web page that makes its
 * own host name resolve to 127.0.0.1; the browser then sends that foreign name in the Host header. So, when no
 * TRAME_AUTH is set (auth defeats rebinding: the browser has no credentials for the foreign origin), only
 * loopback names, IP literals and the names in TRAME_ALLOWED_HOSTS (comma-separated) are served.
 */

/** The host name of a Host header, lower-case, without port or IPv6 brackets. */
export function hostName(hostHeader: string | null | undefined): string {
  if (!hostHeader) return '';
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d+$/, '').replace(/\.$/, '');
}

function isIpLiteral(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || (name.includes(':') && /^[0-9a-f:.]+$/.test(name));
}

/** True when a request with this Host header may be served without auth. */
export function isAllowedHost(hostHeader: string | null | undefined, allowedList: string | undefined): boolean {
  const name = hostName(hostHeader);
  if (!name) return false;
  if (name === 'localhost' || name.endsWith('.localhost') || isIpLiteral(name)) return true;
  const allowed = (allowedList ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return allowed.includes('*') || allowed.includes(name);
}

/** True for loopback host names and addresses: localhost, *.localhost, 127.0.0.0/8, ::1 (and its IPv4-mapped forms). */
export function isLoopbackName(name: string): boolean {
  const n = name.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/^::ffff:/, '');
  return n === 'localhost' || n.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(n) || n === '::1';
}
