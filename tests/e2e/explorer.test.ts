// The explorer in real Chromium against the app the global setup serves (sample article loaded).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { bigGraphInitScript } from '@/scripts/lib/big-graph-script';
import { launchChromium } from '@/scripts/lib/chromium';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3000';
const VIEWPORT = { width: 1366, height: 768 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  if (path.includes('fixture=')) await page.addInitScript(await bigGraphInitScript());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(new URL(path, APP).toString());
  await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
  return page;
}

/** Share of canvas pixels that are not the white background, read from a real screenshot of the canvas. */
async function inkRatio(page: Page): Promise<number> {
  // Software WebGL (no GPU in CI) can take seconds per frame on 30k edges: be patient.
  const png = await page.locator('[data-testid=graph-canvas]').screenshot({ timeout: 60_000 });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

async function waitLayout(page: Page) {
  await page.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 60_000 });
}

async function searchAndChoose(page: Page, scope: string, query: string, name: RegExp) {
  const input = page.locator(`${scope} input[type=search]`);
  await input.fill(query);
  const option = page.locator(`${scope} [role=option]`, { hasText: name }).first();
  await option.waitFor({ timeout: 10_000 });
  // Keyboard navigation: move down to the option, then Enter.
  const options = await page.locator(`${scope} [role=option]`).allTextContents();
  const index = options.findIndex((t) => name.test(t));
  for (let i = 0; i < index; i++) await input.press('ArrowDown');
  await input.press('Enter');
}

