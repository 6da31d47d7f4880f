// What a long task's script ran, from a V8 CPU profile taken over the same visit as the trace (trace-nav's
// --profile): the task's samples as a call tree. The profile's timestamps and the trace's share Chromium's
// monotonic clock, so a task's window from the trace picks its samples.

/** A V8 CPU profile as the DevTools protocol's Profiler.stop returns it. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const STACKS = new WeakMap<CpuProfile, { ts: number; stack: number[] }[]>();

/** Sample times (µs, the trace's clock) and, for each, the node ids on its stack, innermost first; read once per profile, as every long task asks for them. */
function stacks(profile: CpuProfile): { ts: number; stack: number[] }[] {
  const known = STACKS.get(profile);
  if (known) return known;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: { ts: number; stack: number[] }[] = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    const stack: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(at);
    out.push({ ts, stack });
  });
  STACKS.set(profile, out);
  return out;
}

/**
 * The samples in [from, to) as a call tree, top-down: each call path holding at least `minMs`, a chain of
 * calls where one callee holds nearly all of its caller's time shown as its last link only.
 */
export function profileTree(profile: CpuProfile, from: number, to: number, minMs = 8, indent = ''): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const all = stacks(profile);
  const ms = new Map<number, number>();
  all.forEach((s, i) => {
    if (s.ts < from || s.ts >= to) return;
    const w = ((all[i + 1]?.ts ?? s.ts) - s.ts) / 1000;
    for (const id of s.stack) ms.set(id, (ms.get(id) ?? 0) + w);
  });
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const lines: string[] = [];
  const walk = (id: number, depth: number) => {
    const kids = (byId.get(id)!.children ?? []).filter((c) => (ms.get(c) ?? 0) >= minMs).sort((a, b) => ms.get(b)! - ms.get(a)!);
    const own = ms.get(id) ?? 0;
    if (kids.length === 1 && ms.get(kids[0])! >= own * 0.95) return walk(kids[0], depth);
    lines.push(`${indent}${'  '.repeat(depth)}${own.toFixed(0).padStart(5)} ms  ${label(id)}`);
    for (const k of kids) walk(k, depth + 1);
  };
  const root = profile.nodes[0].id;
  for (const k of (byId.get(root)!.children ?? []).filter((c) => (ms.get(c) ?? 0) >= minMs)) walk(k, 0);
  return lines;
}
