import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyTooLarge, matchRoute, runRoute, type ApiRequest, type RouteTable } from './api-route';
import { errorReply, JsonReply } from './respond';
import { API_ROUTES } from './routes';

// The route table on node:http, without Next.js: for requests that passed the server's guard
// (server-guard.ts), which set the security headers and the API's CSP on the response already.

/** Answers one /api/ request from the route table: 404 for an unknown path, 405 with Allow for a method it lacks. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, table: RouteTable = API_ROUTES): Promise<void> {
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const method = (req.method ?? 'GET').toUpperCase();
  const match = matchRoute(table, method, path);
  let reply: JsonReply;
  if (match.route) reply = await runRoute(match.route, apiRequest(req, res, match.params, q < 0 ? '' : target.slice(q + 1)));
  else if (match.allow.length === 0) reply = errorReply(404, 'NOT_FOUND', `no API route ${path}`);
  else {
    const allow = [...new Set(match.allow.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
    reply = method === 'OPTIONS' ? new JsonReply(204, '', { Allow: allow }) : errorReply(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, { Allow: allow });
  }
  const body = Buffer.from(reply.text);
  res.writeHead(reply.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': body.byteLength, ...reply.headers });
  res.end(method === 'HEAD' || reply.status === 204 ? undefined : body);
  // An unread body (a 405, a refused write) is drained, or the connection could not carry the next request;
  // one cut at its cap is not (Connection: close ends the socket once the answer is out).
  if (!req.readableEnded && !res.hasHeader('connection')) req.resume();
}

function apiRequest(req: IncomingMessage, res: ServerResponse, params: Record<string, string>, search: string): ApiRequest {
  const header = (name: string): string | null => {
    const v = req.headers[name];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  };
  const forwarded = (header('x-forwarded-for') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  return {
    method: req.method ?? 'GET',
    params,
    query: new URLSearchParams(search),
    header,
    host: header('host') ?? '',
    clients: [req.socket.remoteAddress ?? '', ...forwarded],
    body: (maxBytes) => readBodyCapped(req, res, maxBytes),
  };
}

/**
 * Reads a request body of at most maxBytes, counting while reading: beyond, 413 and the rest is never read (the
 * answer closes the connection, so a client still sending stops).
 */
async function readBodyCapped(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => {
    res.setHeader('Connection', 'close');
    return bodyTooLarge(maxBytes);
  };
  if (Number(req.headers['content-length'] ?? '0') > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early must not destroy the request: its socket still carries the 413.
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
