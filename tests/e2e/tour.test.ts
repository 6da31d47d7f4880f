// A guided tour of the nine problems of the issue "An explorer an analyst masters in ten minutes", on the
// demo data (every shipped article) in real Chromium at 1440x900: each step does what the analyst did,
// asserts the fix they would notice and takes one picture. With TRAME_TOUR=1 the pictures (JPEG, under
// 250 KB) and the timings go to docs/tour/after/ next to docs/tour/before/; otherwise to test-results/tour/,
// so the ordinary suite leaves the tree clean.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '@/scripts/lib/chromium';
import { countBoxOverlaps, type Box } from '@/lib/export/labels';
import { APP, copyPermalink, expandFromInspector, focusOn, onlyKind, openExplorer, openFocused, rectsOverlap, runInConsole, searchOptions, visibleConsoleRows, waitLayout } from '@/tests/helpers/explorer-page';

const OUT = process.env.TRAME_TOUR === '1' ? path.resolve('docs/tour/after') : path.resolve('test-results/tour');
const MAX_PICTURE_BYTES = 250 * 1024;
const timings: Record<string, number> = {};

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  writeFileSync(path.join(OUT, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  await context?.close();
  await browser?.close();
});

/** One picture of the step, compressed: JPEG at quality 70 stays well under 250 KB at 1440x900. */
async function picture(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, `${name}.jpg`);
  await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
  expect(statSync(file).size).toBeLessThan(MAX_PICTURE_BYTES);
}

/** Runs one step and writes its wall time under `key` in timings.json. */
async function timed<T>(key: string, step: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const result = await step();
  timings[key] = Date.now() - t0;
  return result;
}

/** Node label boxes drawn on the explorer's canvas in the latest frame. */
const canvasLabelBoxes = (page: Page) => page.evaluate(() => window.__trame!.labelBoxes());

