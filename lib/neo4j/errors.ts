import 'server-only';

/** Neo4j could not be reached: callers map it to exit code 1 or HTTP 503. */
export class Neo4jUnavailableError extends Error {
  readonly code = 'NEO4J_UNAVAILABLE';
  constructor(readonly uri: string, cause?: unknown) {
    super(`neo4j: cannot reach ${uri}${typeof cause === 'string' ? ` (${cause})` : ''} — run npm run neo4j:start or set NEO4J_URI`, { cause });
    this.name = 'Neo4jUnavailableError';
  }
}

/** Neo4j refused a query (syntax, permissions, timeout): the message is safe to show to users. */
export class Neo4jQueryError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
    this.name = 'Neo4jQueryError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

/** True when an error from the driver means the server is down or unreachable. */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown } | undefined;
  if (!e) return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && /ECONNREFUSED|ECONNRESET|Could not perform discovery|Failed to connect|connection acquisition timed out/i.test(e.message))
    return true;
  return false;
}
