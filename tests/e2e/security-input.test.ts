// HTTP input rules on every API route of the served test app: unknown ids 404, absurd limits and malformed
// parameters 400, oversized bodies 413, wrong methods 405 — always the JSON error shape, never a 500 or a
// stack trace. One case per line, so a failure names the route and the input.
import { describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3100';

interface Case {
  what: string;
  method?: string;
  url: string;
  body?: string;
  status: number | number[];
}

const long = (n: number) => 'x'.repeat(n);
const manyIds = Array.from({ length: 600 }, (_, i) => `id=n${i}`).join('&');

const CASES: Case[] = [
  // unknown ids -> 404
  { what: 'nodes: unknown id', url: '/api/nodes/person%3Anobody-at-all', status: 404 },
  { what: 'expand: unknown id', url: '/api/expand/person%3Anobody-at-all', status: 404 },
  { what: 'path: unknown from', url: '/api/path?from=person%3Anobody-at-all&to=country%3AKP', status: 404 },
  { what: 'path: unknown to', url: '/api/path?from=country%3AKP&to=person%3Anobody-at-all', status: 404 },
  { what: 'map: unknown focus name', url: '/api/map?focus=Personne%20Inconnue%20Xyz', status: 404 },
  { what: 'map: unknown ids', url: '/api/map?id=person%3Anobody-at-all', status: 404 },
  // absurd limits -> 400
  { what: 'graph: limit 10^9', url: '/api/graph?limit=1000000000', status: 400 },
  { what: 'graph: limit 0', url: '/api/graph?limit=0', status: 400 },
  { what: 'graph: limit -5', url: '/api/graph?limit=-5', status: 400 },
  { what: 'graph: limit 1.5', url: '/api/graph?limit=1.5', status: 400 },
  { what: 'graph: limit Infinity', url: '/api/graph?limit=Infinity', status: 400 },
  { what: 'graph: limit abc', url: '/api/graph?limit=abc', status: 400 },
  { what: 'graph: limit empty', url: '/api/graph?limit=', status: 400 },
  { what: 'expand: limit 10^6', url: '/api/expand/country%3AKP?limit=1000000', status: 400 },
  { what: 'expand: limit -1', url: '/api/expand/country%3AKP?limit=-1', status: 400 },
  { what: 'search: limit 10^5', url: '/api/search?q=kim&limit=100000', status: 400 },
  { what: 'map: depth 50', url: '/api/map?focus=Cor%C3%A9e&depth=50', status: 400 },
  { what: 'map: depth -1', url: '/api/map?focus=Cor%C3%A9e&depth=-1', status: 400 },
  { what: 'map: 600 ids', url: `/api/map?${manyIds}`, status: 400 },
  // malformed parameters -> 400
  { what: 'search: q missing', url: '/api/search', status: 400 },
  { what: 'search: q empty', url: '/api/search?q=', status: 400 },
  { what: 'search: q blank', url: '/api/search?q=%20%20', status: 400 },
  { what: 'search: q 5000 chars', url: `/api/search?q=${long(5_000)}`, status: 400 },
  { what: 'path: from missing', url: '/api/path?to=country%3AKP', status: 400 },
  { what: 'path: from 5000 chars', url: `/api/path?from=${long(5_000)}&to=country%3AKP`, status: 400 },
  { what: 'nodes: id 5000 chars', url: `/api/nodes/${long(5_000)}`, status: [400, 404] },
  { what: 'nodes: bad percent-encoding', url: '/api/nodes/%E0%A4%A', status: [400, 404] },
  { what: 'expand: bad percent-encoding', url: '/api/expand/%E0%A4%A', status: [400, 404] },
  { what: 'map: write query', url: `/api/map?query=${encodeURIComponent('CREATE (n:Hack) RETURN n')}`, status: 400 },
  { what: 'map: query 20000 chars', url: `/api/map?query=${long(20_000)}`, status: [400, 414, 431] },
  // bodies
  { what: 'cypher: not JSON', method: 'POST', url: '/api/cypher', body: '{not json', status: 400 },
  { what: 'cypher: empty object', method: 'POST', url: '/api/cypher', body: '{}', status: 400 },
  { what: 'cypher: query not a string', method: 'POST', url: '/api/cypher', body: '{"query": 42}', status: 400 },
  { what: 'cypher: params not an object', method: 'POST', url: '/api/cypher', body: '{"query": "RETURN 1", "params": [1,2]}', status: 400 },
  { what: 'cypher: 100 KB body', method: 'POST', url: '/api/cypher', body: JSON.stringify({ query: `RETURN '${long(100_000)}'` }), status: 413 },
  { what: 'cypher: 2 MB body', method: 'POST', url: '/api/cypher', body: JSON.stringify({ query: 'RETURN 1', params: { p: long(2_000_000) } }), status: 413 },
  // methods
  { what: 'graph: DELETE', method: 'DELETE', url: '/api/graph', status: 405 },
  { what: 'search: POST', method: 'POST', url: '/api/search?q=kim', body: '{}', status: 405 },
  { what: 'cypher: GET', url: '/api/cypher', status: 405 },
];

async function send(c: Case): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(APP + c.url, {
    method: c.method ?? 'GET',
    headers: c.body !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: c.body,
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

describe('API input validation', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const r = await send(c);
    const expected = Array.isArray(c.status) ? c.status : [c.status];
    expect(expected, `${c.method ?? 'GET'} ${c.url.slice(0, 120)} -> ${r.status} ${r.text.slice(0, 200)}`).toContain(r.status);
    expect(r.text).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|node_modules|\/work\//);
    if (r.status !== 405 && r.status !== 414 && r.status !== 431) {
      expect(r.type).toContain('application/json');
      const body = JSON.parse(r.text) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code).toBe('string');
      expect(typeof body.error?.message).toBe('string');
    }
  });

  it('a chunked body with no Content-Length is still capped (413)', async () => {
    const u = new URL(APP + '/api/cypher');
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(`{"query": "RETURN '`);
      for (let i = 0; i < 20; i++) req.write(long(10_000));
      req.end(`'"}`);
    });
    expect(status).toBe(413);
  });
});
