// `npm run bench`: every figure next to its reference measured in the same run; results in bench/results.json.
// Stages: extraction, CLI start, ingest (own Neo4j), then API latency, load test, navigation to a settled
// map and console re-query against a production build of the app serving the sample articles. Each stage
// prints its own wall time. `--scale` adds 5,000 synthetic articles (minutes); `--only frame` the in-app
// first frame up to 50k nodes.
import { readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { openDb } from '@/lib/neo4j/driver';
import { loadArticleFiles } from '@/lib/ingest/load-articles';
import { loadDocument } from '@/lib/neo4j/load';
import { ensureSchema } from '@/lib/neo4j/schema';
import { syntheticCorpus } from './corpus';
import { startNeo4j, stopNeo4j } from '../neo4j/server.mjs';
import { ensureAppBuild } from '../lib/app-build';
import { serveApp, type AppHandle } from '../lib/serve';
import { benchExtraction } from './extraction';
import { benchCli } from './cli';
import { benchIngest } from './ingest';
import { benchApi } from './api';
import { benchFirstFrame } from './first-frame';
import { benchNavigation } from './navigation';
import { runLoadTest } from './load-test';
import { benchRequery } from './requery';
import { benchScale } from './scale';
import { writeResults } from './report';

const STAGES = ['extraction', 'cli', 'ingest', 'api', 'load', 'nav', 'requery', 'frame', 'scale'] as const;
type Stage = (typeof STAGES)[number];
/** The default run; `frame` (in-app first frame up to 50k nodes) and `scale` are asked for by name. */
const DEFAULT: Stage[] = ['extraction', 'cli', 'ingest', 'api', 'load', 'nav', 'requery'];
const APP_STAGES: Stage[] = ['cli', 'api', 'load', 'nav', 'requery', 'frame'];

const program = new Command()
  .name('trame bench')
  .option('--only <stages>', `comma-separated subset of ${STAGES.join(',')}`)
  .option('--scale', 'add the scale stage: 5,000 synthetic articles, ingest rate and query p95 at that size')
  .option('--articles <n>', 'synthetic articles in the ingest corpus (540 nodes, 1500 relationships each)', '10')
  .option('--load-seconds <n>', 'seconds per endpoint in the load test', '10')
  .parse();
const opts = program.opts<{ only?: string; scale?: boolean; articles: string; loadSeconds: string }>();
const stages = new Set<Stage>((opts.only ? opts.only.split(',') : DEFAULT) as Stage[]);
if (opts.scale) stages.add('scale');
for (const s of stages) if (!STAGES.includes(s)) {
  console.error(`bench: unknown stage ${s} (expected ${STAGES.join(', ')})`);
  process.exit(2);
}

const t0 = Date.now();
const wall: Record<string, number> = {};
process.env.NEXT_TELEMETRY_DISABLED = '1';

const failed: string[] = [];
/** Stages the later ones need: their failure ends the run. */
const REQUIRED = new Set(['neo4j start', 'app build', 'app data', 'app start']);

/**
 * Runs one stage and prints its wall time. A measuring stage that fails says why in one line and the run goes
 * on (the exit code tells); a stage the others need ends it.
 */
async function stage(name: string, fn: () => Promise<void>): Promise<void> {
  const s0 = Date.now();
  console.log(`bench: stage ${name}…`);
  try {
    await fn();
  } catch (error) {
    if (REQUIRED.has(name)) throw error;
    failed.push(name);
    console.error(`bench: stage ${name} FAILED: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
  } finally {
    wall[name] = (Date.now() - s0) / 1000;
    console.log(`bench: stage ${name} took ${wall[name].toFixed(1)} s`);
  }
}

if (stages.has('extraction')) await stage('extraction', benchExtraction);

// One Neo4j for the whole run: ingest empties it between loaders, then the app stages read the sample articles.
if (stages.has('ingest') || stages.has('scale') || APP_STAGES.some((s) => stages.has(s))) {
  const port = Number(process.env.TRAME_BENCH_NEO4J_PORT ?? 7699);
  const dataDir = path.resolve('.neo4j', 'bench');
  let neo: { uri: string } | undefined;
  await stage('neo4j start', async () => {
    // Stop a server left from an interrupted run before its files go, or it would keep serving deleted files.
    await stopNeo4j({ dataDir, port });
    rmSync(dataDir, { recursive: true, force: true });
    neo = await startNeo4j({ port, dataDir, heap: '1g', pageCache: '512m', log: () => {} });
  });
  process.env.NEO4J_URI = neo!.uri;
  const db = openDb({ uri: neo!.uri, user: 'neo4j', password: undefined, database: 'neo4j' }, { maxRetryTimeMs: 60_000 });
  // Left unassigned rather than null: TypeScript would narrow a null it cannot see the stage callback replace.
  let app: AppHandle | undefined;
  try {
    await ensureSchema(db);
    if (stages.has('ingest')) await stage('ingest', () => benchIngest(db, { articles: Number(opts.articles) }));
    if (APP_STAGES.some((s) => stages.has(s))) {
      // One production build serves every app stage, and later runs too while its sources are unchanged.
      const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
      await stage('app build', async () => {
        const built = ensureAppBuild({ distDir, log: (l) => console.error(`bench: ${l}`) });
        if (!built) console.log(`bench: ${distDir} was built from the same sources: reused`);
      });
      await stage('app data', async () => {
        const articles = readdirSync('data/articles').filter((f) => f.endsWith('.txt')).map((f) => path.join('data/articles', f));
        await loadArticleFiles(db, articles);
      });
      await stage('app start', async () => {
        // TRAME_BENCH_APP_PORT: where an already running bench app may answer; otherwise one is started on a free port.
        app = await serveApp({ port: Number(process.env.TRAME_BENCH_APP_PORT ?? 3199), distDir, log: (l) => console.error(`bench: ${l}`) });
      });
      // One-article CLIs against this warm database, before the app is under load.
      if (stages.has('cli')) await stage('cli', () => benchCli(neo!.uri));
      const url = app!.url;
      const ids = ['country:KP', 'country:RU', 'country:UA', 'person:volodymyr-zelensky', 'org:nato'];
      const queries = ['coree', 'russie', 'zelenski', 'kim', 'otan', 'washington'];
      if (stages.has('api')) await stage('api', () => benchApi(url, db, ids, queries, app!.pid));
      if (stages.has('load')) await stage('load', async () => void (await runLoadTest({ url, durationS: Number(opts.loadSeconds), connections: 50 })));
      if (stages.has('nav')) await stage('nav', () => benchNavigation(url));
      if (stages.has('requery'))
        await stage('requery', async () => {
          // A result of 2,000 nodes: a few synthetic articles provide them, loaded after the navigation
          // stage so that the demo graph there is the sample articles alone.
          for (const doc of syntheticCorpus({ articles: 10, seed: 'trame-requery' })) await loadDocument(db, doc);
          await benchRequery(url);
        });
      if (stages.has('frame')) await stage('frame', () => benchFirstFrame(url));
    }
    // On top of what is there: the scale a newsroom reaches after months.
    if (stages.has('scale')) await stage('scale', () => benchScale(db));
  } finally {
    await app?.stop();
    await db.driver.close();
    await stopNeo4j({ dataDir, port });
  }
}

const total = (Date.now() - t0) / 1000;
const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
console.log(`bench: stage wall times: ${Object.entries(wall).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`);
console.log(`bench: load average at the end (1 / 5 / 15 min): ${load}`);
console.log(`bench: results in ${writeResults(process.cwd(), { wallSeconds: wall, totalSeconds: total, loadAverage: os.loadavg(), failedStages: failed })}`);
console.log(`bench: total wall time ${total.toFixed(0)} s (target < 600 s: ${total < 600 ? 'met' : 'NOT met'})`);
if (failed.length) {
  console.error(`bench: failed stages: ${failed.join(', ')}`);
  process.exitCode = 1;
}
