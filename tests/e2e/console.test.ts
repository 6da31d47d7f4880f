// The Cypher console in real Chromium against the app the global setup serves (every article loaded).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { REFUSED_QUERIES } from '@/tests/unit/console/hostile-queries';
import { launchChromium } from '@/scripts/lib/chromium';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3000';
const VIEWPORT = { width: 1366, height: 900 };
const KP_TRANSFERS = "MATCH p = (:Country {iso2: 'KP'})-[:SENT]->(t:Transfer)\nRETURN t.name AS what, t.quantity AS quantity, p";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openConsole(path = '/', { opensItself = false } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(new URL(path, APP).toString());
  await page.waitForFunction(() => window.__trame?.ready === true, null, { timeout: 60_000 });
  // A shared link (?cypher=) opens the console by itself; elsewhere the user opens it.
  if (!opensItself) await page.click('[data-testid=toggle-console]');
  await page.waitForSelector('[data-testid=cypher-editor] .cm-content', { timeout: 30_000 });
  return page;
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('[data-testid=cypher-editor] .cm-content');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText: one input event, so bracket closing and completion do not alter the text.
  await page.keyboard.insertText(query);
}

async function runAndWait(page: Page): Promise<void> {
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => {
    const phase = document.querySelector('[data-testid=cypher-console]')?.getAttribute('data-phase');
    return phase === 'done' || phase === 'error';
  }, null, { timeout: 30_000 });
}

const editorText = (page: Page) => page.locator('[data-testid=cypher-editor] .cm-content').innerText();

describe('Cypher console', () => {
  it('runs a typed query with Ctrl+Enter, lists every row and draws the result in the graph', async () => {
    const page = await openConsole();
    await typeQuery(page, KP_TRANSFERS);
    expect((await editorText(page)).replace(/\s+/g, ' ')).toContain("MATCH p = (:Country {iso2: 'KP'})");
    const started = Date.now();
    await runAndWait(page);
    expect(await page.getAttribute('[data-testid=cypher-console]', 'data-phase')).toBe('done');
    const rows = await page.locator('[data-testid=cypher-table] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=cypher-table] th').allInnerTexts()).toEqual(['what', 'quantity', 'p']);
    await page.waitForFunction(() => window.__trame!.hasNode('country:KP'), null, { timeout: 10_000 });
    const order = await page.evaluate(() => window.__trame!.order());
    expect(order).toBeGreaterThan(1);
    expect(order).toBeLessThanOrEqual(rows + 1); // replace mode: KP and its transfers only
    console.log(`console: ${rows} rows, ${order} nodes drawn in ${Date.now() - started} ms`);

    // Add mode keeps what is there and brings the new nodes.
    await page.click('[data-testid=cypher-mode-add]');
    await typeQuery(page, "MATCH (c:Country {iso2: 'UA'}) RETURN c");
    await runAndWait(page);
    await page.waitForFunction(() => window.__trame!.hasNode('country:UA'), null, { timeout: 10_000 });
    expect(await page.evaluate(() => window.__trame!.hasNode('country:KP'))).toBe(true);
    await page.close();
  });

  it('shows Neo4j errors with line and column, and refusals with their code, next to the editor', async () => {
    const page = await openConsole();
    await typeQuery(page, 'MATCH (n)\nRETRN n');
    await runAndWait(page);
    const error = page.locator('[data-testid=cypher-error]');
    expect(await error.getAttribute('data-code')).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(await error.innerText()).toContain('line 2, column 1');
    expect(await error.innerText()).not.toMatch(/at .*\.(js|ts):\d+/);

    await typeQuery(page, "MATCH (n:Country) SET n.name = 'x'");
    await runAndWait(page);
    expect(await error.getAttribute('data-code')).toBe('QUERY_NOT_READ_ONLY');
    await page.close();
  });

  it('loads a saved query with its parameters, runs it, sorts the table and downloads CSV and JSON', async () => {
    const page = await openConsole();
    await page.waitForSelector('[data-testid=cypher-examples] li button');
    expect(await page.locator('[data-testid=cypher-examples] li').count()).toBeGreaterThanOrEqual(8);
    await page.click('[data-testid=cypher-examples] button:has-text("Every flow into Russia")');
    await page.waitForFunction(() => document.querySelector('[data-testid=cypher-editor] .cm-content')?.textContent?.includes('SENT'));
    await page.click('[data-testid=cypher-run]');
    await page.waitForFunction(() => document.querySelector('[data-testid=cypher-console]')?.getAttribute('data-phase') === 'done');
    const rows = await page.locator('[data-testid=cypher-table] tbody tr').count();
    expect(rows).toBeGreaterThan(0);

    const sender = page.locator('[data-testid=cypher-table] th', { hasText: 'sender' });
    await sender.click();
    expect(await sender.getAttribute('aria-sort')).toBe('ascending');
    const asc = await page.locator('[data-testid=cypher-table] tbody tr td:first-child').allInnerTexts();
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
    await sender.click();
    expect(await sender.getAttribute('aria-sort')).toBe('descending');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=cypher-csv]')]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('sender,kind,min,max,latest,latestDate,sources,status,p');
    expect(csvText.trim().split('\r\n').length).toBeGreaterThanOrEqual(rows + 1);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=cypher-json]')]);
    const body = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { columns: string[]; rows: unknown[] };
    expect(body.rows).toHaveLength(rows);

    // A saved query with parameters fills the parameters panel.
    await page.click('[data-testid=cypher-examples] button:has-text("Evidence behind one relationship")');
    expect(await page.inputValue('[data-testid=cypher-params]')).toContain('country:KP');
    await page.close();
  });

  it('says when the row cap cut the result, and pages through the rows it kept', async () => {
    const page = await openConsole();
    await typeQuery(page, 'UNWIND range(1, 1000000) AS x RETURN x');
    await runAndWait(page);
    expect(await page.locator('[data-testid=cypher-truncated]').innerText()).toContain('truncated');
    expect(await page.getAttribute('[data-testid=cypher-console]', 'data-rows')).toBe('5000');
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(1000);
    await page.click('[data-testid=cypher-more-rows]');
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(2000);
    await page.close();
  });

  it('opens a shared link with the query filled in but not run, and keeps a history across visits', async () => {
    const query = "MATCH (c:Country {iso2: $iso}) RETURN c";
    const page = await openConsole(`/?cypher=${encodeURIComponent(query)}&cypherParams=${encodeURIComponent('{"iso": "RU"}')}`, { opensItself: true });
    await page.waitForFunction((q) => document.querySelector('[data-testid=cypher-editor] .cm-content')?.textContent?.includes(q), query);
    expect(await page.getAttribute('[data-testid=cypher-console]', 'data-phase')).toBe('idle');
    expect(await page.inputValue('[data-testid=cypher-params]')).toContain('RU');
    await page.click('[data-testid=cypher-run]');
    await page.waitForFunction(() => document.querySelector('[data-testid=cypher-console]')?.getAttribute('data-phase') === 'done');
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(1);

    await page.goto(new URL('/', APP).toString());
    await page.waitForFunction(() => window.__trame?.ready === true, null, { timeout: 60_000 });
    await page.click('[data-testid=toggle-console]');
    await page.click('[data-testid=cypher-history-tab]');
    expect(await page.locator('[data-testid=cypher-history]').innerText()).toContain(query);
    await page.close();
  });
});

