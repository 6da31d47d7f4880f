import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * CSP hashes ('sha256-...') of the inline scripts in the pages `next build` prerendered as static HTML.
 * A per-request nonce cannot reach a page served from the build cache, so static pages are allowed their own
 * (build-time, fixed) inline scripts by hash; dynamic pages get the nonce. Read once per process and
 * distDir (NEXT_DIST_DIR, default .next); none in `next dev`, where every page is rendered per request.
 */
const cache = new Map<string, string[]>();

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** The inline scripts of the HTML: the attributes of each opening tag (with their leading space) and its text. */
export function inlineScripts(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => ({ attributes: m[1] ?? '', text: m[2] }));
}

/** The 'sha256-...' source of every distinct inline script of the HTML. */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const { text } of inlineScripts(html)) {
    if (!text) continue;
    out.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...out];
}

function htmlFiles(dir: string, depth = 0): string[] {
  if (depth > 8) return [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name), depth + 1) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

/** Hashes of the inline scripts of every prerendered page of the build in distDir. */
export function staticScriptHashes(distDir = process.env.NEXT_DIST_DIR || '.next'): string[] {
  const dir = path.resolve(distDir, 'server', 'app');
  let hashes = cache.get(dir);
  if (!hashes) {
    const set = new Set<string>();
    for (const file of htmlFiles(dir)) for (const h of inlineScriptHashes(fs.readFileSync(file, 'utf8'))) set.add(h);
    hashes = [...set].sort();
    cache.set(dir, hashes);
  }
  return hashes;
}
