// Issue "no request can take Trame down": each numbered attack against the route handlers and the real
// Neo4j, then proof that Neo4j, the pool and the routes are healthy and memory stayed bounded.
// (tests/e2e/hostile-http.test.ts repeats the HTTP-level cases against the served app.)
import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as cypher } from '@/app/api/cypher/route';
import { GET as mapRoute } from '@/app/api/map/route';
import { GET as healthRoute } from '@/app/api/health/route';
import { GET as searchRoute } from '@/app/api/search/route';
import { GET as expandRoute } from '@/app/api/expand/[id]/route';
import { closeSharedDb, openDb, readRows, WEB_DRIVER_OPTIONS, type Db } from '@/lib/neo4j/driver';
import { neo4jConfigFromEnv } from '@/lib/neo4j/config';
import { Neo4jUnavailableError } from '@/lib/neo4j/errors';
import { loadSample, testDb } from '@/tests/helpers/db';

const post = (body: unknown) =>
  cypher(new Request('http://trame.test/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
const get = (path: string) => new Request(`http://trame.test${path}`);
const nested = (n: number) => `RETURN ${'('.repeat(n)}1${')'.repeat(n)} AS x`;
const MiB = 1024 * 1024;

/** Established connections from this process to the test Neo4j (the app's pool lives in this process here). */
function neo4jConnections(): number {
  const port = new URL(process.env.TRAME_TEST_NEO4J_URI!).port;
  const out = execSync(`ss -tnpH state established '( dport = :${port} )'`, { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(`pid=${process.pid},`)).length;
}

async function everyRouteHealthy(): Promise<void> {
  expect((await healthRoute(get('/api/health'))).status).toBe(200);
  expect((await searchRoute(get('/api/search?q=coree'))).status).toBe(200);
  expect((await expandRoute(get('/api/expand/country%3AKP'), { params: Promise.resolve({ id: 'country%3AKP' }) })).status).toBe(200);
  expect((await post({ query: 'MATCH (n:Country) RETURN n.name AS name LIMIT 3' })).status).toBe(200);
  expect((await mapRoute(get('/api/map?focus=Russie'))).status).toBe(200);
}

let db: Db;

beforeAll(async () => {
  process.env.NEO4J_URI = process.env.TRAME_TEST_NEO4J_URI;
  db = testDb();
  await loadSample(db);
  // A cold fulltext index can take past the app's 4.5 s read deadline on a busy machine: warm it first.
  await readRows(db, "CALL db.index.fulltext.queryNodes('entity_search', 'coree') YIELD node RETURN count(node) AS n");
  await searchRoute(get('/api/search?q=coree'));
});

afterAll(async () => {
  await closeSharedDb();
  await db.driver.close();
});

describe('1. nesting that overflows Neo4j parser', () => {
  it('3,000 nested parentheses on the console and 1,500 on the map are refused before Neo4j, and a flood leaves the pool as it was', async () => {
    await everyRouteHealthy();
    const before = neo4jConnections();
    const res = await post({ query: nested(3_000) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('QUERY_TOO_DEEP');
    const map = await mapRoute(get(`/api/map?query=${encodeURIComponent(nested(1_500))}`));
    expect(map.status).toBe(400);
    expect((await map.json()).error).toMatchObject({ code: 'QUERY_REFUSED', message: expect.stringContaining('QUERY_TOO_DEEP') });

    const flood = await Promise.all(Array.from({ length: 100 }, () => post({ query: nested(3_000) })));
    expect(flood.map((r) => r.status)).toEqual(Array(100).fill(400));
    expect(neo4jConnections()).toBeLessThanOrEqual(before);
    await everyRouteHealthy();
  });

  it('nesting a real query needs (a few levels) still runs', async () => {
    const res = await post({ query: nested(20) });
    expect(res.status).toBe(200);
    expect((await res.json()).rows).toEqual([{ x: 1 }]);
  });
});

describe('1b. sessions that miss their deadline', () => {
  it('are dropped at once: their connections close and Neo4j ends their transactions', async () => {
    // A deadline far shorter than the query: the web driver's situation when Neo4j is stuck on one request.
    const web = openDb({ ...neo4jConfigFromEnv(), uri: process.env.TRAME_TEST_NEO4J_URI! }, { ...WEB_DRIVER_OPTIONS, readDeadlineMs: 300 });
    try {
      await readRows(web, 'RETURN 1 AS one');
      const before = neo4jConnections();
      const slow = 'UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n';
      const results = await Promise.all(Array.from({ length: 8 }, () => readRows(web, slow, {}, { timeoutMs: 60_000 }).catch((e: unknown) => e)));
      for (const r of results) expect(r).toBeInstanceOf(Neo4jUnavailableError);
      await new Promise((r) => setImmediate(r));
      // Before: the 8 connections stayed busy until Neo4j finished each query.
      expect(neo4jConnections()).toBeLessThanOrEqual(before);
      const running = await readRows<{ n: number }>(db, "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 300000000)' RETURN count(*) AS n");
      expect(running[0].n).toBe(0);
      expect(await readRows(web, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await web.driver.close();
    }
  });
});

describe('2. string growth Neo4j does not track', () => {
  it.each([
    "RETURN size(reduce(s = 'x', i IN range(1, 26) | s + s)) AS n",
    "RETURN size(reduce(s = 'x', i IN range(1, 29) | s + s)) AS n",
    "RETURN size(reduce(l = ['x'], i IN range(1, 27) | l + l)) AS n",
    "RETURN size(reduce(s = 'xx', i IN range(1, 6) | replace(s, 'x', s))) AS n",
    `WITH 'x' AS s ${'WITH s + s AS s '.repeat(29)}RETURN size(s) AS n`,
  ])('%s is refused with QUERY_UNBOUNDED_GROWTH and Neo4j stays up', async (query) => {
    const res = await post({ query });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('QUERY_UNBOUNDED_GROWTH');
    expect(await readRows(db, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('the launcher caps one transaction: collecting 20M integers fails with a memory error and Neo4j answers afterwards', async () => {
    const error = await readRows(db, 'UNWIND range(1, 20000000) AS i WITH collect(i) AS xs RETURN size(xs) AS n').catch((e: Error & { code?: string }) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/memory|threshold/i);
    const [setting] = await readRows<{ value: string }>(db, "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value");
    expect(setting.value).not.toBe('0B');
    expect(await readRows(db, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});

describe('3. result bytes', () => {
  it('10,000 rows of 40 KB stop at the byte cap with truncated: true, and memory stays bounded', async () => {
    const query = "UNWIND range(1, 10000) AS i RETURN i, [x IN range(1, 4000) | 'abcdefgh'] AS blob";
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    for (let k = 0; k < 3; k++) {
      const res = await post({ query });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.length).toBeLessThanOrEqual(8 * MiB);
      const body = JSON.parse(text);
      expect(body.truncated).toBe(true);
      expect(body.rows.length).toBeGreaterThan(10);
      expect(body.rows.length).toBeLessThan(10_000);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    // The uncapped answer was 328 MB and took the app from 127 MB to 1.2 GB.
    console.log(`byte cap: RSS ${Math.round(rss0 / MiB)} -> peak ${Math.round(peak / MiB)} MiB`);
    expect(peak - rss0).toBeLessThan(256 * MiB);
  });
});

describe('4. bodies', () => {
  it('a chunked 100 MB body is cut at the limit while reading: 413 after pulling about 64 KiB', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 100 * MiB) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await cypher(new Request('http://trame.test/api/cypher', { method: 'POST', body, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(pulled).toBeLessThan(256 * 1024);
  });
});

describe('5. map queries are capped like the console', () => {
  it.each([100_000, 1_000_000])('UNWIND range(1, %i) answers 200 truncated, not 503', async (n) => {
    const res = await mapRoute(get(`/api/map?query=${encodeURIComponent(`UNWIND range(1, ${n}) AS i MATCH (c:Country) RETURN c LIMIT ${n}`)}`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.graph.truncated).toBe(true);
    expect(body.graph.nodes.length).toBeGreaterThan(0);
  });

  it('the map refuses a write with the console policy', async () => {
    const res = await mapRoute(get(`/api/map?query=${encodeURIComponent('CREATE (n:Hack) RETURN n')}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'QUERY_REFUSED', message: expect.stringContaining('QUERY_NOT_READ_ONLY') });
  });
});

describe('6. parameters', () => {
  it('params nested 10,000 deep answer 400 PARAMS_TOO_DEEP, not 500', async () => {
    const body = `{"query":"RETURN $p AS p","params":{"p":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
    const res = await cypher(new Request('http://trame.test/api/cypher', { method: 'POST', body }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('PARAMS_TOO_DEEP');
  });

  it('20,000 parameter values answer 400 PARAMS_TOO_LARGE', async () => {
    const res = await post({ query: 'RETURN size($p) AS n', params: { p: Array.from({ length: 20_000 }, (_, i) => i % 10) } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('PARAMS_TOO_LARGE');
  });

  it('afterwards every route answers', async () => {
    await everyRouteHealthy();
  });
});
