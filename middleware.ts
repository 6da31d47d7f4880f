import { NextResponse, type NextRequest } from 'next/server';
import { API_CSP, applySecurityHeaders, makeNonce, pageCsp } from './lib/security';
import { requestRefusal, type Refusal } from './lib/http/request-guard';
import { staticScriptHashes } from './lib/security/static-scripts';

/**
 * Pages and static files go through here (API requests do not: the HTTP server's guard applies the same rules
 * to them, lib/http/server-guard.ts; under `npm start` the build's static files are answered from memory after
 * the same rules, lib/http/static-files.ts, and only a refused one comes here):
 * 1. the rules of lib/http/request-guard.ts (auth, DNS-rebinding guard, methods, origin, body size): a refusal
 *    answers in plain text with the security headers;
 * 2. security headers and the CSP (lib/security/csp.ts): per-request nonce + hashes of prerendered inline scripts.
 */
export async function middleware(request: NextRequest): Promise<NextResponse> {
  const refusal = await requestRefusal({
    method: request.method,
    path: request.nextUrl.pathname,
    search: request.nextUrl.searchParams,
    header: (name) => request.headers.get(name),
  });
  if (refusal) return refuse(refusal);

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

function refuse({ status, message, headers }: Refusal): NextResponse {
  const res = new NextResponse(`${status} ${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
  res.headers.set('cache-control', 'no-store');
  applySecurityHeaders(res.headers);
  res.headers.set('Content-Security-Policy', API_CSP);
  return res;
}

export const config = {
  // Node.js runtime (stable in Next 15.5): reads the build's prerendered pages to hash their inline scripts.
  runtime: 'nodejs',
  // Everything but /api/ (guarded in front of Next), static files included: with
  // TRAME_AUTH nothing is served to strangers.
  matcher: '/((?!api/|api$).*)',
};
