import http from 'node:http';
import { API_CSP } from './csp';
import { SECURITY_HEADERS } from './headers';

// TRACE and TRACK never reach middleware.ts: Next builds a fetch Request for it, and fetch refuses those
// methods, so Next answered its 500 HTML page without the security headers. This guard answers them at the
// HTTP server, before Next: 405, JSON, the security headers. (CONNECT is not a request event in Node.)

const REFUSED = new Set(['TRACE', 'TRACK']);
const MARK = Symbol.for('trame.methodGuard');

/** Makes every HTTP server of this process answer TRACE/TRACK with a 405 before its handlers run (idempotent). */
export function installMethodGuard(): void {
  const proto = http.Server.prototype as http.Server & { [MARK]?: boolean };
  if (proto[MARK]) return;
  proto[MARK] = true;
  const emit = proto.emit;
  proto.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (REFUSED.has((req.method ?? '').toUpperCase())) {
        const isApi = (req.url ?? '').startsWith('/api');
        const headers: Record<string, string> = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
        headers['Content-Security-Policy'] = API_CSP;
        headers['Allow'] = isApi ? 'GET, HEAD, POST, DELETE' : 'GET, HEAD';
        headers['Cache-Control'] = 'no-store';
        headers['Content-Type'] = 'application/json';
        res.writeHead(405, headers);
        res.end(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not allowed` } }));
        req.resume();
        return true;
      }
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
