// Security of the served app: headers and CSP on every kind of response, no CSP violation in real Chromium
// (WebGL, the layout worker, Next's inline scripts), no Neo4j connection details in any client bundle, and the
// optional HTTP Basic auth (TRAME_AUTH) both ways, on a second server (scripts/serve.ts) of the already-built test app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '@/scripts/lib/chromium';
import { startAppServer, type AppServer } from '../helpers/app-server';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3100';
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-test';
const AUTH_PORT = Number(process.env.TRAME_TEST_APP_PORT ?? 3100) + 102;
const AUTH_APP = `http://127.0.0.1:${AUTH_PORT}`;
const AUTH = 'alice:correct horse battery,bob:s3cr:et';
const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString('base64')}`;

let browser: Browser;
let authServer: AppServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  authServer = await startAppServer({ port: AUTH_PORT, distDir: DIST_DIR, env: { NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI, TRAME_AUTH: AUTH }, who: 'security' });
});

afterAll(async () => {
  await browser?.close();
  await authServer?.stop();
});

/** A /_next/static script URL the explorer page references. */
async function someChunk(): Promise<string> {
  const html = await (await fetch(APP + '/')).text();
  const m = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html);
  if (!m) throw new Error('no static chunk in the page');
  return m[1];
}

function expectSecurityHeaders(h: Headers, what: string) {
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('referrer-policy'), what).toBeTruthy();
  expect(h.get('content-security-policy') ?? '', what).toContain("frame-ancestors 'none'");
}

describe('security headers', () => {
  it('are on pages, API responses (success and error), static files and 404s', async () => {
    const chunk = await someChunk();
    for (const url of ['/', '/map', '/api/health', '/api/graph?limit=5', '/api/graph?limit=-1', '/api/nodes/nope%3Anope', chunk, '/no-such-page']) {
      const res = await fetch(APP + url);
      expectSecurityHeaders(res.headers, url);
    }
  });

  it('give pages a CSP without unsafe-inline or unsafe-eval scripts that allows each inline script by a fresh nonce or by its hash', async () => {
    // `/` is answered from memory once rendered (lib/http/page-cache.ts): no nonce, its own scripts' hashes;
    // `/map` is rendered per request: a fresh nonce on its inline scripts.
    const nonces: string[] = [];
    for (const url of ['/', '/', '/map', '/map']) {
      const res = await fetch(APP + url);
      const csp = res.headers.get('content-security-policy')!;
      const script = /script-src ([^;]+)/.exec(csp)![1];
      expect(script, url).not.toContain("'unsafe-inline'");
      expect(script, url).not.toContain("'unsafe-eval'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("base-uri 'none'");
      const nonce = /'nonce-([^']+)'/.exec(script)?.[1];
      if (nonce) nonces.push(nonce);
      const hashes = new Set(script.match(/'sha256-[^']+'/g) ?? []);
      const html = await res.text();
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(inline.length, url).toBeGreaterThan(0);
      for (const [, attrs, body] of inline) {
        const allowed = (nonce !== undefined && attrs.includes(`nonce="${nonce}"`)) || hashes.has(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
        expect(allowed, `${url}: ${body.slice(0, 80)}`).toBe(true);
      }
      // No nonce on the page but the policy's own (a page kept in memory carries none).
      for (const m of html.matchAll(/\snonce="([^"]*)"/g)) expect(m[1], url).toBe(nonce);
      if (url === '/') expect(nonce, 'the explorer page is kept without a nonce').toBeUndefined();
    }
    // A fresh nonce per response.
    expect(nonces.length).toBe(2);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('give API responses the strictest CSP', async () => {
    const res = await fetch(APP + '/api/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('the pages in Chromium under the CSP', () => {
  async function openCollecting(url: string, ready: (p: Page) => Promise<unknown>) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to|violates/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(1_000);
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    return { page, violations };
  }

  it('the explorer draws the graph (WebGL, layout worker) with no CSP violation', async () => {
    const { page, violations } = await openCollecting(APP + '/', async (p) => {
      await p.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, {
        timeout: 60_000,
      });
      await p.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 30_000 }).catch(() => {});
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the map page renders with no CSP violation', async () => {
    const { page, violations } = await openCollecting(APP + '/map?focus=Cor%C3%A9e%20du%20Nord', async (p) => {
      await p.waitForLoadState('networkidle');
      await p.waitForTimeout(3_000);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('client bundles', () => {
  function staticFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? staticFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  }
  function leaks(distDir: string, secrets: string[]): string[] {
    const files = staticFiles(path.join(distDir, 'static'));
    expect(files.length).toBeGreaterThan(5);
    const out: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'latin1');
      for (const s of secrets) if (text.includes(s)) out.push(`${path.relative(distDir, f)} contains ${s}`);
    }
    return out;
  }

  it("the test build's bundles do not carry the test Neo4j URI", () => {
    const uri = process.env.TRAME_TEST_NEO4J_URI!;
    expect(leaks(DIST_DIR, [uri, uri.replace(/^bolt:\/\//, '')])).toEqual([]);
  });

  it('no client bundle carries the Neo4j driver (server modules import server-only)', () => {
    // String literals of neo4j-driver that survive minification: its user agent and a retryable error code.
    expect(leaks(DIST_DIR, ['neo4j-javascript/', 'Neo.TransientError.Transaction.LockClientStopped'])).toEqual([]);
  });

  it.skipIf(process.env.TRAME_TEST_SKIP_CANARY_BUILD === '1')(
    'a build made with canary NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD carries none of them in static files',
    () => {
      const dist = `.next-canary-${AUTH_PORT}`;
      const canary = {
        NEO4J_URI: 'neo4j+s://canary-host-7f3a9.invalid:7999',
        NEO4J_USER: 'canary_user_5d1e0b',
        NEO4J_PASSWORD: 'canary-pass-9c2b4e-Zq',
      };
      rmSync(dist, { recursive: true, force: true });
      // `next build` adds its distDir's types folder to tsconfig.json: put the file back as it was.
      const tsconfig = readFileSync('tsconfig.json', 'utf8');
      try {
        const build = spawnSync(path.resolve('node_modules', '.bin', 'next'), ['build'], {
          env: { ...process.env, ...canary, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
          encoding: 'utf8',
          timeout: 480_000,
        });
        expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
        expect(leaks(dist, [canary.NEO4J_URI, 'canary-host-7f3a9', canary.NEO4J_USER, canary.NEO4J_PASSWORD])).toEqual([]);
      } finally {
        if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
        rmSync(dist, { recursive: true, force: true });
      }
    },
    600_000,
  );
});

describe('HTTP Basic auth (TRAME_AUTH)', () => {
  it('without TRAME_AUTH, pages and API routes are open', async () => {
    expect((await fetch(APP + '/')).status).toBe(200);
    expect((await fetch(APP + '/api/health')).status).toBe(200);
  });

  it('with TRAME_AUTH, every page, API route and static file answers 401 with WWW-Authenticate without credentials', async () => {
    const chunk = await someChunk();
    for (const url of ['/', '/map', '/api/health', '/api/graph', '/api/search?q=kim', chunk, '/no-such-page']) {
      const res = await fetch(AUTH_APP + url);
      expect(res.status, url).toBe(401);
      expect(res.headers.get('www-authenticate'), url).toMatch(/^Basic realm="Trame"/);
      expectSecurityHeaders(res.headers, url);
      const body = await res.text();
      expect(body).not.toMatch(/Corée|country:KP/);
    }
    const cypher = await fetch(AUTH_APP + '/api/cypher', { method: 'POST', body: '{"query":"MATCH (n) RETURN n"}', headers: { 'content-type': 'application/json' } });
    expect(cypher.status).toBe(401);
  });

  it('refuses wrong, partial and malformed credentials', async () => {
    for (const authorization of [
      basic('alice:wrong'),
      basic('alice:correct horse batter'),
      basic('alice:correct horse battery '),
      basic('bob:s3cr'),
      basic('eve:s3cr:et'),
      basic(':'),
      basic('alice'),
      'Basic !!!notbase64',
      'Bearer abc',
      `Digest ${basic('alice:correct horse battery').slice(6)}`,
    ]) {
      const res = await fetch(AUTH_APP + '/api/health', { headers: { authorization } });
      expect(res.status, authorization).toBe(401);
    }
  });

  it('lets each listed user in (a password may contain ":"), pages and API alike', async () => {
    for (const cred of ['alice:correct horse battery', 'bob:s3cr:et']) {
      const headers = { authorization: basic(cred) };
      expect((await fetch(AUTH_APP + '/', { headers })).status).toBe(200);
      expect((await fetch(AUTH_APP + '/api/health', { headers })).status).toBe(200);
      const search = await fetch(AUTH_APP + '/api/search?q=cor%C3%A9e', { headers });
      expect(search.status).toBe(200);
    }
  });

  it('the explorer works in Chromium with credentials', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'bob', password: 's3cr:et' } });
    try {
      const page = await context.newPage();
      await page.goto(AUTH_APP + '/');
      await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
    } finally {
      await context.close();
    }
  });
});

describe('request guards', () => {
  it('refuses cross-origin writes (403) and oversized bodies (413) before any route runs', async () => {
    const crossOrigin = await fetch(APP + '/api/cypher', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) RETURN count(n)' }),
    });
    expect(crossOrigin.status).toBe(403);
    const big = await fetch(APP + '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1', params: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses unknown host names without auth (DNS rebinding), 421', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(APP + '/api/health');
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
    for (const host of ['localhost', '127.0.0.1']) {
      const res = await fetch(APP.replace('127.0.0.1', host) + '/api/health');
      expect(res.status, host).toBe(200);
    }
  });
});

describe('servers bind to the loopback interface by default', () => {
  it('npm run dev / start and the demo use 127.0.0.1 unless HOST says otherwise', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dev).toMatch(/-H 127\.0\.0\.1/);
    expect(pkg.scripts.start).toMatch(/-H 127\.0\.0\.1/);
    expect(readFileSync(path.join('scripts', 'demo.mjs'), 'utf8')).toMatch(/HOST \|\| '127\.0\.0\.1'/);
  });
});
