// Issue "no request can take Trame down", over HTTP against the served app and its real Neo4j: methods,
// origins, chunked bodies, a flood of parser-killing queries, huge results — then every route healthy, the
// app's Neo4j connections back down and its memory bounded.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { connectionsTo, listeningPid, rssOf } from '@/tests/helpers/proc';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3100';
const NEO4J_PORT = Number(new URL(process.env.TRAME_TEST_NEO4J_URI ?? 'bolt://127.0.0.1:7688').port);
const MiB = 1024 * 1024;
const nested = (n: number) => `RETURN ${'('.repeat(n)}1${')'.repeat(n)} AS x`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with node:http (fetch refuses TRACE and cannot stream a body it stops writing). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, APP), { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const cypher = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${APP}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

async function everyRouteHealthy(): Promise<void> {
  for (const path of ['/api/health', '/api/graph?limit=20', '/api/search?q=coree', '/api/expand/country%3AKP', '/api/nodes/country%3AKP', '/api/path?from=country%3AKP&to=country%3AUA', '/api/map?focus=Russie', '/api/schema'])
    expect([path, (await fetch(`${APP}${path}`)).status]).toEqual([path, 200]);
  expect((await cypher('MATCH (c:Country) RETURN c.name AS name LIMIT 3')).status).toBe(200);
}

describe('methods', () => {
  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH'])('%s / answers 405 with the security headers', async (method) => {
    const res = await raw(method, '/');
    expect(res.status).toBe(405);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeTruthy();
    expect(res.headers.allow).toContain('GET');
  });

  it('TRACE on an API route answers 405 JSON', async () => {
    const res = await raw('TRACE', '/api/health');
    expect(res.status).toBe(405);
    expect(JSON.parse(res.body).error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('origins', () => {
  const mapQuery = `/api/map?query=${encodeURIComponent('MATCH (c:Country) RETURN c LIMIT 3')}`;

  it('GET /api/map?query= from another site (an <img> tag) is refused 403; from the app it runs', async () => {
    expect((await raw('GET', mapQuery, { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' })).status).toBe(403);
    expect((await raw('GET', mapQuery, { origin: 'http://evil.test' })).status).toBe(403);
    expect((await raw('GET', mapQuery, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    // A focus map runs no user query: it stays linkable.
    expect((await raw('GET', '/api/map?focus=Russie', { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });

  it('X-Forwarded-Host does not make a foreign Origin same-origin (TRAME_TRUST_PROXY unset)', async () => {
    const res = await cypher('RETURN 1 AS x', { origin: 'http://evil.test', 'x-forwarded-host': 'evil.test' });
    expect(res.status).toBe(403);
  });
});

describe('bodies', () => {
  it('a chunked 100 MB body to /api/cypher is refused 413 without being read whole', async () => {
    const started = { written: 0 };
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(new URL('/api/cypher', APP), { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      // The server answers before it stops reading, so an error here means the answer was lost: fail now, not at the timeout.
      req.on('error', (e) => reject(new Error(`no answer after ${Math.round(started.written / MiB)} MiB sent: ${e.message}`)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (started.written < 100 * MiB) {
          started.written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(started.written).toBeLessThan(100 * MiB);
  });
});

describe('queries Neo4j handles badly', () => {
  it('a flood of 100 queries nested 3,000 deep answers 400 each, and the pool and every route are healthy right after', async () => {
    await everyRouteHealthy();
    const pid = listeningPid(Number(new URL(APP).port));
    const before = connectionsTo(pid, NEO4J_PORT);
    const flood = await Promise.all(Array.from({ length: 100 }, () => cypher(nested(3_000))));
    expect(new Set(flood.map((r) => r.status))).toEqual(new Set([400]));
    expect((await flood[0].json()).error.code).toBe('QUERY_TOO_DEEP');
    const map = await fetch(`${APP}/api/map?query=${encodeURIComponent(nested(1_500))}`);
    expect(map.status).toBe(400);
    const after = connectionsTo(pid, NEO4J_PORT);
    console.log(`nesting flood: app connections to Neo4j ${before} -> ${after}`);
    expect(after).toBeLessThanOrEqual(before);
    await everyRouteHealthy();
  });

  it('string doubling is refused and Neo4j stays up', async () => {
    for (const n of [26, 29]) {
      const res = await cypher(`RETURN size(reduce(s = 'x', i IN range(1, ${n}) | s + s)) AS n`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('QUERY_UNBOUNDED_GROWTH');
    }
    expect((await fetch(`${APP}/api/health`)).status).toBe(200);
  });

  it('10,000 rows of 40 KB stop at the byte cap, and the app memory stays bounded', async () => {
    const pid = listeningPid(Number(new URL(APP).port));
    const rss0 = rssOf(pid);
    let peak = rss0;
    for (let i = 0; i < 3; i++) {
      const res = await cypher("UNWIND range(1, 10000) AS i RETURN i, [x IN range(1, 4000) | 'abcdefgh'] AS blob");
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.length).toBeLessThanOrEqual(8 * MiB);
      expect(JSON.parse(text).truncated).toBe(true);
      peak = Math.max(peak, rssOf(pid));
    }
    console.log(`byte cap over HTTP: app RSS ${Math.round(rss0 / MiB)} -> peak ${Math.round(peak / MiB)} MiB`);
    expect(peak - rss0).toBeLessThan(300 * MiB);
    await everyRouteHealthy();
  });

  it('/api/map?query= with a million rows answers 200 truncated, not 503', async () => {
    const res = await fetch(`${APP}/api/map?query=${encodeURIComponent('UNWIND range(1, 1000000) AS i MATCH (c:Country) RETURN c')}`);
    expect(res.status).toBe(200);
    expect((await res.json()).graph.truncated).toBe(true);
  });
});
