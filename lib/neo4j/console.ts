// The Cypher console's server side: plan (EXPLAIN) in a READ transaction, refuse anything that is
// not read-only, then run in a READ transaction with a server-side timeout, pulling records one by
// one and stopping at the row cap or the byte cap so a huge result never sits in memory.
// Before any of that, lib/neo4j/query-guard.ts refuses what Neo4j handles badly (nesting, growth, params).
import 'server-only';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphPayload } from '../graph/payload';
import { graphFromRows, collectGraph, missingEndpoints } from '../graph/from-rows';
import { capPayloadBytes, jsonSize, maxResultBytes } from '../graph/byte-cap';
import { toPlain } from './convert';
import { abandonSession, releaseFailedSession, sessionWork, translate, type Db } from './driver';
import { Neo4jQueryError } from './errors';
import { runInTransaction } from './queries';
import { guardParams, guardQuery } from './query-guard';
import { lexicalRefusal, planRefusal, type PlanNode } from './read-only';

/** Limits on one console query (env: TRAME_CYPHER_TIMEOUT_MS, TRAME_CYPHER_MAX_ROWS, TRAME_CYPHER_MAX_NODES, TRAME_MAX_RESULT_BYTES). */
export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxNodes: number;
  /** Byte budget of the whole answer: half for the rows, half for the graph. */
  maxBytes: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = { timeoutMs: 5_000, maxRows: 5_000, maxNodes: 2_000, maxBytes: 8 * 1024 * 1024 };

/** Reads the limits from the environment, falling back to the defaults on missing or bad values. */
export function consoleLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleLimits {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Math.floor(Number(v)) : d);
  return {
    timeoutMs: num(env.TRAME_CYPHER_TIMEOUT_MS, DEFAULT_CONSOLE_LIMITS.timeoutMs),
    maxRows: num(env.TRAME_CYPHER_MAX_ROWS, DEFAULT_CONSOLE_LIMITS.maxRows),
    maxNodes: num(env.TRAME_CYPHER_MAX_NODES, DEFAULT_CONSOLE_LIMITS.maxNodes),
    maxBytes: maxResultBytes(env),
  };
}

/** What POST /api/cypher answers. */
export interface ConsoleResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: GraphPayload;
  /** True when the row cap, the node cap or the byte cap cut the result. */
  truncated: boolean;
  elapsedMs: number;
}

/** The query ran past the time limit and was stopped. */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`the query was stopped after ${timeoutMs / 1000} s (the console's time limit): narrow it with LIMIT or a more selective MATCH`);
    this.name = 'QueryTimeoutError';
  }
}

const EXPLAIN_PREFIX = 'EXPLAIN ';
// Neo4j checks transaction timeouts every couple of seconds; past this grace the server is not
// honouring the timeout and the request stops waiting rather than hang.
const CLIENT_GRACE_MS = 5_000;
const FETCH_SIZE = 100;

function toPlanNode(plan: unknown): PlanNode | null {
  if (!plan || typeof plan !== 'object') return null;
  const p = plan as { operatorType?: string; arguments?: Record<string, unknown>; children?: unknown[] };
  const details = p.arguments?.Details;
  return {
    operatorType: String(p.operatorType ?? ''),
    details: typeof details === 'string' ? details : '',
    children: (p.children ?? []).map(toPlanNode).filter((c): c is PlanNode => c !== null),
  };
}

/** Neo4j positions count the EXPLAIN prefix: shift them back onto the user's text. */
function unprefixError(error: Error, shift: number): Error {
  if (!(error instanceof Neo4jQueryError)) return error;
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(error.message);
  const pos = error.position ?? (m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined);
  if (!pos) return error;
  const position = { line: pos.line, column: pos.line === 1 ? Math.max(1, pos.column - shift) : pos.column, offset: Math.max(0, pos.offset - shift) };
  const message = error.message.replace(/\(line \d+, column \d+ \(offset: \d+\)\)/, `(line ${position.line}, column ${position.column})`);
  return new Neo4jQueryError(message, error.code, position);
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped';
}

/**
 * One READ transaction with a server-side timeout and a client-side grace; `unavailableAfterMs` (0: none)
 * turns a silent server into Neo4jUnavailableError sooner. A session that fails without Neo4j's own answer
 * (grace or deadline passed) is abandoned at once, so its pooled connection is not held while the server
 * finishes.
 */
