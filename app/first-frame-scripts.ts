import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { preinit } from 'react-dom';

// The first-frame entry's files, as the build listed them (next.config.js): the page's head loads them at
// high priority, so the first graph is drawn as soon as they and the overview's response have arrived,
// before React and the explorer's panels have run. None in `next dev`: the explorer then draws it itself.

const MANIFEST = 'trame-first-frame-manifest.json';

interface FirstFrameFiles {
  /** The script the head loads: the webpack runtime, then the entry's chunks, in one file. */
  files: string[];
  /** The chunk files that script holds (`static/chunks/....js`): installed once it has run. */
  carries: string[];
}

const NONE: FirstFrameFiles = { files: [], carries: [] };
const cache = new Map<string, FirstFrameFiles>();

/** The entry's files in the build in distDir; none without a manifest. */
function firstFrameScripts(distDir = process.env.NEXT_DIST_DIR || '.next'): FirstFrameFiles {
  const cached = cache.get(distDir);
  if (cached) return cached;
  let found = NONE;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(distDir, MANIFEST), 'utf8')) as Partial<FirstFrameFiles>;
    found = { files: manifest.files ?? [], carries: manifest.carries ?? [] };
  } catch {
    // No manifest (dev server): no first frame before React.
  }
  if (process.env.NODE_ENV === 'production') cache.set(distDir, found);
  return found;
}

/**
 * Puts the entry's script in the page's head, async and at high priority, with the page's CSP nonce;
 * returns the chunk files it carries, which the page need not preload again.
 */
export function loadFirstFrameScripts(nonce: string | undefined): string[] {
  const { files, carries } = firstFrameScripts();
  for (const file of files) preinit(`/_next/${file}`, { as: 'script', fetchPriority: 'high', nonce });
  return carries;
}