// Words that mean a raw identifier leaked into the French interface.
const MESSAGE_KEY = /\b(app|banner|status|search|toolbar|filters|panel|fact|expand|path|timeline|legend|console|export|hint|inspector|pane)\.[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?\b/;
const RAW = /\b(SENT|ASSERTS|DENIES|CANNOT_CONFIRM|HOLDS_ROLE|IN_EXCHANGE_FOR|PARTY_TO|quantityText|qualifier|latestQualifier|at_least|Permalink|Map link|copied|saved)\b/;

describe('tour of the explorer, problem by problem', () => {
  it('1. the first screen shows actors and facts, no claim sentences, labels that never overlap, and a hint', async () => {
    const page = await openExplorer(context, '/');
    await waitLayout(page);
    const perf = await page.evaluate(() => window.__trame!.perf());
    timings.firstFrameMs = Math.round(perf.firstFrameAt!);
    if (perf.settledAt != null) timings.layoutSettledMs = Math.round(perf.settledAt);
    expect((await page.evaluate(() => window.__trame!.visibleByLabel())).Claim ?? 0).toBe(0);
    expect(await page.locator('[data-testid=first-hint]').isVisible()).toBe(true);
    const labels = await canvasLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(countBoxOverlaps(labels.map((l) => l.box))).toBe(0);
    await picture(page, '1-first-screen');
    await page.close();
  });

  it('2. search knows capitals: "moscou" gives Russie first', async () => {
    const page = await openExplorer(context, '/');
    const hits = await timed('searchMs', () => searchOptions(page, 'moscou'));
    expect(hits[0]).toBe('Russie');
    await picture(page, '2-search-moscou');
    await page.close();
  });

  it('3. expand brings the new neighbours into view, beside the inspector', async () => {
    const page = await openFocused(context, 'country:KP');
    const added = await timed('expandMs', () => expandFromInspector(page, 'country:RU'));
    expect(added.length).toBeGreaterThan(0);
    const canvas = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
    expect(rectsOverlap(canvas, (await page.locator('[data-testid=inspector-pane]').boundingBox())!)).toBe(false);
    const points = await page.evaluate((ids) => ids.map((id) => window.__trame!.nodeViewport(id)), added);
    expect(points.filter((p) => p && p.x >= 0 && p.y >= 0 && p.x <= canvas.width && p.y <= canvas.height)).toHaveLength(points.length);
    await picture(page, '3-expand');
    await page.close();
  });

  it('4. filters: "only" isolates munitions in one click, the rest dimmed; every fact status is offered', async () => {
    const page = await openExplorer(context, '/');
    await waitLayout(page);
    const all = await page.evaluate(() => window.__trame!.visible());
    await onlyKind(page, 'munitions');
    await page.locator('[data-testid=filter-dim]').check();
    await waitLayout(page);
    expect((await page.evaluate(() => window.__trame!.visible())).nodes).toBeLessThan(all.nodes);
    const statuses = await page.locator('[data-testid=filter-hiddenStatuses] input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    expect(statuses).toEqual(['asserted', 'alleged', 'disputed', 'denied', 'unconfirmed']);
    await picture(page, '4-filters-only-munitions');
    await page.close();
  });

  it('5. the console sits below the graph, beside the inspector, and shows at least 10 rows', async () => {
    const page = await openExplorer(context, '/');
    await waitLayout(page);
    await page.evaluate(() => window.__trame!.select('country:RU'));
    await runInConsole(page, 'MATCH (n:Entity) RETURN n.name AS name, n.label AS label ORDER BY name LIMIT 40');
    const consoleBox = (await page.locator('[data-testid=console-drawer]').boundingBox())!;
    expect(rectsOverlap(consoleBox, (await page.locator('[data-testid=graph-canvas]').boundingBox())!)).toBe(false);
    expect(rectsOverlap(consoleBox, (await page.locator('[data-testid=inspector-pane]').boundingBox())!)).toBe(false);
    expect(await visibleConsoleRows(page)).toBeGreaterThanOrEqual(10);
    await picture(page, '5-console');
    await page.close();
  });

  it('6. French throughout: relationship names, statuses, timeline, export panel', async () => {
    const page = await openExplorer(context, '/', 'fr');
    await waitLayout(page);
    await page.evaluate(() => window.__trame!.selectEdge(window.__trame!.edgesOfType('SENT')[0]));
    await page.locator('[data-testid=edge-panel]').waitFor();
    expect(await page.locator('[data-testid=panel-title]').textContent()).toBe('a envoyé');
    expect(await page.locator('[data-testid=filter-hiddenStatuses]').textContent()).toContain('contesté');
    // Timeline ticks written by Intl in French: years, or French month abbreviations, never "Jan 2024".
    const ticks = await page.locator('[data-testid=timeline] text.tick').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^(\d{4}|\p{Ll}+\.? \d{4})$/u);
    await copyPermalink(page);
    await expect.poll(() => page.locator('[data-testid=export-panel] [role=status]').textContent()).toBe('Lien permanent copié');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(RAW);
    // Nor a message key shown for want of its text (a status without its own message, say).
    expect(text).not.toMatch(MESSAGE_KEY);
    await picture(page, '6-french');
    await page.close();
  });

  it('7. a legend for every mark, and a focus permalink under 200 characters that reopens the view', async () => {
    const page = await openExplorer(context, '/');
    await waitLayout(page);
    const legend = (await page.locator('[data-testid=symbol-legend]').first().textContent()) ?? '';
    for (const mark of ['?', '✕', '≈', '≥', 'dashed']) expect(legend).toContain(mark);
    await focusOn(page, 'country:KP');
    const ids = (await page.evaluate(() => window.__trame!.nodeIds())).sort();
    const url = await copyPermalink(page);
    expect(url.length).toBeLessThan(200);
    const again = await openExplorer(context, url.slice(APP.length));
    await again.waitForFunction((n) => window.__trame!.order() >= n, ids.length, { timeout: 30_000 });
    await waitLayout(again);
    expect((await again.evaluate(() => window.__trame!.nodeIds())).sort()).toEqual(ids);
    await picture(again, '7-permalink');
    await again.close();
    await page.close();
  });

  it('8. an exported map: arrow captions along their arcs, zero overlapping label boxes, French caption', async () => {
    const page = await context.newPage();
    await page.goto(`${APP}/map?focus=Ukraine&transfers=edges&lang=fr`);
    await page.waitForFunction(() => !!window.__trameMap && (window.__trameMap.ready || !!window.__trameMap.error), null, { timeout: 60_000 });
    const svg = await timed('exportSvgMs', () => page.evaluate(() => window.__trameMap!.exportSvg!()));
    // The SVG as Chromium lays it out: every label's box measured, captions written on their curves.
    const measured = await page.evaluate((text) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position:absolute;left:0;top:0;';
      holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
      document.body.appendChild(holder);
      const boxes = Array.from(holder.querySelectorAll('text.label')).map((t) => {
        const r = t.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      });
      const onCurve = holder.querySelectorAll('text.label-edge textPath').length;
      const captions = holder.querySelectorAll('text.label-edge').length;
      holder.remove();
      return { boxes, onCurve, captions };
    }, svg);
    expect(measured.captions).toBeGreaterThan(0);
    expect(measured.onCurve).toBe(measured.captions);
    expect(countBoxOverlaps(measured.boxes as Box[], 0.5)).toBe(0);
    const caption = `${await page.getByTestId('map-header').textContent()} ${await page.getByTestId('map-footer').textContent()}`;
    expect(caption).toContain('Voisinage');
    expect(caption).not.toMatch(/\b(SENT|TRANSFER|Neighbourhood|Sources:)\b/);
    await picture(page, '8-export-map');
    await page.close();
  });

  it('9. an article added from the browser: paste, then a preview of what will be extracted', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('trame.lang', 'fr'));
    await page.goto(`${APP}/articles`);
    await page.locator('[data-testid=article-text]').fill(
      'Livraisons à Moscou\nSelon le ministère ukrainien de la Défense, la Corée du Nord a livré environ 3 000 obus à la Russie en mars 2024. Le Kremlin a démenti.',
    );
    await page.click('[data-testid=article-preview-button]');
    await page.waitForSelector('[data-testid=article-preview]');
    expect(await page.locator('[data-testid=preview-sentence] mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=preview-fact]').count()).toBeGreaterThan(0);
    await picture(page, '9-articles-preview');
    await page.close();
  });
});
