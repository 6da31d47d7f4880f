import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrameMapHandle } from '@/app/map/api';
import { launchChromium } from '@/scripts/lib/chromium';
import { readExport } from '@/tests/helpers/read-export';
import { SERVER_CONDITION } from '@/tests/helpers/cli';

// Report-ready maps of the demo data (every article in data/articles), measured in real Chromium: label
// boxes as the browser lays the text out, arcs as drawn, caption words, cited sources, export files as
// another tool reads them. Pictures are kept in test-results/maps/ for people to look at.

const APP = () => {
  const url = process.env.TRAME_TEST_APP_URL;
  if (!url) throw new Error('TRAME_TEST_APP_URL is not set — run through the e2e project');
  return url;
};
const OUT = path.resolve('test-results', 'maps');
const FOCUS = encodeURIComponent('Corée du Nord');
type Box = [number, number, number, number];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(query: string, viewport = { width: 1600, height: 1000 }, init?: () => void): Promise<{ page: Page; state: TrameMapHandle }> {
  const context = await browser.newContext({ viewport });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(`${APP()}/map?${query}`);
  await page.waitForFunction(() => !!window.__trameMap && (window.__trameMap.ready || !!window.__trameMap.error), null, { timeout: 60_000 });
  const state = (await page.evaluate(() => JSON.parse(JSON.stringify(window.__trameMap)))) as TrameMapHandle;
  expect(state.error).toBeUndefined();
  return { page, state };
}

const lastExport = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__trameMap!.lastExport))) as Promise<NonNullable<TrameMapHandle['lastExport']>>;

/** Overlapping pairs among boxes, ignoring contacts thinner than half a pixel (anti-aliasing). */
function overlaps(boxes: Box[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5) out.push([i, j]);
    }
  return out;
}

/** Lays an exported SVG out in Chromium and returns each label's box as the browser measures it. */
async function svgLabelBoxes(svg: string): Promise<{ boxes: Box[]; texts: string[]; width: number; height: number; arcs: number; arcShapes: number }> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    return await page.evaluate(() => {
      const root = document.querySelector('svg')!;
      const labels = Array.from(root.querySelectorAll<SVGTextElement>('text.label'));
      const boxes = labels.map((t) => {
        const r = t.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom] as [number, number, number, number];
      });
      // The words drawn, without the <title> tooltip a shortened label carries its full text in.
      const shownText = (t: SVGTextElement) => Array.from(t.childNodes).filter((n) => n.nodeName !== 'title').map((n) => n.textContent ?? '').join('');
      const arcs = Array.from(root.querySelectorAll('g.edge path.arc'));
      return { boxes, texts: labels.map(shownText), width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), arcs: arcs.length, arcShapes: new Set(arcs.map((p) => p.getAttribute('d'))).size };
    });
  } finally {
    await page.close();
  }
}

