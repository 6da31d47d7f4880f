/**
 * Same origin: the Origin's host is the Host header, a name in TRAME_ALLOWED_HOSTS, or, behind a reverse proxy
 * that sets it (TRAME_TRUST_PROXY=1 only: otherwise any client can send it), X-Forwarded-Host. Without Origin,
 * browsers still say where a request comes from in Sec-Fetch-Site; clients that send neither (curl) pass.
 */
export function isSameOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const origin = headers.get('origin');
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site') return false;
  // Another port of the same host is "same-site" yet another origin: without Origin it cannot be told apart.
  if (!origin) return site !== 'same-site';
  if (origin === 'null') return false;
  try {
    const o = new URL(origin);
    const allowed = (env.TRAME_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
    const forwarded = env.TRAME_TRUST_PROXY === '1' ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
    return o.host === headers.get('host') || (forwarded !== undefined && o.host === forwarded) || allowed.includes(o.hostname.toLowerCase());
  } catch {
    return false;
  }
}
