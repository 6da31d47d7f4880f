import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isBuildCurrent, sourcesHash, SOURCES_HASH_FILE } from '../../scripts/lib/app-build';
import { startAppServer } from '../helpers/app-server';
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
  const server = await startAppServer({ port, distDir, env: { NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI }, timeoutMs: HEALTH_TIMEOUT_MS, who: 'e2e setup' });
  process.env.TRAME_TEST_APP_URL = server.url;
  return server.stop;
}

