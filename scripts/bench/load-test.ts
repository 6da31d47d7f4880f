// Load test of the explorer's API: autocannon, bounded in time, loopback only. For each of /api/search,
// /api/expand/:id and POST /api/cypher (a read query), `connections` concurrent clients for `durationS` seconds
// on the loaded sample data; zero errors and zero timeouts expected, p50/p95/p99 latency reported.
//
//   npx tsx scripts/bench/load-test.ts [--url http://127.0.0.1:3000] [--duration 30] [--connections 50]
//
// (against a running app, e.g. `npm run demo`; TRAME_AUTH=user:password is sent as Basic auth when set).
// The bench runner (scripts/bench/index.ts) calls runLoadTest() and gets the figures back.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { percentile, report } from './report';

export interface LoadTestOptions {
  /** Base URL of a running Trame; must be a loopback address. */
  url: string;
  /** Seconds per endpoint (default 30). */
  durationS?: number;
  /** Concurrent clients (default 50). */
  connections?: number;
  /** Per-request timeout, seconds (default 10): a slower answer counts as a timeout. */
  timeoutS?: number;
  /** Print one line per endpoint through the bench report (default true). */
  print?: boolean;
}

export interface EndpointFigures {
  name: string;
  method: 'GET' | 'POST';
  requests: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadTestResult {
  url: string;
  durationS: number;
  connections: number;
  endpoints: EndpointFigures[];
  /** True when no endpoint had an error, a timeout or a non-2xx answer. */
  ok: boolean;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { total: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { max: number };
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance) & {
  track?: unknown;
};

// autocannon ships no types; its callback API is wrapped below.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const SEARCHES = ['coree', 'russie', 'kim', 'zelensky', 'otan', 'ukraine', 'poutine', 'washington'];
const CYPHER =
  'MATCH (s:Entity)-[:SENT]->(t:Transfer)-[:TO]->(r:Entity) RETURN s.name AS sender, t.kind AS kind, r.name AS recipient LIMIT 25';

function authHeaders(): Record<string, string> {
  const first = (process.env.TRAME_AUTH ?? '').split(',')[0]?.trim();
  return first ? { authorization: `Basic ${Buffer.from(first).toString('base64')}` } : {};
}

async function pickIds(url: string, headers: Record<string, string>): Promise<string[]> {
  const ids = new Set<string>();
  for (const q of ['coree', 'russie', 'ukraine', 'kim']) {
    try {
      const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}&limit=5`, { headers });
      const body = (await res.json()) as { results?: { id: string }[] };
      for (const r of body.results ?? []) ids.add(r.id);
    } catch {
      /* the load test itself will report the failures */
    }
  }
  return ids.size ? [...ids] : ['country:KP', 'country:RU'];
}

function once(opts: Record<string, unknown>): Promise<{ result: AutocannonResult; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** A GET that walks through `values` (each client from a random start), so the load is not one cached request. */
function rotatingGet(values: string[], pathOf: (value: string) => string): AutocannonRequest {
  return {
    method: 'GET',
    setupRequest: (req, ctx) => {
      const i = ((ctx.i as number | undefined) ?? Math.floor(Math.random() * values.length)) + 1;
      ctx.i = i;
      return { ...req, path: pathOf(values[i % values.length]) };
    },
  };
}

/** Runs the load test (one endpoint after the other) and returns the figures. Refuses non-loopback URLs. */
export async function runLoadTest({ url, durationS = 30, connections = 50, timeoutS = 10, print = true }: LoadTestOptions): Promise<LoadTestResult> {
  const base = new URL(url);
  if (!LOOPBACK.has(base.hostname)) throw new Error(`load-test: ${url} is not a loopback address — the load test only runs against 127.0.0.1/localhost`);
  if (!(durationS > 0 && durationS <= 600)) throw new Error('load-test: durationS must be in (0, 600]');
  if (!(Number.isInteger(connections) && connections > 0 && connections <= 1000)) throw new Error('load-test: connections must be 1..1000');
  const origin = base.origin;
  const headers = authHeaders();
  const ids = await pickIds(origin, headers);

  const endpoints: { name: string; method: 'GET' | 'POST'; requests: AutocannonRequest[] }[] = [
    {
      name: 'GET /api/search',
      method: 'GET',
      requests: [rotatingGet(SEARCHES, (q) => `/api/search?q=${q}`)],
    },
    {
      name: 'GET /api/expand/:id',
      method: 'GET',
      requests: [rotatingGet(ids, (id) => `/api/expand/${encodeURIComponent(id)}?limit=25`)],
    },
    {
      name: 'POST /api/cypher (read)',
      method: 'POST',
      requests: [
        {
          method: 'POST',
          path: '/api/cypher',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: CYPHER, params: {} }),
        },
      ],
    },
  ];

  const out: EndpointFigures[] = [];
  for (const e of endpoints) {
    const { result, latencies } = await once({
      url: origin,
      connections,
      duration: durationS,
      timeout: timeoutS,
      headers,
      requests: e.requests,
    });
    const f: EndpointFigures = {
      name: e.name,
      method: e.method,
      requests: result.requests.total,
      rps: result.requests.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      p99Ms: Math.round(percentile(latencies, 99)),
      maxMs: result.latency.max,
    };
    out.push(f);
    if (print) {
      const clean = f.errors === 0 && f.timeouts === 0 && f.non2xx === 0;
      report({
        name: `load ${f.name} p95 (${connections} clients, ${durationS} s)`,
        value: f.p95Ms,
        unit: 'ms',
        target: { text: '0 errors, 0 timeouts, 0 non-2xx', met: clean },
        notes: `${f.requests} requests, ${f.rps.toFixed(0)} req/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, errors ${f.errors}, timeouts ${f.timeouts}, non-2xx ${f.non2xx}`,
      });
    }
  }
  return { url: origin, durationS, connections, endpoints: out, ok: out.every((f) => f.errors === 0 && f.timeouts === 0 && f.non2xx === 0) };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = arg('url', `http://127.0.0.1:${process.env.PORT || 3000}`);
  runLoadTest({ url, durationS: Number(arg('duration', '30')), connections: Number(arg('connections', '50')) })
    .then((r) => {
      if (!r.ok) console.error('load-test: errors, timeouts or non-2xx answers — see above');
      process.exit(r.ok ? 0 : 1);
    })
    .catch((error) => {
      console.error(String(error?.message ?? error).split('\n')[0]);
      process.exit(error?.message?.includes('loopback') || error?.message?.includes('must be') ? 2 : 1);
    });
}
