import 'server-only';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { neo4jConfigFromEnv, type Neo4jConfig } from './config';
import { isUnavailable, Neo4jQueryError, Neo4jUnavailableError } from './errors';
import { recordsToRows } from './convert';

/** How long the driver waits and retries; the web app wants fast 503s, the loader patience. */
export interface DriverOptions {
  /** Time to open a connection before giving up, ms. */
  connectionTimeoutMs: number;
  /** Total time managed transactions retry transient errors (deadlock, leader switch), ms. */
  maxRetryTimeMs: number;
  maxPoolSize: number;
  /**
   * Client-side deadline for one read, ms (0: none). A frozen server keeps pooled connections open and
   * never answers; only a deadline on our side turns that into an error instead of a hung request.
   */
  readDeadlineMs: number;
}

export const DEFAULT_DRIVER_OPTIONS: DriverOptions = {
  connectionTimeoutMs: 5_000,
  maxRetryTimeMs: 15_000,
  maxPoolSize: 50,
  readDeadlineMs: 0,
};

/** Driver settings for request handlers: an outage must answer 503 well within 2 s. */
export const WEB_DRIVER_OPTIONS: DriverOptions = {
  connectionTimeoutMs: 900,
  maxRetryTimeMs: 500,
  maxPoolSize: 100,
  readDeadlineMs: 4_500,
};

export interface Db {
  driver: Driver;
  config: Neo4jConfig;
  options?: DriverOptions;
}

/** Opens a driver for one config; callers own it and must close it. */
export function openDb(config: Neo4jConfig = neo4jConfigFromEnv(), options: Partial<DriverOptions> = {}): Db {
  const o = { ...DEFAULT_DRIVER_OPTIONS, ...options };
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth, {
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.connectionTimeoutMs + 500,
    maxTransactionRetryTime: o.maxRetryTimeMs,
    maxConnectionPoolSize: o.maxPoolSize,
    userAgent: 'trame/0.1',
  });
  return { driver, config, options: o };
}

const shared = globalThis as unknown as { __trameDb?: Db };

/** The process-wide driver for the web app, created on first use (survives dev hot reloads). */
export function sharedDb(): Db {
  if (!shared.__trameDb) shared.__trameDb = openDb(neo4jConfigFromEnv(), WEB_DRIVER_OPTIONS);
  return shared.__trameDb;
}

/** Closes the process-wide driver, if any. */
export async function closeSharedDb(): Promise<void> {
  const db = shared.__trameDb;
  shared.__trameDb = undefined;
  if (db) await db.driver.close();
}

/** Checks that Neo4j answers; throws Neo4jUnavailableError naming the URI otherwise. */
export async function verify(db: Db): Promise<{ version: string; address: string }> {
  try {
    const info = await withDeadline(db, db.driver.getServerInfo({ database: db.config.database }));
    return { version: info.agent ?? 'unknown', address: info.address ?? db.config.uri };
  } catch (error) {
    throw translate(db, error);
  }
}

