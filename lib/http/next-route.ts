import 'server-only';
import { API_CSP, applySecurityHeaders } from '../security';
import { forwardedFor, readCapped, routeOf, runRoute, type ApiMethod, type ApiRequest } from './api-route';
import { authRefusal } from './request-guard';
import { errorReply, type JsonReply } from './respond';
import { API_ROUTES } from './routes';
import { isServerGuardInstalled } from './server-guard';

/** The context Next.js passes a route handler with dynamic segments (still percent-encoded). */
interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/** A route handler as Next.js types it: the context argument only on paths with a `:param` (an `[id]` folder). */
type NextHandler<P extends string> = P extends `${string}:${string}` ? (request: Request, context: RouteContext) => Promise<Response> : (request: Request) => Promise<Response>;

/**
 * A Next.js route handler over the route table's `method path` (lib/http/routes.ts), for `next dev` and any
 * server that hands /api/ to Next. The rules of request-guard.ts ran in the server's guard; where that guard is
 * not installed (a handler called directly), the auth is checked here and the security headers set here.
 */
export function nextRoute<P extends string>(method: ApiMethod, path: P): NextHandler<P> {
  const route = routeOf(API_ROUTES, method, path);
  const handler = async (request: Request, context?: RouteContext): Promise<Response> => {
    const guarded = isServerGuardInstalled();
    let reply: JsonReply;
    const refusal = guarded ? null : await authRefusal({ header: (name) => request.headers.get(name) });
    if (refusal) reply = errorReply(refusal.status, refusal.code, refusal.message, refusal.headers);
    else reply = await runRoute(route, apiRequest(request, await context?.params));
    const res = new Response(reply.text, { status: reply.status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...reply.headers } });
    if (!guarded) {
      applySecurityHeaders(res.headers);
      res.headers.set('Content-Security-Policy', API_CSP);
    }
    return res;
  };
  return handler as NextHandler<P>;
}

/** The ApiRequest of a web Request: X-Forwarded-For carries the client's address (Next fills it from the socket). */
function apiRequest(request: Request, segments: Record<string, string | string[] | undefined> = {}): ApiRequest {
  const url = new URL(request.url);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(segments)) if (typeof value === 'string') params[key] = value;
  return {
    method: request.method,
    params,
    query: url.searchParams,
    header: (name) => request.headers.get(name),
    host: request.headers.get('host') ?? url.host,
    clients: forwardedFor(request.headers.get('x-forwarded-for')),
    body: (maxBytes) => readCapped(chunksOf(request.body), request.headers.get('content-length'), maxBytes),
  };
}

/** The chunks of a web body; leaving early (a body past its cap) cancels the rest. */
async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
