import { chromium, type Browser } from 'playwright-core';

/** Flags for Debian's Chromium on a closed network: no background traffic, no sandbox (root), software WebGL. */
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches the system Chromium (CHROME_PATH, default /usr/bin/chromium) headless; callers must close it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
}
