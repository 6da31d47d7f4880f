import http from 'node:http';
import { API_CSP } from '../security/csp';
import { SECURITY_HEADERS } from '../security/headers';
import { guardedRequest } from './node-request';
import { isApiPath, requestRefusal, type Refusal } from './request-guard';

// Installed on every HTTP server of the process, before its handlers: by scripts/serve.ts before it listens
// (npm start), by instrumentation.ts under next dev:
// - TRACE and TRACK never reach middleware.ts: Next builds a fetch Request for them, and fetch refuses those
//   methods, so Next answered its 500 HTML page without the security headers. They get a 405 here.
// - Every /api/ request passes the rules of request-guard.ts here instead of in middleware.ts (which matches
//   pages only): a refusal is answered at once in the JSON error shape, with the security headers; a request
//   that may go on carries the security headers and the API's CSP into whatever Next answers, its own 404 and
//   405 included. The routes, served by Next.js (next-route.ts) or by Trame's server (node-api.ts), apply
//   none of these rules again (next-route.ts checks the auth only where this guard is not installed).
// (CONNECT is not a request event in Node.)

const REFUSED = new Set(['TRACE', 'TRACK']);
const MARK = Symbol.for('trame.serverGuard');

function setApiHeaders(res: http.ServerResponse): void {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', API_CSP);
}

function answer(req: http.IncomingMessage, res: http.ServerResponse, refusal: Refusal): void {
  setApiHeaders(res);
  for (const [key, value] of Object.entries(refusal.headers)) res.setHeader(key, value);
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(refusal.status);
  res.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
  req.resume();
}

/** True once installServerGuard() ran in this process (by any copy of this module). */
export function isServerGuardInstalled(): boolean {
  return (http.Server.prototype as http.Server & { [MARK]?: boolean })[MARK] === true;
}

/** Makes every HTTP server of this process apply the request rules to /api/ and refuse TRACE/TRACK before its handlers run (idempotent). */
export function installServerGuard(): void {
  const proto = http.Server.prototype as http.Server & { [MARK]?: boolean };
  if (proto[MARK]) return;
  proto[MARK] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean;
  proto.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    const request = guardedRequest(req);
    const api = isApiPath(request.path);
    if (REFUSED.has(request.method.toUpperCase())) {
      answer(req, res, { status: 405, code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not allowed`, headers: { Allow: api ? 'GET, HEAD, POST, DELETE' : 'GET, HEAD' } });
      return true;
    }
    if (!api) return emit.call(this, event, ...args);
    void requestRefusal(request).then(
      (refusal) => {
        if (refusal) return answer(req, res, refusal);
        setApiHeaders(res);
        emit.call(this, event, ...args);
      },
      (error: unknown) => {
        console.error('trame api guard:', error);
        answer(req, res, { status: 500, code: 'INTERNAL', message: 'internal error — see the server log', headers: {} });
      },
    );
    return true;
  } as typeof proto.emit;
}
