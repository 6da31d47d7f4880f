// `npm test`: the whole suite — type check, lint, dead-code check, then unit, integration against a real
// Neo4j, e2e in real Chromium.
// Starts its own Neo4j on a test port and data folder (never the demo database) and stops it afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

if (!existsSync('node_modules/.package-lock.json')) {
  console.error('test: installing npm packages (npm ci)');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) process.exit(1);
}

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`test: Chromium not found at ${chrome} — run apt-get install chromium, or set CHROME_PATH`);
  process.exit(1);
}

// The type gate runs once here, so the e2e build can skip repeating it (TRAME_NEXT_SKIP_TYPECHECK).
console.error('test: type check (tsc --noEmit)');
const tsc = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('test: type errors — fix them before the suite runs');
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

// Lint and dead-code checks: each with findings counts as one failed test, and the suite still runs.
const checks = { failed: 0 };
for (const [name, script] of [
  ['lint (eslint)', 'lint'],
  ['dead code (knip)', 'knip'],
]) {
  console.error(`test: ${name}`);
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`test: ${name} has findings — run \`npm run ${script}\` and fix them`);
    checks.failed += 1;
  }
}

const { startNeo4j, stopNeo4j } = await import('./neo4j/server.mjs');
const projects = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration', 'e2e'];
const needsDb = projects.some((p) => p !== 'unit');
const port = Number(process.env.TRAME_TEST_NEO4J_PORT ?? 7688);
const dataDir = path.join(root, '.neo4j', `test-${port}`);
let started = false;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TRAME_NEXT_SKIP_TYPECHECK: '1' };

if (needsDb && !env.TRAME_TEST_NEO4J_URI) {
  try {
    const t0 = Date.now();
    const r = await startNeo4j({ port, dataDir });
    started = r.started;
    env.TRAME_TEST_NEO4J_URI = r.uri;
    console.error(`test: Neo4j ${r.started ? 'started' : 'reused'} at ${r.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(String(error?.message ?? error).split('\n')[0]);
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: checks.failed, skipped: 0 };
let status = checks.failed ? 1 : 0;
try {
  for (const project of projects) {
    const out = path.join('test-results', `vitest-${project}.json`);
    const run = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
      stdio: 'inherit',
      env,
    });
    if (run.status !== 0) status = 1;
    if (existsSync(out)) {
      const report = JSON.parse(readFileSync(out, 'utf8'));
      totals.passed += report.numPassedTests ?? 0;
      totals.failed += report.numFailedTests ?? 0;
      totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    } else status = 1;
  }
} finally {
  if (started) await stopNeo4j({ dataDir, port });
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status || (totals.failed ? 1 : 0));
