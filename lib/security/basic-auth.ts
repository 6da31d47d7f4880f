/**
 * Optional HTTP Basic auth for shared deployments: TRAME_AUTH="user:password" (or a comma-separated list of
 * them). Comparison is constant-time: both sides are hashed (SHA-256, Web Crypto) and the digests compared
 * without an early exit, so neither length nor content leaks through timing.
 */

export interface Credential {
  user: string;
  password: string;
}

/** Parses TRAME_AUTH; an empty or unset value means "no auth". Throws a one-line error for malformed entries. */
export function parseAuthList(value: string | undefined): Credential[] {
  if (!value || !value.trim()) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf(':');
      if (i <= 0 || i === entry.length - 1) throw new Error('TRAME_AUTH: expected user:password[,user:password...]');
      return { user: entry.slice(0, i), password: entry.slice(i + 1) };
    });
}

/** The user:password pair of an `Authorization: Basic ...` header, or undefined when absent or malformed. */
export function parseBasicHeader(header: string | null | undefined): Credential | undefined {
  if (!header) return undefined;
  const m = /^\s*Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!m) return undefined;
  let decoded: string;
  try {
    const bin = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

async function digest(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
}

/** Constant-time equality of two strings (through their SHA-256 digests). */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

/** True when the header carries one of the credentials; every credential is checked (no early exit). */
export async function checkBasicAuth(header: string | null | undefined, allowed: Credential[]): Promise<boolean> {
  const given = parseBasicHeader(header);
  const user = given?.user ?? '';
  const password = given?.password ?? '';
  let ok = false;
  for (const c of allowed) {
    const [u, p] = await Promise.all([timingSafeEqualStrings(user, c.user), timingSafeEqualStrings(password, c.password)]);
    ok = (u && p && given !== undefined) || ok;
  }
  return ok;
}

export const AUTH_REALM = 'Trame';
