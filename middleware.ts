import { NextResponse, type NextRequest } from 'next/server';
import {
  API_CSP,
  AUTH_REALM,
  MAX_REQUEST_BODY_BYTES,
  applySecurityHeaders,
  checkBasicAuth,
  isAllowedHost,
  isSameOrigin,
  makeNonce,
  pageCsp,
  parseAuthList,
} from './lib/security';
import { staticScriptHashes } from './lib/security/static-scripts';

/**
 * Every request goes through here:
 * 1. optional HTTP Basic auth (TRAME_AUTH=user:password[,user:password]) — 401 with WWW-Authenticate otherwise;
 * 2. DNS-rebinding guard when there is no auth (loopback names, IP literals, TRAME_ALLOWED_HOSTS);
 * 3. methods: TRACE/TRACK/CONNECT, and anything but GET/HEAD on pages, answer 405 (with the security headers);
 * 4. cross-origin writes, and cross-origin GETs that run a user's query (/api/map?query=), refused (403);
 *    bodies over 1 MiB refused by Content-Length (413; routes count the bytes of chunked bodies while reading);
 * 5. security headers and the CSP (lib/security/csp.ts): per-request nonce + hashes of prerendered inline scripts.
 */
export async function middleware(request: NextRequest): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  const isApi = path.startsWith('/api/') || path === '/api';

  let credentials: ReturnType<typeof parseAuthList>;
  try {
    credentials = parseAuthList(process.env.TRAME_AUTH);
  } catch (error) {
    // A malformed TRAME_AUTH must not open the door: refuse everything and say why in the log.
    console.error(`trame: ${(error as Error).message}`);
    return refuse(500, 'AUTH_MISCONFIGURED', 'TRAME_AUTH is malformed — see the server log', isApi);
  }

  if (credentials.length > 0) {
    if (!(await checkBasicAuth(request.headers.get('authorization'), credentials))) {
      const res = refuse(401, 'UNAUTHORIZED', 'authentication required', isApi);
      res.headers.set('WWW-Authenticate', `Basic realm="${AUTH_REALM}", charset="UTF-8"`);
      return res;
    }
  } else if (!isAllowedHost(request.headers.get('host'), process.env.TRAME_ALLOWED_HOSTS)) {
    return refuse(421, 'MISDIRECTED', 'unknown host name — add it to TRAME_ALLOWED_HOSTS or set TRAME_AUTH', isApi);
  }

  // A path Next cannot decode (%E0%A4%A) would get its HTML 400 page: API clients get the JSON error shape.
  if (isApi) {
    try {
      decodeURIComponent(path);
    } catch {
      return refuse(400, 'BAD_REQUEST', 'malformed percent-encoding in the path', true);
    }
  }

  const method = request.method.toUpperCase();
  const notAllowed = methodRefusal(method, path, isApi);
  if (notAllowed) {
    const res = refuse(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here`, isApi);
    res.headers.set('Allow', notAllowed);
    return res;
  }
  const write = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
  if (write || runsUserQuery(request)) {
    if (!isSameOrigin(request.headers)) return refuse(403, 'CROSS_ORIGIN', 'cross-origin requests are not allowed', isApi);
  }
  if (write) {
    const length = Number(request.headers.get('content-length') ?? '0');
    if (Number.isFinite(length) && length > MAX_REQUEST_BODY_BYTES)
      return refuse(413, 'PAYLOAD_TOO_LARGE', `body larger than ${MAX_REQUEST_BODY_BYTES} bytes`, isApi);
  }

  if (isApi) {
    const res = NextResponse.next();
    applySecurityHeaders(res.headers);
    res.headers.set('Content-Security-Policy', API_CSP);
    return res;
  }

  const nonce = makeNonce();
  const dev = process.env.NODE_ENV === 'development';
  const csp = pageCsp({ nonce, dev, hashes: dev ? [] : staticScriptHashes() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  applySecurityHeaders(res.headers);
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

const NEVER_ALLOWED = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** The Allow header when a method is refused on this path, null when it may go on. */
function methodRefusal(method: string, path: string, isApi: boolean): string | null {
  if (NEVER_ALLOWED.has(method)) return isApi ? 'GET, HEAD, POST, DELETE' : 'GET, HEAD';
  if (!isApi) return method === 'GET' || method === 'HEAD' ? null : 'GET, HEAD';
  if (method === 'PUT' || method === 'PATCH') return 'GET, HEAD, POST, DELETE';
  return null;
}

/** GET routes that run a query the user wrote: a hostile page could fire them from an <img> tag. */
function runsUserQuery(request: NextRequest): boolean {
  return request.nextUrl.pathname === '/api/map' && request.nextUrl.searchParams.has('query');
}

function refuse(status: number, code: string, message: string, json: boolean): NextResponse {
  const res = json
    ? NextResponse.json({ error: { code, message } }, { status })
    : new NextResponse(`${status} ${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  res.headers.set('cache-control', 'no-store');
  applySecurityHeaders(res.headers);
  res.headers.set('Content-Security-Policy', API_CSP);
  return res;
}

export const config = {
  // Node.js runtime (stable in Next 15.5): reads the build's prerendered pages to hash their inline scripts.
  runtime: 'nodejs',
  // Everything, static files included: with TRAME_AUTH nothing is served to strangers.
  matcher: '/:path*',
};
