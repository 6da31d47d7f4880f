import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isBuildCurrent, sourcesHash, SOURCES_HASH_FILE } from '../../scripts/lib/app-build';
import { articlePaths, loadSample, testDb } from '../helpers/db';

const HEALTH_TIMEOUT_MS = 90_000;

/**
 * Loads every shipped article into the test Neo4j, builds the app once (NEXT_DIST_DIR, default .next-test)
 * and serves it on 127.0.0.1:TRAME_TEST_APP_PORT; e2e tests read the URL from TRAME_TEST_APP_URL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const db = testDb();
  try {
    await loadSample(db, articlePaths());
  } finally {
    await db.driver.close();
  }

  const distDir = process.env.NEXT_DIST_DIR || '.next-test';
  const port = Number(process.env.TRAME_TEST_APP_PORT ?? 3100);
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI, NEXT_TELEMETRY_DISABLED: '1' };
  const reuse = process.env.TRAME_TEST_REUSE_BUILD === '1' && existsSync(path.join(distDir, 'BUILD_ID'));
  if (!reuse) {
    const build = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`e2e setup: next build failed\n${build.stdout}\n${build.stderr}`);
    // Hashed after the build, as scripts/lib/app-build.ts does: next build edits tsconfig.json's include list.
    writeFileSync(path.join(distDir, SOURCES_HASH_FILE), `${sourcesHash()}\n`);
  } else if (!isBuildCurrent(distDir)) {
    console.error(`e2e setup: TRAME_TEST_REUSE_BUILD=1 reuses ${distDir}, built from other sources than these: unset it to test the current code`);
  }
  const server: ChildProcess = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/api/health`, HEALTH_TIMEOUT_MS, server);
  } catch (error) {
    await stop(); // vitest runs no teardown when setup throws: the server would hold the port
    throw error;
  }
  process.env.TRAME_TEST_APP_URL = url;
  return stop;
}

async function waitForHttp(url: string, timeoutMs: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`e2e setup: next start exited with ${server.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`e2e setup: ${url} did not answer within ${timeoutMs / 1000} s`);
}
