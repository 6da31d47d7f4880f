import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

const TSX = path.resolve('node_modules', '.bin', 'tsx');

/** Runs one of Trame's TypeScript CLIs (scripts/<name>.ts) the way npm does, without npm's own chatter on stderr. */
export function runCli(name: string, args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(TSX, [path.join('scripts', `${name}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: timeoutMs,
  });
}
