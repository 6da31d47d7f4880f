import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { capPayloadBytes } from '../graph/byte-cap';
import type { GraphPayload } from '../graph/payload';
import { Neo4jQueryError, Neo4jUnavailableError } from '../neo4j/errors';
import { API_CSP, applySecurityHeaders } from '../security';
import { authRefusal, type Refusal } from './request-guard';

/** An error a route handler wants to show to the client with a given status. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one error shape of every API route: { error: { code, message } }. */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** Maps any thrown value to the error JSON: 400 bad input, 404, 503 Neo4j down, 500 otherwise. */
export function toErrorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return errorResponse(400, 'BAD_REQUEST', `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  if (error instanceof Neo4jUnavailableError) {
    // The URI names an internal host: it goes to the server log, not to browsers.
    console.error(`trame api: ${error.message}`);
    return errorResponse(503, error.code, 'Neo4j is unreachable — the server log has the details');
  }
  if (error instanceof Neo4jQueryError) return errorResponse(400, error.code, error.message);
  console.error('trame api:', error);
  return errorResponse(500, 'INTERNAL', 'internal error — see the server log');
}

/**
 * The JSON response of a graph payload cut to `maxBytes` (capPayloadBytes). Serialised once when it fits, as
 * most do: the text that measured it is the body sent.
 */
export function cappedGraphResponse<P extends GraphPayload>(payload: P, maxBytes: number): NextResponse {
  const text = JSON.stringify(payload);
  if (text.length <= maxBytes) return new NextResponse(text, { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
  return NextResponse.json(capPayloadBytes(payload, maxBytes), { headers: { 'cache-control': 'no-store' } });
}

/**
 * Wraps a route handler: checks TRAME_AUTH again (the HTTP server's guard applied every request rule already,
 * request-guard.ts), then returns the handler's JSON, or the error JSON when it throws, with the security
 * headers and the API's CSP.
 */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<NextResponse> => {
    let res: NextResponse;
    try {
      const refusal = await routeAuthRefusal(args[0]);
      if (refusal) res = errorResponse(refusal.status, refusal.code, refusal.message, refusal.headers);
      else {
        const body = await fn(...args);
        res = body instanceof NextResponse ? body : NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
      }
    } catch (error) {
      res = toErrorResponse(error);
    }
    return withApiHeaders(res);
  };
}

/** The auth refusal of a route's request (null: it may go on; handlers called without a request are not HTTP). */
export async function routeAuthRefusal(request: unknown): Promise<Refusal | null> {
  return request instanceof Request ? authRefusal({ header: (name) => request.headers.get(name) }) : null;
}

/** Sets the security headers and the API's CSP on an API response. */
export function withApiHeaders<R extends Response>(res: R): R {
  applySecurityHeaders(res.headers);
  res.headers.set('Content-Security-Policy', API_CSP);
  return res;
}

/** Parses URL search params with a zod schema (throws ZodError -> 400). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return schema.parse(params);
}

/**
 * Reads a request body of at most maxBytes, counting while reading: a chunked body (no Content-Length)
 * or one that lies about its length is cut at the limit, never buffered whole. 413 beyond.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `body larger than ${maxBytes} bytes`);
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Reads a JSON body no larger than maxBytes (413 beyond, counted while reading) and parses it with a zod schema (400 when invalid). */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = 64 * 1024): Promise<z.infer<S>> {
  const bytes = await readBodyCapped(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'body is not valid JSON');
  }
  return schema.parse(json);
}
