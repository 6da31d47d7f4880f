import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelColor } from '@/lib/graph/style';
import type { TrameMapHandle } from '@/app/map/api';
import { launchChromium } from '@/scripts/lib/chromium';

// Report pictures in real Chromium against the app serving the sample article.

const APP = () => {
  const url = process.env.TRAME_TEST_APP_URL;
  if (!url) throw new Error('TRAME_TEST_APP_URL is not set — run through the e2e project');
  return url;
};
const FOCUS = 'Corée du Nord';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(query: string, viewport = { width: 1200, height: 800 }): Promise<{ page: Page; state: TrameMapHandle }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${APP()}/map?${query}`);
  await page.waitForFunction(() => !!window.__trameMap && (window.__trameMap.ready || !!window.__trameMap.error), null, { timeout: 60_000 });
  const state = (await page.evaluate(() => JSON.parse(JSON.stringify(window.__trameMap)))) as TrameMapHandle;
  return { page, state };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Decodes a PNG in the page and summarises pixel regions: distinct colours, colours present, transparency. */
async function inspectPng(page: Page, dataUrl: string, regions: Record<string, [number, number, number, number]>) {
  return page.evaluate(
    async ({ dataUrl, regions }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const out: Record<string, { distinct: number; colours: string[]; transparent: number }> = {};
      for (const [name, [x, y, w, h]] of Object.entries(regions)) {
        const d = ctx.getImageData(x, y, w, h).data;
        const seen = new Map<string, number>();
        let transparent = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] === 0) transparent++;
          const k = '#' + [d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
        out[name] = { distinct: seen.size, colours: [...seen].filter(([, n]) => n >= 20).map(([k]) => k), transparent: transparent / (d.length / 4) };
      }
      return out;
    },
    { dataUrl, regions },
  );
}

describe('/map pictures', () => {
  it('draws the focus neighbourhood and says so on window.__trameMap', async () => {
    const { page, state } = await openMap(`focus=${encodeURIComponent(FOCUS)}`);
    expect(state.ready).toBe(true);
    expect(state.nodes).toBeGreaterThan(3);
    expect(state.visibleNodes).toContain('country:KP');
    expect(state.visibleNodes).toContain('country:RU');
    await expect(page.getByTestId('map-header').textContent()).resolves.toContain(FOCUS);
    await page.context().close();
  });

  it('exports a PNG of the requested size (scale included) that is not blank and carries the legend', async () => {
    const { page, state } = await openMap(`focus=${encodeURIComponent(FOCUS)}&width=1000&height=700`);
    const dataUrl = await page.evaluate(() => window.__trameMap!.exportPng!({ scale: 2 }));
    const png = Buffer.from(dataUrl.split(',')[1], 'base64');
    expect(pngSize(png)).toEqual({ width: 2000, height: 1400 });
    const { header, footer } = state.bands!;
    const graphTop = header * 2;
    const graphHeight = (700 - header - footer) * 2;
    const regions = await inspectPng(page, dataUrl, { graph: [0, graphTop, 2000, graphHeight], legend: [0, (700 - footer) * 2, 2000, footer * 2] });
    expect(regions.graph.distinct).toBeGreaterThan(50);
    expect(regions.legend.colours).toContain(labelColor('Country'));
    expect(regions.legend.colours).toContain(labelColor('Transfer'));
    await page.context().close();
  });

  it('exports other sizes, scales and a transparent background', async () => {
    const { page } = await openMap(`focus=${encodeURIComponent(FOCUS)}`, { width: 900, height: 600 });
    const viewport = await page.evaluate(() => window.__trameMap!.exportPng!({ scale: 1 }));
    expect(pngSize(Buffer.from(viewport.split(',')[1], 'base64'))).toEqual({ width: 900, height: 600 });
    const big = await page.evaluate(() => window.__trameMap!.exportPng!({ scale: 3, width: 800, height: 500, background: 'transparent' }));
    expect(pngSize(Buffer.from(big.split(',')[1], 'base64'))).toEqual({ width: 2400, height: 1500 });
    const corner = await inspectPng(page, big, { corner: [0, 0, 10, 10] });
    expect(corner.corner.transparent).toBe(1);
    await page.context().close();
  });

  it('exports an SVG that parses as XML with one element per visible node', async () => {
    const { page, state } = await openMap(`focus=${encodeURIComponent(FOCUS)}&transfers=edges`);
    const svg = await page.evaluate(() => window.__trameMap!.exportSvg!());
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) } }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const ids = Array.from(doc.getElementsByTagName('g'))
      .filter((g) => g.getAttribute('class') === 'node')
      .map((g) => g.getAttribute('data-id'));
    expect(ids.sort()).toEqual(state.visibleNodes);
    expect(ids.some((id) => id?.startsWith('transfer:'))).toBe(false);
    expect(svg).toContain('class="caption-legend"');
    expect(svg).toContain('class="caption-source"');
    await page.context().close();
  });

  it('exports GEXF that graphology re-imports with the visible counts', async () => {
    const { page, state } = await openMap(`focus=${encodeURIComponent(FOCUS)}`);
    const gexf = await page.evaluate(() => window.__trameMap!.exportFile!('gexf'));
    const g = parseGexf(Graph, gexf);
    expect(g.order).toBe(state.nodes);
    expect(g.size).toBe(state.edges);
    await page.context().close();
  });

  it('reproduces the same visible nodes, selection and camera from a permalink in a fresh page', async () => {
    const { page } = await openMap(`focus=${encodeURIComponent(FOCUS)}&transfers=edges&hide=Claim`);
    await page.evaluate(() => {
      window.__trameMap!.select!('country:RU');
      window.__trameMap!.setCamera!({ x: 0.45, y: 0.55, ratio: 0.8, angle: 0 });
    });
    await page.waitForFunction(() => window.__trameMap?.selection === 'country:RU' && Math.abs((window.__trameMap?.camera?.ratio ?? 0) - 0.8) < 1e-9);
    const first = (await page.evaluate(() => ({ link: window.__trameMap!.permalink!(), nodes: window.__trameMap!.visibleNodes, selection: window.__trameMap!.selection }))) as { link: string; nodes: string[]; selection: string };
    await page.context().close();

    const fresh = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const again = await fresh.newPage();
    await again.goto(first.link);
    await again.waitForFunction(() => window.__trameMap?.ready === true, null, { timeout: 60_000 });
    const second = (await again.evaluate(() => JSON.parse(JSON.stringify(window.__trameMap)))) as TrameMapHandle;
    expect(second.visibleNodes).toEqual(first.nodes);
    expect(second.selection).toBe('country:RU');
    expect(second.camera?.ratio).toBeCloseTo(0.8, 5);
    expect(second.camera?.x).toBeCloseTo(0.45, 5);
    await fresh.close();
  });

  it('shows a clear error state for an unknown entity and a refused query', async () => {
    const unknown = await openMap('focus=Atlantide');
    expect(unknown.state.error?.code).toBe('UNKNOWN_ENTITY');
    await expect(unknown.page.getByTestId('map-error').textContent()).resolves.toContain('Atlantide');
    await unknown.page.context().close();
    const refused = await openMap(`query=${encodeURIComponent('MATCH (n) DETACH DELETE n')}`);
    expect(refused.state.error?.code).toBe('QUERY_REFUSED');
    expect(refused.state.error?.status).toBe(400);
    await refused.page.context().close();
  });

  it('draws a read-only query', async () => {
    const { page, state } = await openMap(`query=${encodeURIComponent("MATCH (a:Entity)-[r:SENT]->(t:Transfer)-[r2:TO]->(b:Entity {id: 'country:RU'}) RETURN a, r, t, r2, b")}&title=${encodeURIComponent('Envois vers la Russie')}`);
    expect(state.ready).toBe(true);
    expect(state.visibleNodes).toContain('country:RU');
    expect(state.title).toBe('Envois vers la Russie');
    await page.context().close();
  });

  it('exports from the explorer panel: PNG at 2x the canvas and GEXF', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${APP()}/`);
    await page.waitForFunction(() => window.__trame?.ready === true && window.__trame.order() > 0, null, { timeout: 60_000 });
    // The export frames the settled layout: a layout that never settles fails here, not in a blurred picture.
    await page.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 60_000 });
    await page.evaluate(() => window.__trame!.select('country:KP'));
    await page.getByTestId('toggle-export').click();
    // The panel's code loads on first open (dynamic import): wait for it rather than race it.
    await page.getByTestId('export-panel').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const size = pngSize(readFileSync(file!));
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    // "viewport" keeps the canvas's framing: same width, the caption adds to the height.
    expect(size.width).toBe(Math.round(canvas!.width) * 2);
    expect(size.height).toBeGreaterThan(Math.round(canvas!.height) * 2);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    expect(parseGexf(Graph, readFileSync((await gexf.path())!, 'utf8')).order).toBeGreaterThan(0);
    await context.close();
  });

  it('opens a permalink in the explorer: same entities, filters and selection', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${APP()}/?focus=${encodeURIComponent(FOCUS)}&hide=Claim&sel=country%3ARU`);
    await page.waitForFunction(() => window.__trame?.ready === true && window.__trame.hasNode('country:KP') && window.__trame.selected().node === 'country:RU', null, { timeout: 60_000 });
    const map = await openMap(`focus=${encodeURIComponent(FOCUS)}&hide=Claim`);
    const explorer = await page.evaluate(() => ({ order: window.__trame!.order(), visible: window.__trame!.visible().nodes }));
    // The same neighbourhood as /map draws, claims loaded but hidden by the filter from the link.
    expect(explorer.visible).toBe(map.state.nodes);
    expect(explorer.order).toBeGreaterThan(explorer.visible);
    await map.page.context().close();
    await context.close();
  });
});
