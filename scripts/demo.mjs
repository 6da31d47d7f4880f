// `npm run demo`: from a fresh clone, install what is missing, start a local Neo4j unless NEO4J_URI is set,
// load data/articles/*, build and serve the explorer, and print its URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const say = (s) => console.error(`demo: ${s}`);
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    say(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(1);
  }
};

if (!existsSync('node_modules/.package-lock.json')) {
  say('installing npm packages');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const { startNeo4j, stopNeo4j, DEFAULT_DATA_DIR, DEFAULT_PORT } = await import('./neo4j/server.mjs');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let startedNeo4j = false;
if (!env.NEO4J_URI) {
  try {
    const t0 = Date.now();
    const r = await startNeo4j({});
    startedNeo4j = r.started;
    env.NEO4J_URI = r.uri;
    say(`Neo4j ${r.started ? 'started' : 'already running'} at ${r.uri} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(String(error?.message ?? error).split('\n')[0]);
    process.exit(1);
  }
} else say(`using Neo4j at ${env.NEO4J_URI}`);

const articles = readdirSync('data/articles')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join('data/articles', f));
say(`loading ${articles.length} article(s)`);
run('node', ['scripts/run.mjs', 'load', ...articles], env);

if (env.TRAME_SKIP_BUILD !== '1' || !existsSync(path.join(env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  say('building the explorer (next build)');
  run('npx', ['next', 'build'], env);
}

const host = env.HOST || '127.0.0.1';
const port = env.PORT || '3000';
// Trame's server (scripts/serve.ts: the API without Next's request path, pages from the build), in its own
// process group so that stopping the demo stops it.
const server = spawn(process.execPath, ['scripts/run.mjs', 'serve', '-H', host, '-p', port], { stdio: ['ignore', 'ignore', 'inherit'], env, detached: true });
const url = `http://${host}:${port}`;
for (let i = 0; i < 120; i++) {
  try {
    await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
console.log(`\nTrame is running at ${url}\n(Ctrl+C to stop${startedNeo4j ? '; Neo4j stops with it' : ''})`);

const shutdown = async () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  if (startedNeo4j) await stopNeo4j({ dataDir: DEFAULT_DATA_DIR, port: DEFAULT_PORT });
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
server.on('exit', (code) => {
  say(`server exited (${code})`);
  process.exit(code ?? 1);
});