async function readTx<T>(db: Db, timeoutMs: number, work: (tx: ManagedTransaction) => Promise<T>, unavailableAfterMs = 0): Promise<T> {
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
  const run = session.executeRead(work, { timeout: timeoutMs });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(timeoutMs)), timeoutMs + CLIENT_GRACE_MS);
  });
  run.catch(() => {}); // a late failure after the deadline must not surface as unhandled
  try {
    return await sessionWork(db, session, Promise.race([run, deadline]), unavailableAfterMs);
  } catch (error) {
    if (error instanceof QueryTimeoutError) throw error;
    if (isTimeout(error)) throw new QueryTimeoutError(timeoutMs);
    throw translate(db, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Plans the query and throws QueryRefusedError unless Neo4j and the console policy agree it only reads. */
export async function assertReadOnly(db: Db, query: string, params: Record<string, unknown>, timeoutMs: number): Promise<void> {
  guardQuery(query);
  const lexical = lexicalRefusal(query);
  if (lexical) throw lexical;
  let summary: { queryType?: string; plan?: unknown };
  try {
    // Planning is quick on a live server: past the read deadline, Neo4j is frozen or gone (503), not slow.
    summary = await readTx(db, timeoutMs, async (tx) => (await tx.run(EXPLAIN_PREFIX + query, params)).summary, db.options?.readDeadlineMs ?? 0);
  } catch (error) {
    throw unprefixError(error as Error, EXPLAIN_PREFIX.length);
  }
  const refusal = planRefusal(summary.queryType, toPlanNode(summary.plan));
  if (refusal) throw refusal;
}

interface Pulled {
  columns: string[];
  rows: Record<string, unknown>[];
  more: boolean;
}

/**
 * Runs the query in one READ transaction and pulls rows until the row or byte cap. At a cap the rest is not
 * discarded (a DISCARD makes Neo4j compute every remaining row first, past the time limit): the session is
 * abandoned, which ends the transaction server-side at once. Nothing is written, so nothing is lost.
 */
async function pullCapped(db: Db, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<Pulled> {
  // Small batches: the byte cap is checked between records, and one batch is what sits in memory meanwhile.
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  const maxBytes = limits.maxBytes / 2;
  const pull = async (): Promise<Pulled> => {
    const tx = await session.beginTransaction({ timeout: limits.timeoutMs });
    const result = tx.run(query, params);
    const columns = (await result.keys()).map(String);
    const rows: Record<string, unknown>[] = [];
    let bytes = 0;
    // Iterated by hand: a for-await loop would call return() on the way out, i.e. DISCARD.
    const records = result[Symbol.asyncIterator]();
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      if (rows.length >= limits.maxRows) return { columns, rows, more: true };
      const row: Record<string, unknown> = {};
      for (const k of columns) row[k] = toPlain(next.value.get(k));
      bytes += jsonSize(row) + 1;
      if (bytes > maxBytes) return { columns, rows, more: true };
      rows.push(row);
    }
    await tx.commit();
    return { columns, rows, more: false };
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(limits.timeoutMs)), limits.timeoutMs + CLIENT_GRACE_MS);
  });
  const work = pull();
  work.catch(() => {}); // a late failure after the deadline must not surface as unhandled
  try {
    const pulled = await Promise.race([work, deadline]);
    if (pulled.more) abandonSession(session);
    else await session.close().catch(() => {});
    return pulled;
  } catch (error) {
    releaseFailedSession(session, error);
    if (error instanceof QueryTimeoutError) throw error;
    if (isTimeout(error)) throw new QueryTimeoutError(limits.timeoutMs);
    throw translate(db, error);
  } finally {
    clearTimeout(timer);
  }
}

/** JSON numbers are floats to the driver; whole ones become Cypher integers so `LIMIT $n` works. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

/** Runs one console query under the read-only policy and the limits; rows, graph and timing. */
export async function runConsoleQuery(db: Db, query: string, params: Record<string, unknown> = {}, overrides: Partial<ConsoleLimits> = {}): Promise<ConsoleResult> {
  const started = performance.now();
  const limits: ConsoleLimits = { ...consoleLimitsFromEnv(), ...overrides };
  // Checked on the JSON as sent, before the recursive conversion below walks it.
  guardParams(params);
  params = toCypherParams(params) as Record<string, unknown>;
  await assertReadOnly(db, query, params, limits.timeoutMs);
  const pulled = await pullCapped(db, query, params, limits);
  // Relationships returned without their ends (e.g. RETURN r) still get drawn: fetch the ends.
  const missing = missingEndpoints(collectGraph(pulled.rows)).slice(0, limits.maxNodes);
  const extra = missing.length
    ? await readTx(db, limits.timeoutMs, async (tx) => (await runInTransaction(tx, 'console/fetch-nodes', { ids: missing })).map((r) => r.n))
    : [];
  const graph = capPayloadBytes(graphFromRows(pulled.rows, limits.maxNodes, extra), limits.maxBytes / 2);
  return {
    columns: pulled.columns,
    rows: pulled.rows,
    graph,
    truncated: pulled.more || graph.truncated,
    elapsedMs: Math.round(performance.now() - started),
  };
}
