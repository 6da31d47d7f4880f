import { spawn } from 'node:child_process';
import path from 'node:path';
import { stopChild } from '../../scripts/lib/stop-child';

// One way for tests to serve the already-built app (with Trame's server, as `npm start` does): the e2e setup's own server and the second servers
// that the security (auth on) and outage (its own Neo4j) tests point elsewhere.

export interface AppServerOptions {
  port: number;
  /** Variables on top of process.env (NEO4J_URI, TRAME_AUTH...); NEXT_DIST_DIR and telemetry are set here. */
  env?: Record<string, string | undefined>;
  distDir?: string;
  timeoutMs?: number;
  /** When the app counts as up; by default any HTTP answer from /api/health (a 401 with auth on is one). */
  ready?: (res: Response) => boolean;
  /** Who is asking, for error messages. */
  who?: string;
}

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts Trame's server (scripts/serve.ts, as `npm start`) on 127.0.0.1:port and resolves once /api/health answers; stops it again if it never does. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { port, distDir = process.env.NEXT_DIST_DIR || '.next-test', timeoutMs = 90_000, ready = () => true, who = 'tests' } = options;
  const env = { ...process.env, ...options.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  // Its own process group, so stop() ends the server and nothing else.
  const child = spawn(process.execPath, [path.resolve('scripts', 'run.mjs'), 'serve', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child, { group: true });
  try {
    await waitForHealth(`${url}/api/health`, timeoutMs, ready, () => child.exitCode ?? child.signalCode, who);
  } catch (error) {
    await stop(); // a caller whose setup throws runs no teardown: the server would hold the port
    throw error;
  }
  return { url, stop };
}

async function waitForHealth(url: string, timeoutMs: number, ready: (res: Response) => boolean, exited: () => number | string | null, who: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== null) throw new Error(`${who}: the app server exited (${code}) before ${url} answered; is the app built?`);
    try {
      if (ready(await fetch(url, { signal: AbortSignal.timeout(2_000) }))) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${who}: ${url} did not answer within ${timeoutMs / 1000} s`);
}
