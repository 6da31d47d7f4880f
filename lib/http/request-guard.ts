import { AUTH_REALM, MAX_REQUEST_BODY_BYTES, checkBasicAuth, isAllowedHost, isSameOrigin, parseAuthList } from '../security';

// The rules every request passes before Trame answers it (DESIGN §8), in one place for the places that apply
// them: middleware.ts for pages and static files, the HTTP server's guard (server-guard.ts) for every /api/
// request before a route sees it (a route checks the auth itself only where that guard is not installed,
// next-route.ts). API requests skip Next.js's middleware: invoking it was a measurable part of their cost.

/** The parts of a request the rules read: method, path and query as sent, headers by lower-case name. */
export interface GuardedRequest {
  method: string;
  /** The request target's path, still percent-encoded. */
  path: string;
  search: URLSearchParams;
  header(name: string): string | null;
}

/** Why a request is refused: status, the error JSON's code and message, and headers the answer must carry. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers: Record<string, string>;
}

const NEVER_ALLOWED = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** True for /api and everything under it. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
}

/**
 * The refusal a request gets, null when it may go on:
 * 1. optional HTTP Basic auth (TRAME_AUTH=user:password[,user:password]): 401 with WWW-Authenticate; a
 *    malformed TRAME_AUTH refuses everything (500) rather than opening the door;
 * 2. DNS-rebinding guard when there is no auth (loopback names, IP literals, TRAME_ALLOWED_HOSTS): 421;
 * 3. API paths Next.js cannot decode (%E0%A4%A): 400 in the JSON error shape;
 * 4. TRACE/TRACK/CONNECT, PUT/PATCH on the API, anything but GET/HEAD on pages: 405 with Allow;
 * 5. cross-origin writes, and cross-origin GETs that run a user's query (/api/map?query=): 403;
 * 6. bodies over 1 MiB by Content-Length: 413 (routes count the bytes of chunked bodies while reading).
 */
export async function requestRefusal(request: GuardedRequest, env: NodeJS.ProcessEnv = process.env): Promise<Refusal | null> {
  const api = isApiPath(request.path);
  const denied = await authRefusal(request, env);
  if (denied) return denied;
  if (parseAuthList(env.TRAME_AUTH).length === 0 && !isAllowedHost(request.header('host'), env.TRAME_ALLOWED_HOSTS))
    return refusal(421, 'MISDIRECTED', 'unknown host name — add it to TRAME_ALLOWED_HOSTS or set TRAME_AUTH');

  if (api) {
    try {
      decodeURIComponent(request.path);
    } catch {
      return refusal(400, 'BAD_REQUEST', 'malformed percent-encoding in the path');
    }
  }

  const method = request.method.toUpperCase();
  const allow = methodRefusal(method, api);
  if (allow) return refusal(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here`, { Allow: allow });

  const write = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
  const runsUserQuery = request.path === '/api/map' && request.search.has('query');
  if ((write || runsUserQuery) && !isSameOrigin(headersOf(request), env))
    return refusal(403, 'CROSS_ORIGIN', 'cross-origin requests are not allowed');
  if (write) {
    const length = Number(request.header('content-length') ?? '0');
    if (Number.isFinite(length) && length > MAX_REQUEST_BODY_BYTES) return refusal(413, 'PAYLOAD_TOO_LARGE', `body larger than ${MAX_REQUEST_BODY_BYTES} bytes`);
  }
  return null;
}

/**
 * Rule 1 alone: with TRAME_AUTH, a request without valid credentials is refused (401; 500 when TRAME_AUTH is
 * malformed). What a Next.js route checks when the HTTP server's guard is not installed (next-route.ts), so
 * that no data reaches a stranger even then.
 */
export async function authRefusal(request: Pick<GuardedRequest, 'header'>, env: NodeJS.ProcessEnv = process.env): Promise<Refusal | null> {
  let credentials: ReturnType<typeof parseAuthList>;
  try {
    credentials = parseAuthList(env.TRAME_AUTH);
  } catch (error) {
    console.error(`trame: ${(error as Error).message}`);
    return refusal(500, 'AUTH_MISCONFIGURED', 'TRAME_AUTH is malformed — see the server log');
  }
  if (credentials.length > 0 && !(await checkBasicAuth(request.header('authorization'), credentials)))
    return refusal(401, 'UNAUTHORIZED', 'authentication required', { 'WWW-Authenticate': `Basic realm="${AUTH_REALM}", charset="UTF-8"` });
  return null;
}

/** The Allow header when a method is refused, null when it may go on. */
function methodRefusal(method: string, api: boolean): string | null {
  if (NEVER_ALLOWED.has(method)) return api ? 'GET, HEAD, POST, DELETE' : 'GET, HEAD';
  if (!api) return method === 'GET' || method === 'HEAD' ? null : 'GET, HEAD';
  if (method === 'PUT' || method === 'PATCH') return 'GET, HEAD, POST, DELETE';
  return null;
}

function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Refusal {
  return { status, code, message, headers };
}

/** The Headers view isSameOrigin reads. */
function headersOf(request: GuardedRequest): Headers {
  return { get: (name: string) => request.header(name.toLowerCase()) } as Headers;
}

