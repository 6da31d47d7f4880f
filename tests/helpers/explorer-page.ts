// Driving the explorer in real Chromium the way an analyst does: open it in a language, wait for the
// layout, type a search, focus an entity. Shared by the explorer e2e tests and the tour.
import type { BrowserContext, Page } from 'playwright-core';

/** The e2e app's base URL (set by tests/setup/app.ts). */
export const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3000';

/** Opens a page of the app in a language and waits for the explorer's first frame. */
export async function openExplorer(context: BrowserContext, path = '/', lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript((l) => localStorage.setItem('trame.lang', l), lang);
  await page.goto(new URL(path, APP).toString());
  await page.waitForFunction(() => window.__trame?.perf().firstFrameAt != null, null, { timeout: 60_000 });
  return page;
}

/** Waits until the layout has settled and the camera has finished its fit. */
export async function waitLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__trame!.layoutRunning(), null, { timeout: 60_000 });
  // The camera animates for 400 ms after a fit.
  await page.waitForTimeout(600);
}

/** Types a search and returns the names the list settles on (the server's answer, not only local hits). */
export async function searchOptions(page: Page, query: string): Promise<string[]> {
  const input = page.locator('.toolbar input[type=search]');
  await input.fill('');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const el = document.querySelector('.toolbar input[type=search]') as HTMLInputElement | null;
      // The server's ranking, not the local hits shown while it is on its way (the list is busy until then).
      return el?.value === q && document.querySelector('.toolbar [role=listbox][aria-busy=false]') !== null && document.querySelectorAll('.toolbar [role=option]').length > 0;
    },
    query,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(700);
  return page.locator('.toolbar [role=option] .name').allTextContents();
}

/** Selects an entity and presses Focus: the view becomes its neighbourhood, smaller than the overview. */
export async function focusOn(page: Page, id: string): Promise<void> {
  const overview = await page.evaluate(() => window.__trame!.order());
  await page.evaluate((x) => window.__trame!.select(x), id);
  await page.locator('[data-testid=focus-button]').click();
  await page.waitForFunction((n) => window.__trame!.order() < n && window.__trame!.order() > 1, overview, { timeout: 15_000 });
  await waitLayout(page);
}

/** Opens the explorer, lets the overview settle and focuses on one entity: where expand and permalink checks start. */
export async function openFocused(context: BrowserContext, id: string): Promise<Page> {
  const page = await openExplorer(context, '/');
  await waitLayout(page);
  await focusOn(page, id);
  return page;
}

/** A box as playwright's boundingBox gives it. */
export type Rect = { x: number; y: number; width: number; height: number };

/** Whether two boxes overlap by more than a pixel. */
export const rectsOverlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

/** Selects an entity, expands it from the inspector and waits for the new nodes and the layout. */
export async function expandFromInspector(page: Page, id: string): Promise<string[]> {
  await page.evaluate((x) => window.__trame!.select(x), id);
  await page.locator('[data-testid=expand-button]').waitFor();
  const before = await page.evaluate(() => window.__trame!.nodeIds());
  await page.locator('[data-testid=expand-button]').click();
  await page.waitForFunction((n) => window.__trame!.order() > n, before.length, { timeout: 15_000 });
  await waitLayout(page);
  return (await page.evaluate(() => window.__trame!.nodeIds())).filter((x) => !before.includes(x));
}

/** Runs a query in the Cypher console (opening it if needed) and waits for the table's first row. */
export async function runInConsole(page: Page, query: string): Promise<void> {
  if (!(await page.locator('[data-testid=console-drawer]').isVisible())) await page.locator('[data-testid=toggle-console]').click();
  const editor = page.locator('[data-testid=cypher-console] .cm-content');
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.locator('[data-testid=cypher-run]').click();
  await page.locator('[data-testid=cypher-table] tbody tr').first().waitFor({ timeout: 30_000 });
}

/** Table rows of the console fully inside every scrolling box around them, as the user sees them. */
export function visibleConsoleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid=cypher-table] tbody tr')];
    const clips: DOMRect[] = [];
    for (let el: HTMLElement | null = document.querySelector('[data-testid=cypher-table]')!.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (/(auto|scroll|hidden)/.test(style.overflow + style.overflowY)) clips.push(el.getBoundingClientRect());
    }
    return rows.filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && clips.every((c) => b.top >= c.top - 1 && b.bottom <= c.bottom + 1) && b.bottom <= window.innerHeight;
    }).length;
  });
}

/** Copies the permalink from the export panel and returns it (from the prompt, else the clipboard). */
export async function copyPermalink(page: Page): Promise<string> {
  if (!(await page.locator('[data-testid=export-panel]').isVisible())) await page.locator('[data-testid=toggle-export]').click();
  let url = '';
  page.once('dialog', async (d) => {
    url = d.defaultValue();
    await d.dismiss();
  });
  await page.locator('[data-testid=export-permalink]').click();
  await page.waitForTimeout(500);
  return url || page.evaluate(() => navigator.clipboard.readText());
}

/** Presses "only" next to a transfer kind in the filter panel; returns the filter group's locator. */
export async function onlyKind(page: Page, kind: string) {
  const kinds = page.locator('[data-testid=filter-hiddenKinds]');
  await kinds.locator('.filter-row', { has: page.locator(`input[data-value=${kind}]`) }).hover();
  await kinds.locator(`button[data-only=${kind}]`).click();
  return kinds;
}
