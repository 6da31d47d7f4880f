import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { longestTask, serveBarePage, watchLongTasks } from './page-timing';
import { report } from './report';
import { bigGraphInitScript } from '../lib/big-graph-script';

const SIZES = [1_000, 10_000, 50_000];
const VIEWPORT = { width: 1366, height: 768 };

async function bareFirstFrame(browser: Browser, url: string, nodes: number): Promise<number> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'run' in ((window as unknown as { __bare?: object }).__bare ?? {}));
    return await page.evaluate((n) => (window as unknown as { __bare: { run(n: number, e: number): Promise<number> } }).__bare.run(n, n * 3), nodes);
  } finally {
    await page.close();
  }
}

async function trameFirstFrame(browser: Browser, appUrl: string, nodes: number): Promise<{ ms: number; longestTask: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await watchLongTasks(page);
    // The seeded generator, as the bare page has it in its own bundle.
    await page.addInitScript(await bigGraphInitScript());
    // Let the overview from Neo4j draw first, so the fixture load below is the only work measured.
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__trame?.ready === true && window.__trame.perf().firstFrameMs !== null, null, { timeout: 60_000 });
    // The bare page has its code loaded at navigation: load the fixture module once too, and let the
    // overview's layout finish, so that only the graph itself is timed.
    await page.evaluate(() => window.__trame!.loadFixture('big', { nodes: 10, edges: 20 }));
    await page.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 60_000 });
    // Timed from the call, like the bare page: generating the payload and building the graph count too.
    const started = await page.evaluate(
      `(() => { const t0 = performance.now(); window.__trame.loadFixture('big', { nodes: ${nodes}, edges: ${nodes * 3} }); return t0; })()`,
    );
    // A function, not a string: the app's CSP forbids evaluating strings in the page.
    await page.waitForFunction(() => window.__trame!.perf().source === 'fixture:big' && window.__trame!.perf().firstFrameAt !== null, null, {
      timeout: 120_000,
    });
    const perf = await page.evaluate(() => window.__trame!.perf());
    const ms = (perf.firstFrameAt ?? NaN) - (started as number);
    // Watch the layout for up to 10 s: the page must not block the main thread meanwhile.
    const t0 = Date.now();
    while (Date.now() - t0 < 10_000 && (await page.evaluate(() => window.__trame!.layoutRunning()))) await page.waitForTimeout(250);
    return { ms, longestTask: await longestTask(page, perf.firstFrameAt ?? 0) };
  } finally {
    await page.close();
  }
}

/** First drawn frame for seeded graphs of 1k, 10k and 50k nodes: Trame against a bare sigma page. */
export async function benchFirstFrame(appUrl: string, sizes = SIZES): Promise<void> {
  const browser = await launchChromium();
  const bare = await serveBarePage('scripts/bench/bare/entry.ts');
  try {
    for (const n of sizes) {
      await bareFirstFrame(browser, bare.url, Math.min(n, 1000)); // warm the browser's caches
      const ref = await bareFirstFrame(browser, bare.url, n);
      const trame = await trameFirstFrame(browser, appUrl, n);
      report({
        name: `first frame ${n.toLocaleString('en-US')} nodes / ${(n * 3).toLocaleString('en-US')} edges`,
        value: trame.ms,
        unit: 'ms',
        reference: { name: 'bare sigma page', value: ref },
        ratio: trame.ms / ref,
        target: { text: '<= 1.25x bare', met: trame.ms / ref <= 1.25 },
      });
      report({
        name: `longest main-thread task during layout, ${n.toLocaleString('en-US')} nodes`,
        value: trame.longestTask,
        unit: 'ms',
        target: { text: '<= 100 ms', met: trame.longestTask <= 100 },
      });
    }
  } finally {
    bare.server.close();
    await browser.close();
  }
}
