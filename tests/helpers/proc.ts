import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// What a test can see of another local process: which one listens on a port, its memory, its sockets.

/** The pid listening on a TCP port of this machine (the served app), from `ss`. */
export function listeningPid(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`tests: no process of ours listens on port ${port}`);
  return Number(pid);
}

/** Resident memory of a process, bytes (VmRSS). */
export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Established TCP connections from a process to a port (the app's Neo4j pool). */
export function connectionsTo(pid: number, port: number): number {
  const out = execFileSync('ss', ['-tnpH', 'state', 'established', `( dport = :${port} )`], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(`pid=${pid},`)).length;
}
