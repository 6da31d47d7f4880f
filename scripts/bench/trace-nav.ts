// What the explorer's long main-thread tasks are made of: opens Trame's page on the seeded big graph with
// Chromium tracing on, waits for the map to settle (then hovers and selects a few nodes with --interact),
// and prints each task over 50 ms with the part spent in script, in garbage collection, and waiting for the
// GPU process to finish a frame (GLES2::ReadPixels: with software compositing the compositor reads every
// WebGL canvas back, so a frame's rasterisation by SwiftShader lands on the main thread).
// `node scripts/run.mjs bench/trace-nav --url http://127.0.0.1:3000 [--nodes 10000 | --overview] [--interact] [--detail] [--stacks] [--profile] [--startup] [--warm 2] [--bare]`
// (--detail lists, under each long task, the events inside it over 10 ms: what the time went to; --stacks the
// script frames that forced each style or layout recalculation over 5 ms in it; --profile
// takes a CPU profile of the visit too and lists, under each long task, the functions its script spent on; --bare
// traces the bench's bare sigma page on the same payload instead, its /api/* passed through to --url.)
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { generateBigGraph } from '@/tests/fixtures/big-graph';
import { bigGraphInitScript } from '../lib/big-graph-script';
import { launchChromium } from '../lib/chromium';
import { profileTree, type CpuProfile } from './cpu-profile';
import { serveBarePage, type BarePage } from './page-timing';

interface StackFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the thread ran of `dur`, the rest being time other processes had the core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; type?: string; requestId?: string; priority?: string; stackTrace?: StackFrame[] };
    beginData?: { stackTrace?: StackFrame[] };
  };
}

const opts = new Command()
  .requiredOption('--url <url>', 'a running Trame app')
  .option('--nodes <n>', 'nodes in the seeded graph (edges: 3 per node)', '10000')
  .option('--interact', 'hover and select four nodes once settled')
  .option('--detail', 'list the events over 10 ms inside each long task')
  .option('--stacks', 'under each long task, the script that forced each style or layout recalculation over 5 ms')
  .option('--profile', 'list the functions each long task spent its script on (a CPU profile of the visit)')
  .option('--startup', 'list the requests and script runs from navigation to the first frame')
  .option('--overview', "open the overview from the app's Neo4j instead of the seeded graph")
  // Each visit is a page of its own, as the bench's: what it warms is the server (its page cache, Next.js);
  // a Playwright page has its own browser context, so its own HTTP cache and code cache.
  .option('--warm <n>', "visits before the traced one, each in its own page as the bench's", '0')
  .option('--bare', "the bench's bare sigma page on the same payload, not Trame's")
  // `npm run`-style `-- --url …` works too: a lone `--` would end option parsing.
  .parse(process.argv.filter((a, i) => i < 2 || a !== '--'))
  .opts<{ url: string; nodes: string; warm: string; interact?: boolean; detail?: boolean; profile?: boolean; overview?: boolean; startup?: boolean; bare?: boolean; stacks?: boolean }>();
const n = Number(opts.nodes);
const file = path.join(os.tmpdir(), `trame-trace-${process.pid}.json`);

/** One event inside a task: its name, what script it ran, its duration, indented by nesting. */
function describe(e: TraceEvent, siblings: TraceEvent[]): string {
  const depth = siblings.filter((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0)).length;
  const d = e.args?.data;
  const what = d?.functionName || d?.url ? ` ${d.functionName ?? ''}${d.url ? ` ${d.url.split('/').pop()}` : ''}` : d?.type ? ` ${d.type}` : '';
  const cpu = e.tdur === undefined ? '' : ` (${(e.tdur / 1000).toFixed(0)} ms on the CPU)`;
  return `${'  '.repeat(depth)}${e.name}${what} ${((e.dur ?? 0) / 1000).toFixed(0)} ms${cpu}`;
}

