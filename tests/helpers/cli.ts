import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

const TSX = path.resolve('node_modules', '.bin', 'tsx');

/**
 * Node's flag for a CLI run from its TypeScript source: server modules import 'server-only', whose
 * `react-server` export is the empty module (the bundles of scripts/run.mjs alias it the same way).
 */
export const SERVER_CONDITION = '--conditions=react-server';

/** Runs one of Trame's TypeScript CLIs (scripts/<name>.ts) the way npm does, without npm's own chatter on stderr. */
export function runCli(name: string, args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(TSX, [SERVER_CONDITION, path.join('scripts', `${name}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: timeoutMs,
    // Node's 1 MiB default would kill a CLI that reports a large batch, and the test would read a crash.
    maxBuffer: 16 * 1024 * 1024,
  });
}
