// The web app with Neo4j down, for real: a Neo4j of this file's own (port TRAME_TEST_NEO4J_PORT + 101) and a
// second server (scripts/serve.ts, as `npm start`) of the already-built test app pointed at it. Neo4j is
// stopped: every API route must answer 503 JSON within 2 s and the explorer must show the banner; Neo4j is
// started again: everything recovers without restarting the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser } from 'playwright-core';
import type { ApiRoute } from '@/lib/http/api-route';
import { API_ROUTES } from '@/lib/http/routes';
import { openDb, type Db } from '@/lib/neo4j/driver';
import { neo4jConfigFromEnv } from '@/lib/neo4j/config';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.mjs';
import { loadSample } from '../helpers/db';
import { launchChromium } from '@/scripts/lib/chromium';
import { startAppServer, type AppServer } from '../helpers/app-server';

const NEO4J_PORT = Number(process.env.TRAME_TEST_NEO4J_PORT ?? 7688) + 101;
const DATA_DIR = path.resolve('.neo4j', `outage-${NEO4J_PORT}`);
const NEO4J_URI = `bolt://127.0.0.1:${NEO4J_PORT}`;
const APP_PORT = Number(process.env.TRAME_TEST_APP_PORT ?? 3100) + 100;
const APP = `http://127.0.0.1:${APP_PORT}`;
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-test';

let server: AppServer | undefined;
let browser: Browser | undefined;
let db: Db | undefined;
let neo4jPid: number | null = null;

interface Probe {
  route: string;
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  body?: unknown;
  /** False for routes that never touch Neo4j (saved example queries...): they keep answering 200. */
  usesNeo4j: boolean;
}

// How to call each route with valid input; routes found on disk but missing here get a generic GET.
const CALLS: Record<string, Omit<Probe, 'route' | 'usesNeo4j'>> = {
  '/api/graph': { method: 'GET', url: '/api/graph?limit=50' },
  '/api/nodes/[id]': { method: 'GET', url: '/api/nodes/country%3AKP' },
  '/api/expand/[id]': { method: 'GET', url: '/api/expand/country%3AKP' },
  '/api/search': { method: 'GET', url: '/api/search?q=cor%C3%A9e' },
  '/api/path': { method: 'GET', url: '/api/path?from=country%3AKP&to=country%3ARU' },
  '/api/health': { method: 'GET', url: '/api/health' },
  '/api/map': { method: 'GET', url: '/api/map?focus=Cor%C3%A9e%20du%20Nord' },
  '/api/map/sources': { method: 'GET', url: '/api/map/sources?article=0123456789abcdef' },
  '/api/cypher': { method: 'POST', url: '/api/cypher', body: { query: 'MATCH (n:Country) RETURN n.name AS name LIMIT 5' } },
  '/api/articles/[id]': { method: 'DELETE', url: '/api/articles/0123456789abcdef' },
};

/**
 * Every path of the API's route table (lib/http/routes.ts, what both servers answer), as its URL pattern, with
 * how to call it: its GET when it has one. A route reads Neo4j when its handler takes the shared driver.
 */
function apiRoutes(): Probe[] {
  const byPath = new Map<string, ApiRoute>();
  for (const r of API_ROUTES.routes) if (!byPath.has(r.path) || r.method === 'GET') byPath.set(r.path, r);
  const out: Probe[] = [...byPath.values()].map((r) => {
    const route = r.path.replace(/:(\w+)/g, '[$1]');
    const usesNeo4j = /sharedDb\b/.test(r.handle.toString());
    return { route, ...(CALLS[route] ?? { method: r.method, url: route.replace(/\[[^\]]+\]/g, 'country%3AKP'), body: r.method === 'POST' ? {} : undefined }), usesNeo4j };
  });
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