/** Names of the node attributes a GEXF or GraphML file declares as numbers. */
function numericColumns(format: 'gexf' | 'graphml', text: string): string[] {
  if (format === 'gexf') {
    const nodeBlock = /<attributes class="node"[\s\S]*?<\/attributes>/.exec(text)?.[0] ?? '';
    return [...nodeBlock.matchAll(/title="([^"]+)" type="(integer|long|double|float)"/g)].map((m) => m[1]);
  }
  return [...text.matchAll(/<key id="[^"]+" for="node" attr\.name="([^"]+)" attr\.type="(int|long|double|float)"/g)].map((m) => m[1]);
}

function expectInside(boxes: Box[], width: number, height: number): void {
  const outside = boxes.filter((b) => b[0] < 0 || b[1] < 0 || b[2] > width || b[3] > height);
  expect(outside).toEqual([]);
}

describe('report-ready map pictures', () => {
  for (const transfers of ['nodes', 'edges'] as const) {
    it(`exports PNG and SVG with zero overlapping label boxes and no label outside the picture (transfers as ${transfers})`, async () => {
      const { page, state } = await openMap(`focus=${FOCUS}&transfers=${transfers}&lang=fr`);
      const png = await page.evaluate(() => window.__trameMap!.exportPng!({ scale: 2 }));
      writeFileSync(path.join(OUT, `map-coree-${transfers}.png`), Buffer.from(png.split(',')[1], 'base64'));
      const pngStats = await lastExport(page);
      const svg = await page.evaluate(() => window.__trameMap!.exportSvg!());
      writeFileSync(path.join(OUT, `map-coree-${transfers}.svg`), svg);
      const svgStats = await lastExport(page);
      const measured = await svgLabelBoxes(svg);
      console.log(`map ${transfers}: ${state.nodes} nodes, PNG ${pngStats.ms} ms, SVG ${svgStats.ms} ms; labels ${pngStats.labels.length} (${pngStats.shortened} shortened, ${pngStats.dropped} dropped); arcs PNG ${pngStats.arcs} / SVG ${measured.arcs}`);

      // The plan the PNG painted: no two boxes meet, all inside the graph area.
      expect(pngStats.labels.length).toBeGreaterThan(10);
      expect(overlaps(pngStats.labels.map((l) => l.box))).toEqual([]);
      expectInside(pngStats.labels.map((l) => l.box), pngStats.width, pngStats.height);
      for (const l of pngStats.labels) {
        expect(l.box[1]).toBeGreaterThanOrEqual(pngStats.graphTop);
        expect(l.box[3]).toBeLessThanOrEqual(pngStats.graphTop + pngStats.graphHeight);
      }
      // The SVG as Chromium lays its text out: the same labels, measured boxes apart and inside.
      expect(measured.texts.sort()).toEqual(svgStats.labels.map((l) => l.text).sort());
      const clash = overlaps(measured.boxes).map(([i, j]) => `${measured.texts[i]} / ${measured.texts[j]}`);
      expect(clash).toEqual([]);
      expectInside(measured.boxes, measured.width, measured.height);
      // Countries are always named.
      expect(measured.texts).toEqual(expect.arrayContaining(['Corée du Nord', 'Russie']));
      await page.context().close();
    });
  }

  it('draws in the SVG as many arcs as the PNG, parallel transfer arrows on distinct curves', async () => {
    const { page } = await openMap(`focus=${FOCUS}&transfers=edges`);
    await page.evaluate(() => window.__trameMap!.exportPng!());
    const png = await lastExport(page);
    const svg = await svgLabelBoxes(await page.evaluate(() => window.__trameMap!.exportSvg!()));
    expect(png.arcs).toBeGreaterThan(5);
    expect(svg.arcs).toBe(png.arcs);
    expect(svg.arcShapes).toBe(svg.arcs);
    await page.context().close();
  });

  it('keeps the live /map labels apart and inside the graph area', async () => {
    const { page } = await openMap(`focus=${FOCUS}&transfers=edges`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-labels"] text').length > 5);
    const live = await page.evaluate(() => {
      const area = document.querySelector('[data-testid="map-labels"]')!.getBoundingClientRect();
      const boxes = Array.from(document.querySelectorAll('[data-testid="map-labels"] text')).map((t) => {
        const r = t.getBoundingClientRect();
        return [r.left - area.left, r.top - area.top, r.right - area.left, r.bottom - area.top] as [number, number, number, number];
      });
      return { boxes, width: area.width, height: area.height };
    });
    expect(overlaps(live.boxes)).toEqual([]);
    expectInside(live.boxes, live.width, live.height);
    await page.screenshot({ path: path.join(OUT, 'map-page-coree-edges.png') });
    await page.context().close();
  });

  it('writes the caption in French or English: from ?lang, else from the explorer’s language', async () => {
    const fr = await openMap(`focus=${FOCUS}&lang=fr`);
    const frText = `${await fr.page.getByTestId('map-header').textContent()} ${await fr.page.getByTestId('map-footer').textContent()}`;
    expect(frText).toContain('Voisinage de Corée du Nord');
    expect(frText).toMatch(/Pays \(\d+\)/);
    expect(frText).toContain('réalisé le');
    expect(await fr.page.evaluate(() => window.__trameMap!.exportSvg!())).toContain('Voisinage de Corée du Nord');
    await fr.page.context().close();

    const en = await openMap(`focus=${FOCUS}&lang=en`);
    const enText = `${await en.page.getByTestId('map-header').textContent()} ${await en.page.getByTestId('map-footer').textContent()}`;
    expect(enText).toContain('Neighbourhood of Corée du Nord');
    expect(enText).toMatch(/Country \(\d+\)/);
    expect(enText).not.toContain('Voisinage');
    await en.page.context().close();

    const stored = await openMap(`focus=${FOCUS}`, undefined, () => window.localStorage.setItem('trame.lang', 'fr'));
    expect(stored.state.lang).toBe('fr');
    await expect(stored.page.getByTestId('map-header').textContent()).resolves.toContain('Voisinage');
    await stored.page.context().close();
  });

  it('cites exactly the articles behind the drawn relationships', async () => {
    const { page, state } = await openMap(`focus=${FOCUS}`);
    // Read independently: the relationships' `articles` as networkx reads them from the GEXF export.
    const g = readExport('gexf', await page.evaluate(() => window.__trameMap!.exportFile!('gexf')));
    const behind = new Set<string>();
    for (const e of g.edges) for (const id of JSON.parse(String(e.attrs.articles ?? '[]')) as string[]) behind.add(id);
    expect([...(state.sources ?? [])].sort()).toEqual([...behind].sort());
    // Every article of the corpus names Russie or Corée du Nord; the caption used to cite them all.
    expect(behind.size).toBeGreaterThan(0);
    expect(behind.size).toBeLessThan(readdirSync('data/articles').filter((f) => f.endsWith('.txt')).length);
    const footer = await page.getByTestId('map-footer').textContent();
    expect(footer).toMatch(behind.size > 4 ? new RegExp(`(and|et) ${behind.size - 4} ` ) : /Sources?/);
    await page.context().close();
  });
});

describe('explorer export panel', () => {
  it('exports the first screen as a French picture with zero overlapping labels and a French panel', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await context.addInitScript(() => window.localStorage.setItem('trame.lang', 'fr'));
    const page = await context.newPage();
    await page.goto(`${APP()}/`);
    await page.waitForFunction(() => window.__trame?.ready === true && window.__trame.order() > 0, null, { timeout: 60_000 });
    await page.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 60_000 });
    await page.getByTestId('toggle-export').click();
    const panel = await page.getByTestId('export-panel').textContent();
    expect(panel).toContain('Légende de l’image');
    expect(panel).toContain('Copier le lien permanent');
    expect(panel).not.toMatch(/Copy permalink|Caption/);
    const started = Date.now();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    const svgMs = Date.now() - started;
    writeFileSync(path.join(OUT, 'explorer-fr.svg'), svg);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    writeFileSync(path.join(OUT, 'explorer-fr.png'), readFileSync((await pngFile.path())!));
    const measured = await svgLabelBoxes(svg);
    console.log(`explorer export: ${measured.texts.length} labels drawn, SVG ${svgMs} ms from click to file`);
    expect(measured.texts.length).toBeGreaterThan(10);
    expect(overlaps(measured.boxes)).toEqual([]);
    expectInside(measured.boxes, measured.width, measured.height);
    expect(svg).toContain('entités de l’explorateur');
    expect(svg).toMatch(/réalisé le/);
    await context.close();
  });
});