describe('POST /api/cypher', () => {
  const post = (body: string) => fetch(new URL('/api/cypher', APP), { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers rows, graph, truncated and timing', async () => {
    const res = await post(JSON.stringify({ query: 'MATCH (c:Country) RETURN c LIMIT $n', params: { n: 3 } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { columns: string[]; rows: unknown[]; graph: { nodes: unknown[] }; truncated: boolean; elapsedMs: number };
    expect(body.columns).toEqual(['c']);
    expect(body.rows).toHaveLength(3);
    expect(body.graph.nodes).toHaveLength(3);
    expect(body.truncated).toBe(false);
    expect(typeof body.elapsedMs).toBe('number');
  });

  it('refuses writes with 400 and a code, bodies over 64 KB with 413, bad input with 400', async () => {
    const write = await post(JSON.stringify({ query: 'MATCH (n) DETACH DELETE n' }));
    expect(write.status).toBe(400);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe('QUERY_NOT_READ_ONLY');
    expect((await post(JSON.stringify({ query: 'RETURN 1', params: { x: 'a'.repeat(70_000) } }))).status).toBe(413);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ query: 'x'.repeat(20_001) }))).status).toBe(400);
    expect((await post(JSON.stringify({ query: 'RETURN 1', params: [1] }))).status).toBe(400);
  });

  it('refuses every hostile query over HTTP with a code and a message', async () => {
    for (const query of REFUSED_QUERIES) {
      const res = await post(JSON.stringify({ query }));
      const body = (await res.json()) as { error?: { code: string; message: string } };
      expect(res.status, query).toBe(400);
      expect(body.error?.code, query).toMatch(/^(QUERY_NOT_READ_ONLY|PROCEDURE_NOT_ALLOWED|QUERY_NOT_SUPPORTED)$/);
    }
  });
});
