import 'server-only';
import { z } from 'zod';
import { capPayloadBytes } from '../graph/byte-cap';
import type { GraphPayload } from '../graph/payload';
import { Neo4jQueryError, Neo4jUnavailableError } from '../neo4j/errors';

// What an API route answers, whichever server carries it (lib/http/next-route.ts for Next.js, node-api.ts
// for the production server): a status, the JSON text and the headers of its own. The security headers, the
// API's CSP and Cache-Control are the servers' part.

/** An error a route handler wants to show to the client with a given status. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A route's answer: status, JSON text (serialised once) and headers of its own (WWW-Authenticate, Allow...). */
export class JsonReply {
  constructor(readonly status: number, readonly text: string, readonly headers: Record<string, string> = {}) {}
}

/** The answer of a JSON body. */
export function jsonReply(body: unknown, status = 200, headers: Record<string, string> = {}): JsonReply {
  return new JsonReply(status, JSON.stringify(body), headers);
}

/** The one error shape of every API route: { error: { code, message } }. */
export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): JsonReply {
  return jsonReply({ error: { code, message } }, status, headers);
}

/** Maps any thrown value to the error JSON: 400 bad input, 404, 413, 503 Neo4j down, 500 otherwise. */
export function toErrorReply(error: unknown): JsonReply {
  if (error instanceof HttpError) return errorReply(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return errorReply(400, 'BAD_REQUEST', `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  if (error instanceof Neo4jUnavailableError) {
    // The URI names an internal host: it goes to the server log, not to browsers.
    console.error(`trame api: ${error.message}`);
    return errorReply(503, error.code, 'Neo4j is unreachable — the server log has the details');
  }
  if (error instanceof Neo4jQueryError) return errorReply(400, error.code, error.message);
  console.error('trame api:', error);
  return errorReply(500, 'INTERNAL', 'internal error — see the server log');
}

/**
 * The answer of a graph payload cut to `maxBytes` (capPayloadBytes). Serialised once when it fits, as most do:
 * the text that measured it is the body sent.
 */
export function cappedGraphReply<P extends GraphPayload>(payload: P, maxBytes: number): JsonReply {
  const text = JSON.stringify(payload);
  if (text.length <= maxBytes) return new JsonReply(200, text);
  return jsonReply(capPayloadBytes(payload, maxBytes));
}
