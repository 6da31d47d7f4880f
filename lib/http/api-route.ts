import 'server-only';
import type { z } from 'zod';
import { HttpError, JsonReply, jsonReply, toErrorReply } from './respond';

// The kernel both servers share: a route is a method, a path pattern and a handler from an ApiRequest to a
// JSON body (or a JsonReply); lib/http/routes.ts holds the table, next-route.ts and node-api.ts carry it.

/** A request as every route reads it, whichever server received it. */
export interface ApiRequest {
  method: string;
  /** Path parameters by name (`:id`), as sent (still percent-encoded): pathParam() decodes. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** A header by lower-case name. */
  header(name: string): string | null;
  /** The Host the client asked for (the URL's when it sent none). */
  host: string;
  /** Where the request comes from: the socket's peer and every X-Forwarded-For address. */
  clients: readonly string[];
  /** The body, at most maxBytes: counted while reading, 413 (HttpError) beyond, never buffered whole. */
  body(maxBytes: number): Promise<Uint8Array>;
}

export type ApiMethod = 'GET' | 'POST' | 'DELETE';

/** One API route: method, path (`/api/expand/:id`), handler; `errors` answers the route's own errors first. */
export interface ApiRoute {
  method: ApiMethod;
  path: `/api/${string}`;
  handle(request: ApiRequest): Promise<unknown>;
  errors?(error: unknown): JsonReply | null;
}

/** Runs a route: its JSON answer, or the error JSON when it throws. Never throws. */
export async function runRoute(route: ApiRoute, request: ApiRequest): Promise<JsonReply> {
  try {
    const body = await route.handle(request);
    return body instanceof JsonReply ? body : jsonReply(body);
  } catch (error) {
    return route.errors?.(error) ?? toErrorReply(error);
  }
}

/** A route table compiled for matching: the segments of each path pattern. */
export interface RouteTable {
  routes: readonly ApiRoute[];
  patterns: readonly (readonly string[])[];
}

/** Compiles routes for matchRoute(). */
export function routeTable(routes: readonly ApiRoute[]): RouteTable {
  return { routes, patterns: routes.map((r) => r.path.split('/')) };
}

/** The route answering a method and path (still encoded), with its params; `allow` lists the methods a path has when none matches. */
export type RouteMatch = { route: ApiRoute; params: Record<string, string> } | { route: null; allow: ApiMethod[] };

/** Finds the route of a method and path; HEAD is GET's. */
export function matchRoute(table: RouteTable, method: string, path: string): RouteMatch {
  const segments = path.split('/');
  const wanted = method === 'HEAD' ? 'GET' : method;
  const allow: ApiMethod[] = [];
  for (let i = 0; i < table.routes.length; i++) {
    const params = matchSegments(table.patterns[i], segments);
    if (!params) continue;
    if (table.routes[i].method === wanted) return { route: table.routes[i], params };
    allow.push(table.routes[i].method);
  }
  return { route: null, allow };
}

function matchSegments(pattern: readonly string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith(':')) {
      if (segments[i] === '') return null;
      params[p.slice(1)] = segments[i];
    } else if (p !== segments[i]) return null;
  }
  return params;
}

/** The route of a method and path in the table; throws at start-up when the table has none (a typo in a route file). */
export function routeOf(table: RouteTable, method: ApiMethod, path: string): ApiRoute {
  const route = table.routes.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`lib/http/routes.ts has no route ${method} ${path}`);
  return route;
}

/** The addresses of an X-Forwarded-For header, in order (none when it is absent). */
export function forwardedFor(header: string | null): string[] {
  return (header ?? '').split(',').map((c) => c.trim()).filter(Boolean);
}

/** A path parameter, decoded (400 when its percent-encoding is malformed). */
export function pathParam(request: ApiRequest, name: string): string {
  try {
    return decodeURIComponent(request.params[name] ?? '');
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', `${name}: malformed percent-encoding`);
  }
}

/** Parses the query string with a zod schema, one value per name (throws ZodError -> 400). */
export function parseQuery<S extends z.ZodType>(request: ApiRequest, schema: S): z.infer<S> {
  return schema.parse(Object.fromEntries(request.query));
}

/** Reads a JSON body no larger than maxBytes (413 beyond, counted while reading) and parses it with a zod schema (400 when invalid). */
export async function parseJsonBody<S extends z.ZodType>(request: ApiRequest, schema: S, maxBytes = 64 * 1024): Promise<z.infer<S>> {
  const bytes = await request.body(maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'body is not valid JSON');
  }
  return schema.parse(json);
}

function bodyTooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `body larger than ${maxBytes} bytes`);
}

/**
 * Reads a body of at most maxBytes from its chunks, counting while reading, for both servers: a chunked body
 * (no Content-Length) or one that lies about its length is cut at the limit, never buffered whole. 413 beyond.
 */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, contentLength: string | null, maxBytes: number): Promise<Uint8Array> {
  if (Number(contentLength ?? '0') > maxBytes) throw bodyTooLarge(maxBytes);
  const kept: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw bodyTooLarge(maxBytes);
    kept.push(chunk);
  }
  return Buffer.concat(kept, total);
}
