import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { forwardedFor, matchRoute, readCapped, runRoute, type ApiRequest, type RouteTable } from './api-route';
import { nodeHeader, splitTarget } from './node-request';
import { errorReply, JsonReply } from './respond';
import { API_ROUTES } from './routes';

// The route table on node:http, without Next.js: for requests that passed the server's guard
// (server-guard.ts), which set the security headers and the API's CSP on the response already.

/** Answers one /api/ request from the route table: 404 for an unknown path, 405 with Allow for a method it lacks. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, table: RouteTable = API_ROUTES): Promise<void> {
  const { path, search } = splitTarget(req.url);
  const method = (req.method ?? 'GET').toUpperCase();
  const match = matchRoute(table, method, path);
  let reply: JsonReply;
  if (match.route) reply = await runRoute(match.route, apiRequest(req, match.params, search));
  else if (match.allow.length === 0) reply = errorReply(404, 'NOT_FOUND', `no API route ${path}`);
  else {
    const allow = [...new Set(match.allow.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
    reply = method === 'OPTIONS' ? new JsonReply(204, '', { Allow: allow }) : errorReply(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, { Allow: allow });
  }
  const body = Buffer.from(reply.text);
  res.writeHead(reply.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': body.byteLength, ...reply.headers });
  res.end(method === 'HEAD' || reply.status === 204 ? undefined : body);
  if (!req.readableEnded) dropRest(req);
}

/** How much of an unread body is read and dropped after the answer before the server stops reading. */
const DROP_MAX_BYTES = 16 * 1024 * 1024;
/** How long a client that sends on past DROP_MAX_BYTES keeps its connection, to read its answer, before it is cut. */
const LINGER_MS = 5_000;

/**
 * The rest of a body the route left unread (a 405, a refused write, a body past its cap) is read and dropped:
 * closing with data still coming resets the connection, and a client still sending would lose the answer with
 * it. Past DROP_MAX_BYTES the server stops reading, so TCP holds a client that sends on while it reads its
 * answer, and cuts the connection LINGER_MS later (a reset then loses nothing the client did not leave unread).
 */
function dropRest(req: IncomingMessage): void {
  let left = DROP_MAX_BYTES;
  const drop = (chunk: Buffer): void => {
    left -= chunk.byteLength;
    if (left >= 0) return;
    req.off('data', drop);
    req.pause();
    const cut = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
    req.socket.once('close', () => clearTimeout(cut));
  };
  req.on('data', drop);
  req.resume();
}

function apiRequest(req: IncomingMessage, params: Record<string, string>, search: string): ApiRequest {
  const header = (name: string): string | null => nodeHeader(req, name);
  return {
    method: req.method ?? 'GET',
    params,
    query: new URLSearchParams(search),
    header,
    host: header('host') ?? '',
    clients: [req.socket.remoteAddress ?? '', ...forwardedFor(header('x-forwarded-for'))],
    // Leaving the read early must not destroy the request: its socket still carries the 413.
    body: (maxBytes) => readCapped(req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>, header('content-length'), maxBytes),
  };
}