/** Races work against the Db's read deadline; past it, Neo4j counts as unavailable (the work is abandoned). */
export async function withDeadline<T>(db: Db, work: Promise<T>, deadlineMs = db.options?.readDeadlineMs ?? 0): Promise<T> {
  if (!deadlineMs) return work;
  let timer: NodeJS.Timeout | undefined;
  work.catch(() => {}); // a late failure after the deadline must not surface as unhandled
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Neo4jUnavailableError(db.config.uri, `no answer within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Maps a driver error to Trame's errors: unreachable -> Neo4jUnavailableError, Neo4j refusal -> Neo4jQueryError. */
export function translate(db: Db, error: unknown): Error {
  if (error instanceof Neo4jUnavailableError || error instanceof Neo4jQueryError) return error;
  if (isUnavailable(error)) return new Neo4jUnavailableError(db.config.uri, error);
  const e = error as { code?: string; message?: string; gqlStatusDescription?: string; diagnosticRecord?: { _position?: { line: unknown; column: unknown; offset: unknown } } };
  if (e && typeof e.code === 'string' && e.code.startsWith('Neo.')) {
    const pos = e.diagnosticRecord?._position;
    const position = pos ? { line: Number(pos.line), column: Number(pos.column), offset: Number(pos.offset) } : undefined;
    return new Neo4jQueryError(firstLine(e.message ?? e.code), e.code, position);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

type HeldConnection = { close?: () => Promise<void> } | null;
type ConnectionHolders = Partial<Record<'_readConnectionHolder' | '_writeConnectionHolder', { getConnection(): Promise<HeldConnection> }>>;

/**
 * Ends a session whose request failed or missed its deadline without waiting for the server. A plain
 * close sends RESET and waits for the answer, which a server stuck in a query (the parser on deeply
 * nested input takes minutes) gives late, holding a pooled connection meanwhile. Closing the socket
 * makes the pool drop that connection at once and the server end the transaction.
 * The driver has no public call for this: the session's connection holders are its internals.
 */
export function abandonSession(session: Session): void {
  const holders = session as unknown as ConnectionHolders;
  for (const holder of [holders._readConnectionHolder, holders._writeConnectionHolder]) {
    void holder
      ?.getConnection()
      .then((connection) => connection?.close?.())
      .catch(() => {});
  }
  void session.close().catch(() => {});
}

/**
 * Lets go of a session whose work failed: closed without waiting after Neo4j's own error (syntax, timeout,
 * memory limit: a Neo.* code on a healthy connection), abandoned otherwise (deadline passed, socket gone).
 */
export function releaseFailedSession(session: Session, error: unknown): void {
  const answered = String((error as { code?: unknown })?.code ?? '').startsWith('Neo.');
  if (answered) void session.close().catch(() => {});
  else abandonSession(session);
}

/**
 * Races a session's work against the Db's deadline (or `deadlineMs`, 0: none). Past it, or on any failure Neo4j
 * did not answer itself, the session is abandoned (its socket closed); after Neo4j's own error it is closed
 * without waiting.
 */
export async function sessionWork<T>(db: Db, session: Session, work: Promise<T>, deadlineMs?: number): Promise<T> {
  let result: T;
  try {
    result = await withDeadline(db, work, deadlineMs);
  } catch (error) {
    releaseFailedSession(session, error);
    throw error;
  }
  await session.close().catch(() => {});
  return result;
}

export interface ReadOptions {
  /** Server-side transaction timeout, ms. */
  timeoutMs?: number;
}

export interface WriteOptions extends ReadOptions {
  /** Client-side deadline, ms (unset: none; the CLIs wait): past it the transaction is abandoned (rolled back). */
  deadlineMs?: number;
}

/** Runs a parameterised read query through READ routing and returns plain rows. */
export async function readRows<T = Record<string, unknown>>(db: Db, cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<T[]> {
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
  const work = session.executeRead((tx) => tx.run(cypher, params).then((r) => r.records), { timeout: options.timeoutMs });
  try {
    return recordsToRows<T>(await sessionWork(db, session, work));
  } catch (error) {
    throw translate(db, error);
  }
}

/** Runs work inside one managed write transaction (retried on transient errors). */
export async function writeTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.WRITE });
  if (options.deadlineMs) {
    // A frozen server would hold the request forever; past the deadline the session is abandoned, and with
    // its connection the transaction, which Neo4j then rolls back: nothing is half-written.
    try {
      return await sessionWork(db, session, session.executeWrite(work, { timeout: options.timeoutMs }), options.deadlineMs);
    } catch (error) {
      throw translate(db, error);
    }
  }
  try {
    return await session.executeWrite(work, { timeout: options.timeoutMs });
  } catch (error) {
    throw translate(db, error);
  } finally {
    await session.close();
  }
}

/** Runs a parameterised write query in its own transaction and returns plain rows. */
export async function writeRows<T = Record<string, unknown>>(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return writeTransaction(db, async (tx) => recordsToRows<T>((await tx.run(cypher, params)).records));
}