describe('export files read back by another tool', () => {
  it('GEXF and GraphML from /map read back with typed attributes', async () => {
    const { page, state } = await openMap(`focus=${FOCUS}`);
    const started = Date.now();
    const gexf = await page.evaluate(() => window.__trameMap!.exportFile!('gexf'));
    const graphml = await page.evaluate(() => window.__trameMap!.exportFile!('graphml'));
    console.log(`files: GEXF + GraphML serialised in ${Date.now() - started} ms for ${state.nodes} nodes`);
    for (const [format, text] of [['gexf', gexf], ['graphml', graphml]] as const) {
      const g = readExport(format, text);
      expect(Object.keys(g.nodes)).toHaveLength(state.nodes!);
      expect(g.edges).toHaveLength(state.edges!);
      // Every column declared numeric reads back as numbers, quantities among them.
      const numeric = numericColumns(format, text);
      expect(numeric.some((c) => /quantity/i.test(c))).toBe(true);
      let values = 0;
      for (const n of Object.values(g.nodes))
        for (const c of numeric)
          if (n[c] !== undefined) {
            expect(typeof n[c]).toBe('number');
            values++;
          }
      expect(values).toBeGreaterThan(3);
      const aliases = Object.values(g.nodes).map((n) => n.aliases).find((a) => a !== undefined);
      expect(Array.isArray(JSON.parse(String(aliases)))).toBe(true);
    }
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf).not.toMatch(/<title>|hex=/);
    await page.context().close();
  });

  it('npm run screenshot -- --format gexf|graphml|json writes the files /map exports', async () => {
    const { page } = await openMap(`focus=${FOCUS}&width=1600&height=1000`);
    for (const format of ['gexf', 'graphml', 'json'] as const) {
      const out = path.join(OUT, `map-coree.${format}`);
      const started = Date.now();
      const r = spawnSync(path.resolve('node_modules/.bin/tsx'), [SERVER_CONDITION, 'scripts/screenshot.ts', '--focus', 'Corée du Nord', '--format', format, '--out', out, '--url', APP()], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      console.log(`screenshot --format ${format}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const fromPage = await page.evaluate((f) => window.__trameMap!.exportFile!(f), format);
      expect(readFileSync(out, 'utf8')).toBe(fromPage);
      if (format !== 'json') expect(Object.keys(readExport(format, fromPage).nodes).length).toBeGreaterThan(3);
    }
    await page.context().close();
  });
});
