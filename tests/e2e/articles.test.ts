// Articles from the browser in real Chromium: paste -> preview with highlighted spans -> load -> found by the
// explorer's search -> retract -> gone. The article is one the test setup did not load (an evaluation dispatch).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '@/scripts/lib/chromium';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3100';
const ARTICLE = readFileSync(path.resolve('tests', 'fixtures', 'eval', 'dev', 'd09-birmanie-junte.fr.txt'), 'utf8');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function searchHits(query: string): Promise<string[]> {
  const res = await fetch(`${APP}/api/search?q=${encodeURIComponent(query)}`);
  return ((await res.json()) as { results: { name: string }[] }).results.map((r) => r.name);
}

async function explorerFinds(page: Page, query: string, name: RegExp): Promise<void> {
  await page.goto(APP);
  await page.waitForFunction(() => window.__trame?.ready === true, null, { timeout: 60_000 });
  const input = page.locator('.toolbar input[type=search]');
  await input.fill(query);
  await page.locator('.toolbar [role=option]', { hasText: name }).first().waitFor({ timeout: 15_000 });
}

describe('articles page', () => {
  it('paste -> preview -> load -> visible in search -> retract', async () => {
    expect(await searchHits('hlaing')).not.toContain('Min Aung Hlaing');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(APP);
    await page.waitForFunction(() => window.__trame?.ready === true, null, { timeout: 60_000 });
    await page.click('[data-testid=open-articles]');
    await page.waitForURL(/\/articles$/);

    await page.locator('[data-testid=article-text]').fill(ARTICLE);
    await page.click('[data-testid=article-preview-button]');
    await page.waitForSelector('[data-testid=article-preview]');
    // Spans are highlighted in the sentences; known entities (Russia, China) are told apart from new ones.
    expect(await page.locator('[data-testid=preview-sentence] mark', { hasText: 'Min Aung Hlaing' }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-entity="country:RU"]').getAttribute('data-existing')).toBe('true');
    expect(await page.locator('[data-entity="country:MM"]').getAttribute('data-existing')).toBe('false');
    expect(await page.locator('[data-testid=preview-fact]').count()).toBeGreaterThan(0);
    expect(await searchHits('hlaing')).not.toContain('Min Aung Hlaing');

    await page.click('[data-testid=article-load-button]');
    await page.waitForSelector('[data-testid=article-message].ok');
    const row = page.locator('[data-testid=articles-list] tr', { hasText: 'Birmanie' });
    await row.waitFor();
    await explorerFinds(page, 'hlaing', /Min Aung Hlaing/);

    await page.goto(`${APP}/articles`);
    const again = page.locator('[data-testid=articles-list] tr', { hasText: 'Birmanie' });
    await again.locator('[data-testid=article-retract]').click();
    await again.locator('[data-testid=article-retract]', { hasText: /Confirm/ }).click();
    await page.waitForSelector('[data-testid=article-message].ok');
    await again.waitFor({ state: 'detached' });
    expect(await searchHits('hlaing')).not.toContain('Min Aung Hlaing');
    await page.close();
  });

  it('a cross-origin page cannot load an article', async () => {
    const res = await fetch(`${APP}/api/articles?mode=load`, { method: 'POST', body: ARTICLE, headers: { origin: 'http://evil.test' } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CROSS_ORIGIN');
  });
});