/** Where a forced style or layout recalculation was asked for: its innermost script frames, as file:line. */
function forcedBy(e: TraceEvent): string {
  const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [];
  if (!stack.length) return '(not forced by script)';
  return stack.slice(0, 4).map((f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ');
}

/** Event kinds inside a task whose durations add up to over 10 ms, largest first (nested kinds overlap). */
function totalsByName(inside: TraceEvent[]): string[] {
  const totals = new Map<string, { ms: number; n: number }>();
  for (const e of inside) {
    const t = totals.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += (e.dur ?? 0) / 1000;
    t.n++;
    totals.set(e.name, t);
  }
  return [...totals].filter(([, t]) => t.ms > 10).sort((a, b) => b[1].ms - a[1].ms).map(([k, t]) => `${k} ${t.ms.toFixed(0)} ms (${t.n})`);
}

/**
 * What stands between navigation and the first frame: each request (sent, finished, priority) and each
 * script run on the main thread, in ms from the document's request, up to the first frame.
 */
function startup(events: TraceEvent[], main: Set<string>, onMain: TraceEvent[], firstFrameAt: number): void {
  const sent = events.filter((e) => e.name === 'ResourceSendRequest' && /^https?:/.test(e.args?.data?.url ?? ''));
  // Navigation start, as the page's performance.now() counts from; the first request's when absent.
  const nav = events.filter((e) => e.name === 'navigationStart' && main.has(`${e.pid}:${e.tid}`));
  const t0 = nav.length ? nav[nav.length - 1].ts : Math.min(...sent.map((e) => e.ts));
  const ms = (ts: number) => (ts - t0) / 1000;
  const short = (url = '') => url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_next\/static\//, '');
  const finished = new Map(events.filter((e) => e.name === 'ResourceFinish').map((e) => [e.args?.data?.requestId, e.ts]));
  const lines: [number, string][] = [];
  for (const e of sent) {
    const end = finished.get(e.args?.data?.requestId);
    lines.push([ms(e.ts), `request ${short(e.args?.data?.url)} (${e.args?.data?.priority ?? '?'}) done at ${end === undefined ? '?' : ms(end).toFixed(0)} ms`]);
  }
  for (const e of onMain.filter((x) => (x.name === 'EvaluateScript' || x.name === 'FunctionCall' || x.name === 'ParseHTML' || x.name === 'FireAnimationFrame' || x.name === 'ThreadControllerImpl::RunTask') && (x.dur ?? 0) > 3_000 && x.ts >= t0)) {
    lines.push([ms(e.ts), `${e.name} ${short(e.args?.data?.url) || e.args?.data?.functionName || ''} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`]);
  }
  console.log(`startup (ms from navigation; first frame at ${firstFrameAt.toFixed(0)} ms after navigation):`);
  for (const [at, text] of lines.filter(([at]) => at <= firstFrameAt + 50).sort((a, b) => a[0] - b[0])) console.log(`${at.toFixed(0).padStart(7)}  ${text}`);
}

const browser = await launchChromium();
// The bare page as the bench serves it: its /api/* answered by the app at --url.
const bare: BarePage | null = opts.bare ? await serveBarePage('scripts/bench/bare/nav.ts', opts.url) : null;
try {
  const url = `${(bare?.url ?? opts.url).replace(/\/$/, '')}/${opts.overview ? '' : `?fixture=big&nodes=${n}&edges=${n * 3}`}`;
  const settled = opts.bare
    ? () => (window as unknown as { __bare?: { settledAt: number | null } }).__bare?.settledAt != null
    : () => {
        const t = window.__trame;
        return !!t?.ready && t.perf().firstFrameAt !== null && t.perf().settledAt !== null && !t.layoutRunning();
      };
  const init = await bigGraphInitScript();
  for (let i = 0; i < Number(opts.warm); i++) {
    const warm = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await warm.addInitScript(init);
    await warm.goto(url);
    await warm.waitForFunction(settled, null, { timeout: 180_000 });
    await warm.close();
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(init);
  await browser.startTracing(page, { path: file, categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'gpu', 'v8', 'disabled-by-default-v8.compile', ...(opts.stacks ? ['disabled-by-default-devtools.timeline.stack'] : [])] });
  // A fine sampling interval: a task of 100 ms is otherwise a handful of samples per function.
  const cdp = opts.profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url);
  await page.waitForFunction(settled, null, { timeout: 180_000 });
  await page.waitForTimeout(500);
  if (opts.interact) {
    for (const { id } of generateBigGraph({ nodes: n, edges: n * 3 }).nodes.slice(0, 4)) {
      const at = await page.evaluate((node) => window.__trame!.nodeViewport(node), id);
      if (at) await page.mouse.move(at.x + 1, at.y + 1);
      await page.waitForTimeout(300);
      await page.evaluate((node) => window.__trame!.select(node), id);
      await page.waitForTimeout(400);
    }
  }
  const perf = (await page.evaluate(opts.bare ? 'window.__bare' : 'window.__trame.perf()')) as { firstFrameAt: number | null; settledAt: number | null };
  const profile = cdp ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer main thread: the one that ran the page's own scripts. Chromium's other renderers
  // (its internal pages) have main threads of the same name, whose tasks are not the page's.
  const origin = new URL(url).origin;
  const renderers = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = new Set(events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(origin) && renderers.has(`${e.pid}:${e.tid}`)).map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const sum = (inside: TraceEvent[], name: string) => inside.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  console.log(`first frame ${perf.firstFrameAt?.toFixed(0)} ms, settled ${perf.settledAt?.toFixed(0)} ms after navigation (trace clock starts near navigation)`);
  if (opts.startup) startup(events, main, onMain, perf.firstFrameAt ?? Infinity);
  // Over the whole traced visit: how many canvas read-backs the page's frames cost, and the wait for them.
  const readBacks = onMain.filter((e) => e.name === 'GLES2::ReadPixels');
  console.log(`read-backs on the main thread: ${readBacks.length}, ${sum(readBacks, 'GLES2::ReadPixels').toFixed(0)} ms waiting in all`);
  // When each came (s from the trace's start, ms waited): a frame's read-backs of short tasks included.
  console.log(`  at ${readBacks.map((e) => `${((e.ts - t0) / 1e6).toFixed(2)}/${((e.dur ?? 0) / 1000).toFixed(0)}`).join(' ')}`);
  // On a loaded machine a task's wall time is partly other processes' turn on the core: "on CPU" is the thread's own time.
  console.log('task start (s)   task ms   on CPU ms   script ms   GC ms   waiting on GPU frame ms   read-backs');
  // Tasks as the long-task API sees them: the scheduler's outermost slices over 50 ms.
  for (const task of onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 50_000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    // Read-backs: one per WebGL canvas the frame changed (a cleared blank canvas counts as changed).
    const cols = [(task.dur ?? 0) / 1000, (task.tdur ?? NaN) / 1000, sum(inside, 'FunctionCall') + sum(inside, 'EvaluateScript'), sum(inside, 'MinorGC') + sum(inside, 'MajorGC'), sum(inside, 'GLES2::ReadPixels'), inside.filter((e) => e.name === 'GLES2::ReadPixels').length];
    console.log(`${((task.ts - t0) / 1e6).toFixed(2).padStart(14)} ${cols.map((c) => c.toFixed(0).padStart(9)).join('   ')}`);
    if (opts.detail) for (const e of inside.filter((x) => (x.dur ?? 0) > 10_000)) console.log(`${' '.repeat(18)}${describe(e, inside)}`);
    // Many short events of one kind add up too (lazy compiles, style recalcs): the kinds totalling over 10 ms.
    if (opts.detail) console.log(`${' '.repeat(18)}by kind: ${totalsByName(inside).join(', ')}`);
    if (opts.stacks)
      for (const e of inside.filter((x) => (x.name === 'Layout' || x.name === 'UpdateLayoutTree') && (x.dur ?? 0) > 5_000))
        console.log(`${' '.repeat(18)}${describe(e, [])}, forced by ${forcedBy(e)}`);
    if (profile) for (const line of profileTree(profile, task.ts, end, 8, ' '.repeat(18))) console.log(line);
  }
} finally {
  bare?.server.close();
  await browser.close();
  rmSync(file, { force: true });
}
