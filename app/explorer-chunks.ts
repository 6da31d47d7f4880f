import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { preload } from 'react-dom';

// The explorer mounts on the client only (next/dynamic, ssr: false), so Next names none of its chunks in the
// page and the browser asks for them only after React has loaded and hydrated. Preloading them from the HTML
// lets them download while the framework's own chunks run: the first frame waits on one round of scripts less.

/** The dynamic import whose chunks the page preloads (its key in the build's react-loadable-manifest.json). */
const EXPLORER_IMPORT = 'app/components/explorer/ExplorerRoot.tsx -> ';

const cache = new Map<string, string[]>();

/** The explorer's chunk files (`static/chunks/....js`, `static/css/....css`) in the build in distDir; none in `next dev`. */
export function explorerChunks(distDir = process.env.NEXT_DIST_DIR || '.next'): string[] {
  const cached = cache.get(distDir);
  if (cached) return cached;
  let files: string[] = [];
  try {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(distDir, 'react-loadable-manifest.json'), 'utf8')) as Record<string, { files?: string[] }>;
    files = [...new Set(Object.entries(manifest).flatMap(([key, v]) => (key.startsWith(EXPLORER_IMPORT) ? (v.files ?? []) : [])))];
  } catch {
    // No manifest (dev server, or a build without one): the chunks load when the import runs, as before.
  }
  if (process.env.NODE_ENV === 'production') cache.set(distDir, files);
  return files;
}

/**
 * Adds a preload link to the page's head for each of the explorer's chunks. Scripts at low priority, the
 * framework's own async scripts' level: a preload's default (high) fetched them ahead of React and Next's
 * runtime, which run first, over the browser's six connections to the server. `loaded`: files the page's
 * head loads already (the first-frame script's chunks).
 */
export function preloadExplorerChunks(loaded: readonly string[] = []): void {
  for (const file of explorerChunks()) if (!loaded.includes(file)) preload(`/_next/${file}`, file.endsWith('.css') ? { as: 'style' } : { as: 'script', fetchPriority: 'low' });
}
