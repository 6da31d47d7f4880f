// What the browser stages share: the bare reference page served on a loopback port, and the longest
// main-thread task a page ran, recorded from its first script on.
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

/** The bare page (one esbuild bundle, no framework) and its server. */
export interface BarePage {
  url: string;
  server: Server;
}

/**
 * Serves `entry` bundled for the browser under a blank full-window page. With `appUrl`, /api/* is passed
 * through to the app, so the bare page reads the same JSON as Trame's.
 */
export async function serveBarePage(entry: string, appUrl?: string): Promise<BarePage> {
  const out = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    platform: 'browser',
    tsconfig: path.resolve('tsconfig.json'),
  });
  const js = out.outputFiles[0].text;
  const html = '<!doctype html><html><body style="margin:0"><div id="root" style="width:100vw;height:100vh"></div><script src="/bare.js"></script></body></html>';
  const server = createServer(async (req, res) => {
    if (req.url === '/bare.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (appUrl && req.url?.startsWith('/api/')) {
      try {
        const upstream = await fetch(`${appUrl}${req.url}`);
        return res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(Buffer.from(await upstream.arrayBuffer()));
      } catch (error) {
        return res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: String(error) } }));
      }
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Records every long task of the page from its first script on; read them with longestTask. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's long tasks so far (watchLongTasks), on the page's clock. */
async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
}

/** The tasks over `over` ms that started at or after `from`, as [start - from, duration] in ms. */
export async function tasksOverFrom(page: Page, from: number, over: number): Promise<[number, number][]> {
  return (await longTasks(page)).filter((t) => t.start >= from && t.duration > over).map((t) => [t.start - from, t.duration]);
}

/** The longest task (ms) that started at or after `from` on the page's clock; 0 when none. */
export async function longestTaskFrom(page: Page, from: number): Promise<number> {
  return Math.max(0, ...(await longTasks(page)).filter((t) => t.start >= from).map((t) => t.duration));
}

/** The longest task (ms) overlapping [from, to] on the page's clock; 0 when none. */
export async function longestTask(page: Page, from: number, to = Infinity): Promise<number> {
  return Math.max(0, ...(await longTasks(page)).filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
}
