// `npm run bench`: every figure next to its reference measured in the same run; results in bench/results.json.
// Stages: extraction, ingest (own Neo4j), then API latency, load test, first frame and re-query against
// a production build of the app serving the sample articles.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { openDb } from '@/lib/neo4j/driver';
import { loadArticleFiles } from '@/lib/ingest/load-articles';
import { loadDocument } from '@/lib/neo4j/load';
import { syntheticCorpus } from './corpus';
import { startNeo4j, stopNeo4j } from '../neo4j/server.mjs';
import { serveApp } from '../lib/serve';
import { benchExtraction } from './extraction';
import { benchIngest } from './ingest';
import { benchApi } from './api';
import { benchFirstFrame } from './first-frame';
import { runLoadTest } from './load-test';
import { benchRequery } from './requery';
import { writeResults } from './report';

const STAGES = ['extraction', 'ingest', 'api', 'load', 'frame', 'requery'] as const;
type Stage = (typeof STAGES)[number];

const program = new Command()
  .name('trame bench')
  .option('--only <stages>', `comma-separated subset of ${STAGES.join(',')}`)
  .option('--articles <n>', 'synthetic articles in the ingest corpus (540 nodes, 1500 relationships each)', '200')
  .parse();
const opts = program.opts<{ only?: string; articles: string }>();
const stages = new Set<Stage>((opts.only ? opts.only.split(',') : STAGES) as Stage[]);
for (const s of stages) if (!STAGES.includes(s)) {
  console.error(`bench: unknown stage ${s} (expected ${STAGES.join(', ')})`);
  process.exit(2);
}

const t0 = Date.now();
process.env.NEXT_TELEMETRY_DISABLED = '1';

if (stages.has('extraction')) await benchExtraction();
if (stages.has('ingest')) await benchIngest({ articles: Number(opts.articles) });

if (['api', 'load', 'frame', 'requery'].some((s) => stages.has(s as Stage))) {
  const port = Number(process.env.TRAME_BENCH_NEO4J_PORT ?? 7699) + 1;
  const dataDir = path.resolve('.neo4j', 'bench-app');
  // Stop a server left from an interrupted run before its files go, or it would keep serving deleted files.
  await stopNeo4j({ dataDir, port });
  rmSync(dataDir, { recursive: true, force: true });
  const neo = await startNeo4j({ port, dataDir, log: () => {} });
  process.env.NEO4J_URI = neo.uri;
  const db = openDb({ uri: neo.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
  const articles = readdirSync('data/articles').filter((f) => f.endsWith('.txt')).map((f) => path.join('data/articles', f));
  await loadArticleFiles(db, articles);
  // The re-query stage needs a result of 2,000 nodes: a few synthetic articles provide them.
  if (stages.has('requery')) for (const doc of syntheticCorpus({ articles: 10, seed: 'trame-requery' })) await loadDocument(db, doc);
  const app = await serveApp({ port: 3199, distDir: process.env.NEXT_DIST_DIR || '.next-bench', log: (l) => console.error(`bench: ${l}`) });
  try {
    const ids = ['country:KP', 'country:RU', 'country:UA', 'person:volodymyr-zelensky', 'org:nato'];
    const queries = ['coree', 'russie', 'zelenski', 'kim', 'otan', 'washington'];
    if (stages.has('api')) await benchApi(app.url, db, ids, queries);
    if (stages.has('load')) await runLoadTest({ url: app.url, durationS: 30, connections: 50 });
    if (stages.has('frame')) await benchFirstFrame(app.url);
    if (stages.has('requery')) await benchRequery(app.url);
  } finally {
    await app.stop();
    await db.driver.close();
    await stopNeo4j({ dataDir, port });
  }
}

console.log(`bench: results in ${writeResults()} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
