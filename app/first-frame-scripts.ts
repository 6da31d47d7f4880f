import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { preinit } from 'react-dom';

// The first-frame entry's files, as the build listed them (next.config.js): the page's head loads them at
// high priority, so the first graph is drawn as soon as they and the overview's response have arrived,
// before React and the explorer's panels have run. None in `next dev`: the explorer then draws it itself.

const MANIFEST = 'trame-first-frame-manifest.json';

const cache = new Map<string, string[]>();

/** The entry's script files (`static/chunks/....js`) in the build in distDir; none without a manifest. */
function firstFrameScripts(distDir = process.env.NEXT_DIST_DIR || '.next'): string[] {
  const cached = cache.get(distDir);
  if (cached) return cached;
  let files: string[] = [];
  try {
    files = (JSON.parse(fs.readFileSync(path.resolve(distDir, MANIFEST), 'utf8')) as { files?: string[] }).files ?? [];
  } catch {
    // No manifest (dev server): no first frame before React.
  }
  if (process.env.NODE_ENV === 'production') cache.set(distDir, files);
  return files;
}

/** Puts the entry's scripts in the page's head, async and at high priority, with the page's CSP nonce. */
export function loadFirstFrameScripts(nonce: string | undefined): void {
  for (const file of firstFrameScripts()) preinit(`/_next/${file}`, { as: 'script', fetchPriority: 'high', nonce });
}
