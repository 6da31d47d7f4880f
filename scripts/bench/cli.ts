// CLI start-up: one-article `npm run load` and `npm run extract` of the sample, each a fresh process,
// against the warm bench database. References in the same run: the same CLI compiled at start by tsx
// (how Trame ran its CLIs before the bundles) and a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCli } from '../lib/cli-bundle.mjs';
import { percentile, report } from './report';

const SAMPLE = path.join('data', 'articles', 'nk-troops-russia.fr.txt');
const RUNS = 3;

function wallMs(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench cli: ${[cmd, ...args].join(' ')} exited ${r.status}: ${(r.stderr ?? '').split('\n')[0]}`);
  return ms;
}

/** Wall time of fresh CLI processes, median of RUNS, alternating with their references. */
export async function benchCli(neo4jUri: string): Promise<void> {
  await Promise.all([ensureCli('load'), ensureCli('extract')]);
  const env = { ...process.env, NEO4J_URI: neo4jUri };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'trame-bench-cli-'));
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  // Server modules import 'server-only': from source, Node resolves it to the empty module under this condition.
  const SERVER_CONDITION = '--conditions=react-server';
  try {
    const m: Record<string, number[]> = { load: [], loadTsx: [], extract: [], extractTsx: [], node: [] };
    wallMs(process.execPath, ['scripts/run.mjs', 'load', '--quiet', SAMPLE], env); // the article is in the database from here on
    for (let i = 0; i < RUNS; i++) {
      m.node.push(wallMs(process.execPath, ['-e', '0'], env));
      m.load.push(wallMs(process.execPath, ['scripts/run.mjs', 'load', '--quiet', SAMPLE], env));
      m.loadTsx.push(wallMs(tsx, [SERVER_CONDITION, 'scripts/load.ts', '--quiet', SAMPLE], env));
      m.extract.push(wallMs(process.execPath, ['scripts/run.mjs', 'extract', SAMPLE, '--out', path.join(tmp, 'doc.json')], env));
      m.extractTsx.push(wallMs(tsx, ['scripts/extract.ts', SAMPLE, '--out', path.join(tmp, 'doc.json')], env));
    }
    const med = (k: string) => percentile(m[k], 50);
    report({
      name: 'npm run load, one article, warm database (fresh process)',
      value: med('load'),
      unit: 'ms',
      reference: { name: 'same CLI compiled at start by tsx', value: med('loadTsx') },
      ratio: med('load') / med('loadTsx'),
      target: { text: '< 2,000 ms wall', met: med('load') < 2_000 },
      notes: `median of ${RUNS}; bare node -e 0: ${med('node').toFixed(0)} ms`,
    });
    report({
      name: 'npm run extract, sample article (fresh process)',
      value: med('extract'),
      unit: 'ms',
      reference: { name: 'same CLI compiled at start by tsx', value: med('extractTsx') },
      ratio: med('extract') / med('extractTsx'),
      notes: `median of ${RUNS}; bare node -e 0: ${med('node').toFixed(0)} ms`,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
