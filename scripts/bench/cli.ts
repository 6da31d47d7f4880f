// CLI start-up: one-article `npm run load` and `npm run extract` of the sample, each a fresh process,
// against the warm bench database. References in the same run: the same CLI compiled at start by tsx
// (how Trame ran its CLIs before the bundles; one run each, it takes seconds) and a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCli } from '../lib/cli-bundle.mjs';
import { alternate } from './measure';
import { compare, percentile } from './report';

const SAMPLE = path.join('data', 'articles', 'nk-troops-russia.fr.txt');
const RUNS = 3;

function wallMs(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench cli: ${[cmd, ...args].join(' ')} exited ${r.status}: ${(r.stderr ?? '').split('\n')[0]}`);
  return ms;
}

/** Wall time of fresh CLI processes, median of RUNS alternated with a bare node start; tsx once each (seconds apiece). */
export async function benchCli(neo4jUri: string): Promise<void> {
  await Promise.all([ensureCli('load'), ensureCli('extract')]);
  const env = { ...process.env, NEO4J_URI: neo4jUri };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'trame-bench-cli-'));
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const out = ['--out', path.join(tmp, 'doc.json')];
  // Server modules import 'server-only': from source, Node resolves it to the empty module under this condition.
  const SERVER_CONDITION = '--conditions=react-server';
  try {
    wallMs(process.execPath, ['scripts/run.mjs', 'load', '--quiet', SAMPLE], env); // the article is in the database from here on
    const m = await alternate(RUNS, {
      node: () => wallMs(process.execPath, ['-e', '0'], env),
      load: () => wallMs(process.execPath, ['scripts/run.mjs', 'load', '--quiet', SAMPLE], env),
      extract: () => wallMs(process.execPath, ['scripts/run.mjs', 'extract', SAMPLE, ...out], env),
    });
    const viaTsx = await alternate(1, {
      load: () => wallMs(tsx, [SERVER_CONDITION, 'scripts/load.ts', '--quiet', SAMPLE], env),
      extract: () => wallMs(tsx, ['scripts/extract.ts', SAMPLE, ...out], env),
    });
    const notes = `median of ${RUNS}; bare node -e 0: ${percentile(m.node, 50).toFixed(0)} ms`;
    for (const [cli, name] of [
      ['load', 'npm run load, one article, warm database (fresh process)'],
      ['extract', 'npm run extract, sample article (fresh process)'],
    ] as const)
      compare({
        name,
        value: percentile(m[cli], 50),
        unit: 'ms',
        reference: { name: 'same CLI compiled at start by tsx (one run)', value: viaTsx[cli][0] },
        target: cli === 'load' ? { text: '< 2,000 ms wall', met: (ms) => ms < 2_000 } : undefined,
        notes,
      });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
