import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ensureAppBuild } from './app-build';
import { stopChild } from './stop-child';

// "Serve or reuse the app" for CLIs that drive the web UI: an explicit --url, else a Trame already
// answering on PORT, else a production build (made when missing or built from other sources) started on a
// free port and stopped after.

/** A running app and how to let go of it (a no-op unless this process started it). */
export interface AppHandle {
  url: string;
  started: boolean;
  /** The server's process id when this process started it. */
  pid?: number;
  stop(): Promise<void>;
}

/** True when the URL answers /api/health like Trame does (200 up, 503 Neo4j down). */
export async function isTrame(url: string, timeoutMs = 1_500): Promise<boolean> {
  try {
    const res = await fetch(`${url.replace(/\/$/, '')}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => null)) as { neo4j?: unknown } | null;
    return !!body && 'neo4j' in body;
  } catch {
    return false;
  }
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with code ${child.exitCode}`);
    if (await isTrame(url, 1_000)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Finds or starts the app. `log` receives one line per step a user may wait on. */
export async function serveApp(options: { url?: string; port?: number; distDir?: string; cwd?: string; log?: (line: string) => void } = {}): Promise<AppHandle> {
  const log = options.log ?? (() => {});
  if (options.url) {
    const url = options.url.replace(/\/$/, '');
    if (!(await isTrame(url, 5_000))) throw Object.assign(new Error(`no Trame app answers at ${url}/api/health`), { exitCode: 1 });
    return { url, started: false, stop: async () => {} };
  }
  const port = options.port ?? Number(process.env.PORT || 3000);
  const existing = `http://127.0.0.1:${port}`;
  if (await isTrame(existing)) return { url: existing, started: false, stop: async () => {} };

  const cwd = options.cwd ?? process.cwd();
  const distDir = options.distDir ?? '.next';
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  ensureAppBuild({ distDir, root: cwd, log });
  const free = await freePort();
  const url = `http://127.0.0.1:${free}`;
  log(`starting the app on ${url}…`);
  // Trame's server (scripts/serve.ts, as `npm start`), in its own process group so that stop() ends it and nothing else.
  const serve = path.join(cwd, 'scripts', 'run.mjs');
  const child = spawn(process.execPath, [serve, 'serve', '-H', '127.0.0.1', '-p', String(free)], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4_000)));
  const stop = () => stopChild(child, { group: true });
  try {
    await waitFor(url, child, 90_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}${stderr ? `\n${stderr.trim()}` : ''}`);
  }
  return { url, started: true, pid: child.pid, stop };
}
