// The pure checks behind "no request can take Trame down": query and parameter guards, byte caps,
// origin and loopback rules, and the decoder's refusal of text without letters.
import { describe, expect, it } from 'vitest';
import { guardParams, guardQuery, nestingDepth, selfDoubling, selfGrowingReduce } from '@/lib/neo4j/query-guard';
import { capPayloadBytes, takeWithinBytes } from '@/lib/graph/byte-cap';
import type { GraphPayload } from '@/lib/graph/payload';
import { isSameOrigin } from '@/lib/security/origin';
import { isLoopbackName } from '@/lib/security/host';
import { decodeArticleBytes } from '@/lib/ingest/decode';
import { DecodeError } from '@/lib/ingest/decode-error';

const codeOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? 'untyped';
  }
};

describe('query guard', () => {
  it('measures nesting outside strings and comments', () => {
    expect(nestingDepth('RETURN ((1))')).toBe(2);
    expect(nestingDepth("RETURN '((((((' // ((((((\n, [{a: (1)}]")).toBe(3);
  });

  it.each([
    [`RETURN ${'('.repeat(3000)}1${')'.repeat(3000)}`, 'QUERY_TOO_DEEP'],
    [`RETURN ${'['.repeat(100)}1${']'.repeat(100)}`, 'QUERY_TOO_DEEP'],
    ['RETURN 1 // ' + 'x'.repeat(20_001), 'QUERY_TOO_LONG'],
    ["RETURN size(reduce(s = 'x', i IN range(1, 26) | s + s))", 'QUERY_UNBOUNDED_GROWTH'],
    ["RETURN reduce(l = [1], i IN range(1, 30) | l + l)", 'QUERY_UNBOUNDED_GROWTH'],
    ["RETURN reduce(s = 'xx', i IN range(1, 6) | replace(s, 'x', s))", 'QUERY_UNBOUNDED_GROWTH'],
    ["WITH 'x' AS s WITH s + s AS s WITH s + (s) AS s RETURN s", 'QUERY_UNBOUNDED_GROWTH'],
  ])('refuses %#: %s', (query, code) => {
    expect(codeOf(() => guardQuery(query))).toBe(code);
  });

  it.each([
    'MATCH (n:Country)-[r:SENT]->(t) RETURN n, r, t LIMIT 10',
    'RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS sum',
    'MATCH (a) RETURN a.name + a.name AS twice',
    "RETURN 's + s' AS text, replace('abc', 'b', 'x') AS r",
    `RETURN ${'('.repeat(30)}1${')'.repeat(30)}`,
  ])('lets ordinary queries through: %s', (query) => {
    expect(codeOf(() => guardQuery(query))).toBeNull();
    expect(selfDoubling(query) ?? selfGrowingReduce(query)).toBeNull();
  });

  it('refuses parameters 10,000 deep without overflowing its own stack, and too many values', () => {
    const deep = JSON.parse(`{"p":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`);
    expect(codeOf(() => guardParams(deep))).toBe('PARAMS_TOO_DEEP');
    expect(codeOf(() => guardParams({ p: Array(20_000).fill(1) }))).toBe('PARAMS_TOO_LARGE');
    expect(codeOf(() => guardParams({ ids: ['a', 'b'], filter: { kind: ['troops'], min: 3 } }))).toBeNull();
  });
});

describe('byte caps', () => {
  const node = (i: number, size: number) => ({ id: `n${i}`, label: 'Country', name: `N${i}`, properties: { blob: 'x'.repeat(size) } });

  it('keeps items while they fit', () => {
    const { kept, dropped } = takeWithinBytes(['aaaa', 'bbbb', 'cccc'], 15);
    expect(kept).toEqual(['aaaa', 'bbbb']);
    expect(dropped).toBe(true);
  });

  it('cuts a payload to the budget, keeps only edges between kept nodes, and says truncated', () => {
    const payload: GraphPayload = {
      nodes: Array.from({ length: 50 }, (_, i) => node(i, 10_000)),
      edges: Array.from({ length: 49 }, (_, i) => ({ id: `e${i}`, type: 'SENT', source: `n${i}`, target: `n${i + 1}`, properties: {} })),
      truncated: false,
    };
    const cut = capPayloadBytes(payload, 100_000);
    expect(JSON.stringify(cut).length).toBeLessThanOrEqual(100_000 + 200);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.length).toBeGreaterThan(0);
    expect(cut.nodes.length).toBeLessThan(50);
    const kept = new Set(cut.nodes.map((n) => n.id));
    for (const e of cut.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    expect(capPayloadBytes(payload, 10 * 1024 * 1024)).toBe(payload);
  });
});

describe('origins and loopback', () => {
  const h = (entries: Record<string, string>) => new Headers(entries);

  it('a foreign Origin is refused even with a matching X-Forwarded-Host, unless TRAME_TRUST_PROXY=1', () => {
    const headers = h({ host: '127.0.0.1:3000', origin: 'http://evil.test', 'x-forwarded-host': 'evil.test' });
    expect(isSameOrigin(headers, {})).toBe(false);
    expect(isSameOrigin(headers, { TRAME_TRUST_PROXY: '1' })).toBe(true);
    expect(isSameOrigin(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }), {})).toBe(true);
  });

  it('without Origin, Sec-Fetch-Site tells an <img> from another site (or another port) apart', () => {
    expect(isSameOrigin(h({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }), {})).toBe(false);
    expect(isSameOrigin(h({ host: 'localhost:3000', 'sec-fetch-site': 'same-site' }), {})).toBe(false);
    expect(isSameOrigin(h({ host: 'localhost:3000', 'sec-fetch-site': 'same-origin' }), {})).toBe(true);
    expect(isSameOrigin(h({ host: 'localhost:3000' }), {})).toBe(true);
  });

  it.each([
    ['localhost', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['trame.example', false],
    ['10.0.0.4', false],
    ['127.0.0.1.evil.test', false],
  ])('%s is loopback: %s', (name, loopback) => {
    expect(isLoopbackName(name)).toBe(loopback);
  });
});

describe('decoder', () => {
  it.each(['...', '  …\n- 12 -\n', '!!! ???'])('a text with no letters (%j) is refused like an empty file (exit 2)', (text) => {
    let error: unknown;
    try {
      decodeArticleBytes(new TextEncoder().encode(text), 'dots.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/no letters/);
  });
});