describe('explorer', () => {
  it('draws the sample graph on load and reports its first frame', async () => {
    const page = await open('/');
    const perf = await page.evaluate(() => window.__trame!.perf());
    const order = await page.evaluate(() => window.__trame!.order());
    console.log(`first frame (sample graph, ${order} nodes): ${perf.firstFrameAt!.toFixed(0)} ms after navigation, ${perf.firstFrameMs!.toFixed(0)} ms after the data arrived`);
    expect(order).toBeGreaterThan(5);
    await waitLayout(page);
    expect(await inkRatio(page)).toBeGreaterThan(0.003);
    await page.close();
  });

  it('asks for the overview once, from the head, before the page has loaded its scripts', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/graph')) requests.push(r.url());
    });
    const response = await page.goto(new URL('/', APP).toString());
    const html = (await response!.text()).replace(/<body[\s\S]*$/, '');
    // The preload is in the head, so the request does not wait for the stylesheet the inline script waits for.
    expect(html).toMatch(/<link rel="preload" href="\/api\/graph\?limit=2000" as="fetch" crossorigin=""\/>/);
    await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
    // The inline script's fetch took the preloaded response: one request, not two.
    expect(requests).toEqual([new URL('/api/graph?limit=2000', APP).toString()]);
    expect(await page.evaluate(() => window.__trame!.order())).toBeGreaterThan(5);
    await page.close();
  });

  it('loads the first-frame entry from the head, and the explorer takes its canvas over', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    // Animation frames, once the entry has drawn, whose page had the drawn canvases out of the document:
    // React's hydration discards the server's placeholder, and the picture must not blink out with it.
    await page.addInitScript(`(() => {
      window.__blankFrames = 0;
      const tick = () => {
        const f = window.__trameFirstFrame && window.__trameFirstFrame.frame;
        if (f && f.drawn && !f.container.isConnected) window.__blankFrames++;
        if (!(window.__trame && window.__trame.perf().settledAt != null)) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const scripts: string[] = [];
    page.on('request', (r) => void (r.url().includes('/_next/static/chunks/') && scripts.push(new URL(r.url()).pathname)));
    const response = await page.goto(new URL('/', APP).toString());
    const html = await response!.text();
    // The entry's script is in the head, and the server sends the canvas container it draws in. Whether
    // the entry or the explorer draws the first graph depends on when the data arrives; either way the
    // explorer works on the entry's renderer.
    expect(html.replace(/<body[\s\S]*$/, '')).toMatch(/<script src="\/_next\/static\/chunks\/trame-first-frame-with-runtime-[0-9a-f]+\.js" async="" fetchPriority="high"/);
    expect(html).toContain('id="trame-first-frame"');
    // React's and Next's chunks wait for the first frame: preloads in the head, started once it is drawn.
    const heldBack = [...html.replace(/<body[\s\S]*$/, '').matchAll(/<link rel="preload" as="script" fetchPriority="low" href="([^"]+)" data-trame-deferred=""\/>/g)].map((m) => m[1]);
    expect(heldBack.some((src) => /\/main-app-[0-9a-f]+\.js$/.test(src))).toBe(true);
    // Each script compiles whole while it streams in, off the main thread (next.config.js): the hint works only as its first line.
    const entry = /src="(\/_next\/static\/chunks\/trame-first-frame-with-runtime-[0-9a-f]+\.js)"/.exec(html)![1];
    for (const src of [entry, ...heldBack]) expect((await (await fetch(new URL(src, APP))).text()).startsWith('//# allFunctionsCalledOnLoad\n'), src).toBe(true);
    await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.querySelectorAll('link[data-trame-deferred]').length)).toBe(0);
    // The chunks the script carries are installed by it: neither preloaded nor asked for by the explorer.
    const { carries } = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next-test', 'trame-first-frame-manifest.json'), 'utf8')) as { carries: string[] };
    expect(carries.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => carries.some((c) => s.endsWith(c)))).toEqual([]);
    const adopted = await page.evaluate(() => ({
      // One copy of the webpack runtime ran, the script's or Next's: one module registry, so the explorer
      // and the entry share sigma and the graph modules.
      runtime: (window as unknown as { __trameWebpackRuntime?: string }).__trameWebpackRuntime,
      state: (window as unknown as { __trameFirstFrame?: { state: string } }).__trameFirstFrame?.state,
      // One sigma in the explorer's canvas: the one drawn first, moved into it.
      inCanvas: !!document.querySelector('[data-testid=graph-canvas] > #trame-first-frame'),
      mouseLayers: document.querySelectorAll('.sigma-mouse').length,
      blankFrames: (window as unknown as { __blankFrames: number }).__blankFrames,
    }));
    expect(adopted).toMatchObject({ state: 'taken', inCanvas: true, mouseLayers: 1, blankFrames: 0 });
    expect(['first-frame', 'next']).toContain(adopted.runtime);
    await waitLayout(page);
    expect(await inkRatio(page)).toBeGreaterThan(0.003);
    // The adopted renderer answers the explorer: a click on a node opens it in the inspector.
    const id = await page.evaluate(() => window.__trame!.findNode('Corée du Nord'));
    const at = await page.evaluate((n) => window.__trame!.nodeViewport(n!), id);
    const box = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await expect.poll(() => page.evaluate(() => window.__trame!.selected().node), { timeout: 10_000 }).toBe(id);
    await page.close();
  });

  it('draws the graph itself when the first-frame entry never arrives', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.route(/trame-first-frame-with-runtime-[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(new URL('/', APP).toString());
    await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __trameFirstFrame?: { state: string } }).__trameFirstFrame?.state)).toBe('refused');
    // Without the script, Next's own copy of the runtime starts the page.
    expect(await page.evaluate(() => (window as unknown as { __trameWebpackRuntime?: string }).__trameWebpackRuntime)).toBe('next');
    expect(await page.evaluate(() => window.__trame!.order())).toBeGreaterThan(5);
    await waitLayout(page);
    expect(await inkRatio(page)).toBeGreaterThan(0.003);
    await page.close();
  });

  it('finds "coree", opens Corée du Nord with evidence, and saves a screenshot', async () => {
    const page = await open('/');
    await searchAndChoose(page, '.toolbar', 'coree', /Corée du Nord/);
    await expect.poll(() => page.locator('[data-testid=panel-title]').textContent(), { timeout: 10_000 }).toBe('Corée du Nord');
    await page.locator('[data-testid=evidence-sentence]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=evidence-sentence]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=evidence-sentence] mark.hl').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__trame!.selected().node)).toMatch(/^country:/);
    await waitLayout(page);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explorer.png' });
    await page.close();
  });

  it('inspects an edge with its evidence, and reads transfers as arrows', async () => {
    const page = await open('/');
    const sent = await page.evaluate(() => window.__trame!.edgesOfType('SENT')[0]);
    expect(sent).toBeTruthy();
    await page.evaluate((id) => window.__trame!.selectEdge(id), sent);
    await page.locator('[data-testid=edge-panel]').waitFor();
    await page.locator('[data-testid=edge-panel] [data-testid=evidence-sentence]').first().waitFor({ timeout: 10_000 });
    // One toggle away: transfers become direct sender -> recipient arrows, labelled with their quantity.
    const before = await page.evaluate(() => window.__trame!.visible());
    await page.locator('[data-testid=mode-edges]').click();
    const after = await page.evaluate(() => window.__trame!.visible());
    const transfers = Number((await page.locator('[data-testid=filter-hiddenLabels] input[data-value=Transfer]').locator('xpath=..').locator('.count').textContent())?.replace(/\D/g, ''));
    expect(after.nodes).toBe(before.nodes - transfers);
    const arrow = await page.evaluate(() => window.__trame!.edgesOfType('TRANSFER')[0]);
    await page.evaluate((id) => window.__trame!.selectEdge(id), arrow);
    await expect.poll(() => page.locator('[data-testid=edge-panel] [data-testid=panel-title]').textContent()).toMatch(/\d|[a-z]/);
    await page.close();
  });

  it('expands a node from Neo4j and adds its neighbours', async () => {
    const page = await open('/?limit=3');
    await waitLayout(page);
    const before = await page.evaluate(() => window.__trame!.order());
    expect(before).toBeLessThanOrEqual(3);
    await expect.poll(() => page.locator('[data-testid=showing]').textContent()).toMatch(/of|sur/);
    const id = await page.evaluate(() => window.__trame!.findNode('Corée du Nord') ?? window.__trame!.findNode('Russie'));
    expect(id).toBeTruthy();
    // The camera may still glide to the settled picture: aim once the node stays where it is.
    let pos = await page.evaluate((n) => window.__trame!.nodeViewport(n!), id);
    await expect
      .poll(async () => {
        const last = pos;
        await page.waitForTimeout(250);
        pos = await page.evaluate((n) => window.__trame!.nodeViewport(n!), id);
        return !!last && !!pos && Math.hypot(pos.x - last.x, pos.y - last.y) < 1;
      }, { timeout: 10_000 })
      .toBe(true);
    const box = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
    await page.mouse.dblclick(box.x + pos!.x, box.y + pos!.y);
    await expect.poll(() => page.evaluate(() => window.__trame!.order()), { timeout: 10_000 }).toBeGreaterThan(before);
    // Undo brings the view back.
    await page.locator('[data-testid=undo]').click();
    await expect.poll(() => page.evaluate(() => window.__trame!.order())).toBe(before);
    await page.close();
  });

  it('filters hide what they should', async () => {
    const page = await open('/');
    const all = await page.evaluate(() => window.__trame!.visible());
    const persons = await page.locator('[data-testid=filter-hiddenLabels] input[data-value=Person]');
    await persons.uncheck();
    const after = await page.evaluate(() => window.__trame!.visible());
    const personCount = await page.evaluate(() => {
      let n = 0;
      for (const id of ['Person']) n += Number(document.querySelector(`[data-testid=filter-hiddenLabels] input[data-value=${id}]`)?.closest('label')?.querySelector('.count')?.textContent?.replace(/\D/g, '') ?? 0);
      return n;
    });
    expect(personCount).toBeGreaterThan(0);
    expect(after.nodes).toBe(all.nodes - personCount);
    expect(after.edges).toBeLessThan(all.edges);
    await page.close();
  });

  it('brushing a period on the timeline filters the graph, and clearing it restores the view', async () => {
    const page = await open('/');
    const all = await page.evaluate(() => window.__trame!.visible());
    const svg = page.locator('[data-testid=timeline] svg');
    const box = (await svg.boundingBox())!;
    // Keep only the left fifth of the axis: dated facts later than that disappear.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const brushed = await page.evaluate(() => window.__trame!.visible());
    expect(brushed.nodes).toBeLessThan(all.nodes);
    await page.locator('[data-testid=timeline] button').click();
    expect(await page.evaluate(() => window.__trame!.visible())).toEqual(all);
    await page.close();
  });

  it('finds a path between Zelensky and Kim Jong-un, or says there is none', async () => {
    const page = await open('/');
    await page.locator('[data-testid=toggle-path]').click();
    await searchAndChoose(page, '[data-testid=path-search-from]', 'zelenski', /Zelensky/);
    await searchAndChoose(page, '[data-testid=path-search-to]', 'kim jong', /Kim Jong/);
    await page.locator('[data-testid=path-find]').click();
    const message = page.locator('[data-testid=path-message]');
    await message.waitFor({ timeout: 15_000 });
    const text = (await message.textContent()) ?? '';
    console.log(`path Zelensky -> Kim Jong-un: ${text}`);
    expect(text).toMatch(/shortest path|No path/);
    await page.close();
  });

  it('loads and draws the seeded 10k-node / 30k-edge fixture without Neo4j', async () => {
    const page = await open('/?fixture=big');
    const [order, size, perf] = await page.evaluate(() => [window.__trame!.order(), window.__trame!.size(), window.__trame!.perf()] as const);
    console.log(`first frame (fixture ${order} nodes / ${size} edges): ${perf.firstFrameMs!.toFixed(0)} ms after the load began, ${perf.firstFrameAt!.toFixed(0)} ms after navigation`);
    expect(order).toBe(10_000);
    expect(size).toBe(30_000);
    // The main thread stays free while ForceAtlas2 runs in its worker: a task queued now runs promptly.
    // Let the first frame reach the screen (software WebGL rasterises on the main thread), then probe.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    expect(await page.evaluate(() => window.__trame!.layoutRunning())).toBe(true);
    const latency = await page.evaluate(() => new Promise<number>((r) => {
      const t0 = performance.now();
      setTimeout(() => r(performance.now() - t0), 0);
    }));
    console.log(`main-thread task latency during the 10k layout: ${latency.toFixed(0)} ms`);
    expect(latency).toBeLessThan(1_000);
    await waitLayout(page);
    expect(await inkRatio(page)).toBeGreaterThan(0.01);
    // The panels count a graph this large after the mount, in idle tasks: once settled, every count is there.
    const labelCounts = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-testid=filter-hiddenLabels] .count')].reduce((n, c) => n + Number(c.textContent?.replace(/\D/g, '') ?? 0), 0));
    await expect.poll(labelCounts, { timeout: 10_000 }).toBe(10_000);
    await expect.poll(() => page.locator('[data-testid=showing]').textContent(), { timeout: 10_000 }).not.toContain('…');
    expect(await page.locator('[data-testid=timeline][aria-busy]').count()).toBe(0);

    // A hover and a selection change labels and highlights only: their frames leave the node and edge
    // layers as drawn, and what shows is what drawing those layers afresh shows.
    const kept = await page.evaluate(() => window.__trame!.keptFrames());
    const id = await page.evaluate(() => {
      const t = window.__trame!;
      return t.nodeIds().find((n) => {
        const at = t.nodeViewport(n);
        return at && at.x > 200 && at.x < 500 && at.y > 200 && at.y < 400;
      })!;
    });
    const at = (await page.evaluate((n) => window.__trame!.nodeViewport(n), id))!;
    const box = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.evaluate(async (n) => {
      const drawn = window.__trame!.selectionDrawn(n);
      window.__trame!.select(n);
      await drawn;
    }, id);
    expect(await page.evaluate(() => window.__trame!.selected().node)).toBe(id);
    expect(await page.evaluate(() => window.__trame!.keptFrames())).toBeGreaterThan(kept);
    const shown = await page.locator('[data-testid=graph-canvas]').screenshot({ timeout: 60_000 });
    await page.evaluate(() => window.__trame!.redrawLayers());
    const redrawn = await page.locator('[data-testid=graph-canvas]').screenshot({ timeout: 60_000 });
    const changed = await page.evaluate(async ([a, b]) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      let n = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 30) n++;
      return n / (x.length / 4);
    }, [shown.toString('base64'), redrawn.toString('base64')] as const);
    console.log(`10k hover and selection: ${(changed * 100).toFixed(2)}% of the canvas's pixels differ from the layers drawn afresh`);
    // A layer left blank, or a stale picture, would differ over much of the disc.
    expect(changed).toBeLessThan(0.01);
    await page.close();
  });
});