async function call(p: Probe): Promise<{ status: number; ms: number; json: unknown; type: string }> {
  const t0 = Date.now();
  const res = await fetch(APP + p.url, {
    method: p.method,
    headers: p.body !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: p.body !== undefined ? JSON.stringify(p.body) : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text.slice(0, 200);
  }
  return { status: res.status, ms: Date.now() - t0, json, type: res.headers.get('content-type') ?? '' };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    try {
      if (await check()) return Date.now() - t0;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`outage: ${what} not within ${timeoutMs / 1000} s`);
}

beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  neo4jPid = (await startNeo4j({ port: NEO4J_PORT, dataDir: DATA_DIR, log: () => {} })).pid;
  db = openDb({ ...neo4jConfigFromEnv(), uri: NEO4J_URI });
  await loadSample(db);
  server = await startAppServer({ port: APP_PORT, distDir: DIST_DIR, env: { NEO4J_URI, TRAME_AUTH: '' }, ready: (res) => res.status === 200, who: 'outage' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.driver.close();
  await stopNeo4j({ dataDir: DATA_DIR, port: NEO4J_PORT });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

describe('the web app through a Neo4j outage', () => {
  it('serves every API route while Neo4j is up', async () => {
    for (const p of apiRoutes()) {
      const r = await call(p);
      expect(r.status, `${p.method} ${p.url}: ${JSON.stringify(r.json)}`).toBeLessThan(500);
    }
  });

  it('answers 503 JSON within 2 s on every API route while Neo4j is down, shows the banner, and recovers without restart', async () => {
    await stopNeo4j({ dataDir: DATA_DIR, port: NEO4J_PORT });

    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const failures: string[] = [];
    // Twice: a fresh request, and one after the pool has seen the failure.
    for (let round = 0; round < 2; round++) {
      for (const p of routes) {
        const r = await call(p);
        const body = r.json as { error?: { code?: string; message?: string }; neo4j?: string };
        const ok = p.usesNeo4j
          ? r.status === 503 && r.type.includes('application/json') && typeof body?.error?.message === 'string' && r.ms < 2_000
          : r.status === 200 && r.ms < 2_000;
        if (!ok) failures.push(`${p.method} ${p.url}: ${r.status} in ${r.ms} ms ${JSON.stringify(r.json).slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);

    // The explorer shows a banner instead of a blank page.
    const page = await browser!.newPage();
    await page.goto(APP + '/');
    // The explorer's banner (data-testid=health-banner); any role=alert naming Neo4j would do too.
    const banner = page.locator('[data-testid=health-banner]').or(page.getByRole('alert').filter({ hasText: /neo4j/i })).first();
    await banner.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await banner.textContent()).toMatch(/neo4j/i);
    expect(((await page.locator('body').innerText()) ?? '').trim().length).toBeGreaterThan(20);

    // Neo4j back: health, routes and the page recover in the same app process.
    neo4jPid = (await startNeo4j({ port: NEO4J_PORT, dataDir: DATA_DIR, log: () => {} })).pid;
    await waitFor(async () => (await fetch(`${APP}/api/health`)).status === 200, 30_000, 'health 200 after restart');
    // A Neo4j just started has cold caches: on a loaded machine its first answer may miss the read deadline
    // (a 503 the user retries), so each route has 30 s to answer again, with no restart of the app.
    for (const p of routes) {
      let last = '';
      await waitFor(async () => {
        const r = await call(p);
        last = `${r.status} ${JSON.stringify(r.json).slice(0, 200)}`;
        return r.status < 500;
      }, 30_000, `${p.method} ${p.url} after recovery`).catch((error: Error) => {
        throw new Error(`${error.message}; last answer ${last}`);
      });
    }
    await banner.waitFor({ state: 'hidden', timeout: 20_000 });
    await page.close();
  }, 240_000);

  // A Neo4j that hangs (SIGSTOP: the port accepts connections, nothing answers) must not hang the app either:
  // every Neo4j route answers 503 within 5 s, health says down, and all recovers on SIGCONT.
  it('answers 503 within 5 s on every Neo4j route while Neo4j is frozen (SIGSTOP), and recovers on SIGCONT', async () => {
    expect(neo4jPid).toBeTruthy();
    await waitFor(async () => (await fetch(`${APP}/api/health`)).status === 200, 30_000, 'health 200 before the freeze');
    const routes = apiRoutes().filter((p) => p.usesNeo4j);
    for (const p of routes) await call(p); // warm the connection pool
    process.kill(neo4jPid!, 'SIGSTOP');
    const failures: string[] = [];
    try {
      for (const p of routes) {
        let r: Awaited<ReturnType<typeof call>> | undefined;
        try {
          r = await call(p);
        } catch (error) {
          failures.push(`${p.method} ${p.url}: no answer within 15 s (${(error as Error).name})`);
          continue;
        }
        if (r.status !== 503 || r.ms >= 5_000) failures.push(`${p.method} ${p.url}: ${r.status} in ${r.ms} ms ${JSON.stringify(r.json).slice(0, 100)}`);
      }
    } finally {
      process.kill(neo4jPid!, 'SIGCONT');
    }
    await waitFor(async () => (await fetch(`${APP}/api/health`)).status === 200, 30_000, 'health 200 after SIGCONT');
    expect(failures).toEqual([]);
  }, 240_000);
});
