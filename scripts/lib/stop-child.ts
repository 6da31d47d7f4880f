import type { ChildProcess } from 'node:child_process';

/**
 * Ends a child this process started: SIGTERM (to its whole process group when it was spawned detached, so
 * the servers it spawned go too), then waits for its exit at most `graceMs`; a child already gone is left be.
 */
export async function stopChild(child: ChildProcess, options: { group?: boolean; graceMs?: number } = {}): Promise<void> {
  const { group = false, graceMs = 3_000 } = options;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const gone = new Promise((r) => child.once('exit', r));
  try {
    if (group) process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  } catch {
    return; // exited between the check and the signal
  }
  await Promise.race([gone, new Promise((r) => setTimeout(r, graceMs))]);
}
