import type { Db } from '@/lib/neo4j/driver';
import { expand, nodeDetail, search } from '@/lib/neo4j/explore';
import { percentile, report } from './report';

/** Runs `total` calls of fn with `concurrency` workers and returns each call's latency in ms. */
export async function measure(fn: (i: number) => Promise<unknown>, concurrency: number, total: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await fn(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bench api: ${url} answered ${res.status}`);
  return res.json();
}

/** API latency: each route over HTTP against the same Cypher called in-process through neo4j-driver. */
export async function benchApi(baseUrl: string, db: Db, ids: string[], queries: string[]): Promise<void> {
  const routes: { name: string; http: (i: number) => Promise<unknown>; direct: (i: number) => Promise<unknown> }[] = [
    {
      name: '/api/search',
      http: (i) => getJson(`${baseUrl}/api/search?q=${encodeURIComponent(queries[i % queries.length])}`),
      direct: (i) => search(db, queries[i % queries.length], 10),
    },
    {
      name: '/api/expand',
      http: (i) => getJson(`${baseUrl}/api/expand/${encodeURIComponent(ids[i % ids.length])}`),
      direct: (i) => expand(db, ids[i % ids.length]),
    },
    {
      name: '/api/nodes/:id',
      http: (i) => getJson(`${baseUrl}/api/nodes/${encodeURIComponent(ids[i % ids.length])}`),
      direct: (i) => nodeDetail(db, ids[i % ids.length]),
    },
  ];
  for (const route of routes) {
    // Warm both paths (JIT, route compilation, Neo4j query plans) before measuring.
    await measure(route.http, 4, 40);
    await measure(route.direct, 4, 40);
    for (const [concurrency, total] of [
      [1, 150],
      [50, 1000],
    ] as const) {
      const direct = await measure(route.direct, concurrency, total);
      const http = await measure(route.http, concurrency, total);
      const p95 = percentile(http, 95);
      const ref95 = percentile(direct, 95);
      report({
        name: `api ${route.name} c=${concurrency} p95`,
        value: p95,
        unit: 'ms',
        reference: { name: 'same Cypher via driver in-process p95', value: ref95 },
        ratio: p95 / ref95,
        target: { text: 'overhead <= 1.3x', met: p95 / ref95 <= 1.3 },
        notes: `p50 ${percentile(http, 50).toFixed(1)} ms vs ${percentile(direct, 50).toFixed(1)} ms`,
      });
    }
  }
}
