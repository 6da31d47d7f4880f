// The fact card in real Chromium: selecting the North Korea -> Russia troops fact shows its figures with
// their sources, who asserts it, and one click down to the single mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { launchChromium } from '@/scripts/lib/chromium';

const APP = process.env.TRAME_TEST_APP_URL ?? 'http://127.0.0.1:3000';
const TROOPS = 'transfer:country:KP>country:RU:troops';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('fact card', () => {
  it('shows the figures, the stances and, on one click, the single mentions', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${APP}/?focus=${encodeURIComponent('Corée du Nord')}&transfers=nodes&sel=${encodeURIComponent(TROOPS)}`);
    const card = page.locator('[data-testid=fact-card]');
    await card.waitFor({ timeout: 60_000 });
    await expect(card.locator('.fact-display').textContent()).resolves.toMatch(/^troupes · .* · 2 sources/);
    const stances = await card.locator('.fact-stances li').allTextContents();
    // The stance reads in the interface language ("asserts" / "affirme"), not as its Cypher type.
    expect(stances.some((s) => /asserts/.test(s) && /Zelensky/.test(s))).toBe(true);
    const figures = await card.locator('.fact-figures li').allTextContents();
    expect(figures.some((f) => /11 000/.test(f))).toBe(true);
    await expect(card.locator('.fact-mentions li').count()).resolves.toBe(0);
    await card.locator('[data-testid=fact-mentions-toggle]').click();
    await expect(card.locator('.fact-mentions li').count()).resolves.toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
