import { Neo4jUnavailableError } from '@/lib/neo4j/errors';

/** Exit codes shared by every CLI: 0 ok, 1 failure, 2 bad input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Prints one line for an error and exits with the code it deserves (2 for input errors, 1 otherwise). */
export function fail(prefix: string, error: unknown): never {
  const e = error as { exitCode?: number; message?: string };
  const code = typeof e?.exitCode === 'number' ? e.exitCode : EXIT.failure;
  const message = String(e?.message ?? error).split('\n')[0];
  // Messages from lib already name their origin ("extract: ...", "neo4j: ..."); others get the CLI's.
  const named = /^[a-z][\w -]*: /.test(message) || error instanceof Neo4jUnavailableError;
  process.stderr.write(`${named ? '' : prefix + ': '}${message}\n`);
  process.exit(code);
}
