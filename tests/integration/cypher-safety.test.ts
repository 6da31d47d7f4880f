// The console's safety against a real Neo4j holding the sample: hostile queries are refused,
// runaway queries are stopped by the timeout, and the graph is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTimeoutError, runConsoleQuery, type ConsoleLimits } from '@/lib/neo4j/console';
import type { Db } from '@/lib/neo4j/driver';
import { Neo4jQueryError } from '@/lib/neo4j/errors';
import { QueryRefusedError } from '@/lib/neo4j/read-only';
import { loadSample, snapshot, testDb } from '@/tests/helpers/db';
import { REFUSED_QUERIES, RUNAWAY_QUERIES } from '@/tests/unit/console/hostile-queries';

// A short timeout keeps the suite fast; the stop time of each runaway is printed.
const LIMITS: ConsoleLimits = { timeoutMs: 1_000, maxRows: 5_000, maxNodes: 2_000, maxBytes: 8 * 1024 * 1024 };

let db: Db;
let before: Awaited<ReturnType<typeof snapshot>>;
const outcome = { refused: 0, stopped: 0, stopMs: [] as number[] };

beforeAll(async () => {
  db = testDb();
  await loadSample(db);
  before = await snapshot(db);
});

afterAll(async () => {
  console.log(
    `cypher console: ${outcome.refused} hostile queries refused, ${outcome.stopped} runaway queries stopped by the ${LIMITS.timeoutMs} ms timeout ` +
      `(stopped after ${outcome.stopMs.map((ms) => `${ms} ms`).join(', ')})`,
  );
  await db?.driver.close();
});

describe('hostile queries', () => {
  it('lists at least 30 of them', () => {
    expect(REFUSED_QUERIES.length + RUNAWAY_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REFUSED_QUERIES)('refuses %s', async (query) => {
    const error = await runConsoleQuery(db, query, {}, LIMITS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `${query} ran`).toBeInstanceOf(QueryRefusedError);
    expect((error as QueryRefusedError).message.length).toBeGreaterThan(10);
    outcome.refused++;
  });

  it.each(RUNAWAY_QUERIES)('stops %s with the timeout', async (query) => {
    const started = performance.now();
    const error = await runConsoleQuery(db, query, {}, LIMITS).then(
      () => null,
      (e: unknown) => e,
    );
    const ms = Math.round(performance.now() - started);
    expect(error, `${query} finished`).toBeInstanceOf(QueryTimeoutError);
    // Neo4j checks transaction deadlines every ~2 s; the console's own deadline is timeout + 5 s.
    expect(ms).toBeLessThan(LIMITS.timeoutMs + 5_500);
    outcome.stopped++;
    outcome.stopMs.push(ms);
    console.log(`runaway stopped after ${ms} ms: ${query}`);
  });

  it('would still be stopped by the READ transaction if a write slipped past the checks', async () => {
    // The last layer is Neo4j's own: the console's transactions are opened in READ access mode.
    const session = db.driver.session({ database: db.config.database, defaultAccessMode: 'READ' });
    try {
      const error = await session.executeRead((tx) => tx.run("CREATE (n:Hack {id: 'hack'})")).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('Neo.ClientError.Statement.AccessMode');
    } finally {
      await session.close();
    }
  });

  it('leaves every node and relationship as it was', async () => {
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('limits and errors', () => {
  it('caps the rows, says so, and stops pulling', async () => {
    const started = performance.now();
    const r = await runConsoleQuery(db, 'UNWIND range(1, 10000000) AS x RETURN x', {}, { ...LIMITS, maxRows: 5_000, timeoutMs: 10_000 });
    expect(r.rows).toHaveLength(5_000);
    expect(r.truncated).toBe(true);
    expect(r.columns).toEqual(['x']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('caps the nodes sent to the graph and says so', async () => {
    const r = await runConsoleQuery(db, 'MATCH (n) RETURN n', {}, { ...LIMITS, maxNodes: 20 });
    expect(r.graph.nodes).toHaveLength(20);
    expect(r.graph.truncated).toBe(true);
    expect(r.truncated).toBe(true);
    expect(r.rows.length).toBe(r.graph.total?.nodes);
  });

  it('answers syntax errors with line and column in the user\'s text', async () => {
    const error = await runConsoleQuery(db, 'MATCH (n)\nRETRN n', {}, LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jQueryError);
    const e = error as Neo4jQueryError;
    expect(e.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(e.position).toMatchObject({ line: 2, column: 1 });
    expect(e.message).not.toMatch(/\n|at .*\.js/);
  });

  it('shifts first-line positions back past the planning prefix', async () => {
    const error = (await runConsoleQuery(db, 'MATCH (n) RETURN m', {}, LIMITS).catch((e: unknown) => e)) as Neo4jQueryError;
    expect(error.position).toMatchObject({ line: 1, column: 18, offset: 17 });
    expect(error.message).toContain('line 1, column 18');
  });

  it('passes parameters, whole numbers as integers', async () => {
    const r = await runConsoleQuery(db, 'MATCH (c:Country) RETURN c.name AS name ORDER BY name LIMIT $n', { n: 2 }, LIMITS);
    expect(r.rows).toHaveLength(2);
  });

  it('draws relationships returned without their ends', async () => {
    const r = await runConsoleQuery(db, 'MATCH ()-[r:SENT]->() RETURN r LIMIT 3', {}, LIMITS);
    expect(r.graph.edges).toHaveLength(3);
    const ids = new Set(r.graph.nodes.map((n) => n.id));
    expect(r.graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('converts paths into nodes and edges keyed like the explorer (Entity ids)', async () => {
    const r = await runConsoleQuery(db, "MATCH p = (:Country {iso2: 'KP'})-[:SENT]->(:Transfer) RETURN p LIMIT 1", {}, LIMITS);
    expect(r.graph.nodes.map((n) => n.id)).toContain('country:KP');
    expect(r.graph.edges[0].source).toBe('country:KP');
  });

  it('reports the time the query took, in whole milliseconds, within the time the call took', async () => {
    const t0 = performance.now();
    const r = await runConsoleQuery(db, 'MATCH (c:Country) RETURN c.name AS name', {}, LIMITS);
    const callMs = performance.now() - t0;
    expect(Number.isInteger(r.elapsedMs)).toBe(true);
    expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(r.elapsedMs).toBeLessThanOrEqual(Math.ceil(callMs));
  });

  it('allows the read-only schema procedures', async () => {
    const r = await runConsoleQuery(db, 'CALL db.labels() YIELD label RETURN label', {}, LIMITS);
    expect(r.rows.map((x) => x.label)).toContain('Country');
  });
});
