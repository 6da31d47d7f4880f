import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '@/lib/neo4j/driver';
import { expand, nodeDetail, search } from '@/lib/neo4j/explore';
import { ensureCli } from '../lib/cli-bundle.mjs';
import { stopChild } from '../lib/stop-child';
import { alternate, measure } from './measure';
import { compare, percentile } from './report';

/** Starts scripts/bench/bare-api.ts in its own process (as the app server is); resolves its URL and a stop function. */
async function startBareApi(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const bundle: string = await ensureCli('bench/bare-api');
  const child = spawn(process.execPath, [bundle], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench api: the bare reference server exited with code ${code}`)));
    child.stdout!.once('data', (d) => resolve(Number(String(d).trim())));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

/** CPU time a process has used so far, ms (user + system, from /proc: Linux only). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

/**
 * Server CPU per request of one route, the app server's process against the bare handler's: one request at a
 * time, interleaved rounds. Latency under load turns this difference into queueing; it moves far less between runs.
 */
async function benchServerCpu(appUrl: string, appPid: number, bare: { url: string; pid: number }, route: { name: string; path: (i: number) => string }): Promise<void> {
  const sides = [
    { url: appUrl, pid: appPid, ms: 0, n: 0 },
    { url: bare.url, pid: bare.pid, ms: 0, n: 0 },
  ];
  const run = async (url: string, count: number) => {
    for (let i = 0; i < count; i++) await getJson(`${url}${route.path(i)}`);
  };
  for (let round = 0; round < 3; round++)
    for (const side of sides) {
      const before = cpuMs(side.pid);
      await run(side.url, 100);
      side.ms += cpuMs(side.pid) - before;
      side.n += 100;
    }
  compare({
    name: `api server CPU per ${route.name} request`,
    value: sides[0].ms / sides[0].n,
    unit: 'ms',
    reference: { name: 'bare node:http handler, same lib call and JSON', value: sides[1].ms / sides[1].n },
    notes: `${sides[0].n} requests each, one at a time, in 3 interleaved rounds; /proc CPU time of each server process`,
  });
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bench api: ${url} answered ${res.status}`);
  return res.json();
}

/**
 * API latency: each route as the app server answers it (scripts/serve.ts: guard, route table, zod) against a
 * bare node:http server calling the same lib function and answering the same JSON, both over HTTP from this
 * process, interleaved in rounds so that machine load hits both alike. The same Cypher in-process (no HTTP at
 * all) is printed beside them for scale; so is the CPU time each server spends on a request.
 */
export async function benchApi(baseUrl: string, db: Db, ids: string[], queries: string[], appPid?: number): Promise<void> {
  const bare = await startBareApi();
  try {
    const paths: { name: string; path: (i: number) => string; direct: (i: number) => Promise<unknown> }[] = [
      { name: '/api/search', path: (i) => `/api/search?q=${encodeURIComponent(queries[i % queries.length])}`, direct: (i) => search(db, queries[i % queries.length], 10) },
      { name: '/api/expand', path: (i) => `/api/expand/${encodeURIComponent(ids[i % ids.length])}`, direct: (i) => expand(db, ids[i % ids.length]) },
      { name: '/api/nodes/:id', path: (i) => `/api/nodes/${encodeURIComponent(ids[i % ids.length])}`, direct: (i) => nodeDetail(db, ids[i % ids.length]) },
    ];
    for (const route of paths) {
      // A failed answer (503 when Neo4j is slower than the web driver's deadline on a loaded machine) is
      // counted and printed, not fatal: the figure stays readable with its error count beside it.
      const errors = { next: 0, bare: 0 };
      const tolerant = (url: (i: number) => string, side: 'next' | 'bare') => (i: number) => getJson(url(i)).catch(() => void errors[side]++);
      const next = tolerant((i) => `${baseUrl}${route.path(i)}`, 'next');
      const ref = tolerant((i) => `${bare.url}${route.path(i)}`, 'bare');
      // Warm all paths (JIT, route compilation, Neo4j query plans) before measuring.
      await measure(next, 4, 20);
      await measure(ref, 4, 20);
      errors.next = errors.bare = 0;
      await measure(route.direct, 4, 12);
      // Sized so that each p95 rests on 8 slow answers (of 150): at c=1, a p95 of 60 answers moved by a third
      // between runs on a loaded machine; five rounds there, so that a burst of load lands on both sides.
      for (const [concurrency, total, rounds] of [
        [1, 150, 5],
        [50, 150, 3],
      ] as const) {
        // Alternating rounds: a burst of load elsewhere on the machine lands on both sides.
        const m = await alternate(rounds, {
          http: () => measure(next, concurrency, total / rounds),
          bare: () => measure(ref, concurrency, total / rounds),
        });
        const http = m.http.flat();
        const bareMs = m.bare.flat();
        const direct = concurrency === 1 ? await measure(route.direct, 1, 30) : [];
        const p95 = percentile(http, 95);
        const ref95 = percentile(bareMs, 95);
        compare({
          name: `api ${route.name} c=${concurrency} p95`,
          value: p95,
          unit: 'ms',
          reference: { name: 'bare node:http handler, same lib call and JSON, p95', value: ref95 },
          target: { text: 'overhead <= 1.2x', met: (_, ratio) => ratio <= 1.2 },
          notes: `p50 ${percentile(http, 50).toFixed(1)} ms vs ${percentile(bareMs, 50).toFixed(1)} ms${direct.length ? `; in-process, no HTTP: p95 ${percentile(direct, 95).toFixed(1)} ms` : ''}; failed answers ${errors.next} vs ${errors.bare}`,
        });
        errors.next = errors.bare = 0;
      }
    }
    // Both servers warm by now. Only for a server this run started (its process is known), on a system with /proc.
    // Search and expand: the route a click pays, whose p95 at 50 clients is the noisiest figure above.
    if (appPid && existsSync(`/proc/${appPid}/stat`)) for (const route of paths.slice(0, 2)) await benchServerCpu(baseUrl, appPid, bare, route);
  } finally {
    await bare.stop();
  }
}
