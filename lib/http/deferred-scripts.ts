// The framework's scripts held back until the explorer's first frame is drawn. The explorer's page names
// React's and Next's chunks as async scripts in its head, beside the first-frame script: arriving from memory
// at the same moment, each was compiled and run as it landed, before or between the first-frame script and
// its draw (React's chunk alone, 170 kB, is 50–100 ms of main thread here), though the first frame needs
// none of them. A page that loads the first-frame script gets them as low-priority preloads instead, marked
// with DEFERRED_ATTRIBUTE: they download with everything else and run once the first frame has been drawn
// (graph/deferred-scripts.ts), or once its script failed or had nothing to draw (next.config.js).

import held from '../api/held-scripts.json';

/** The attribute on a held-back script's preload; its value is empty (held-scripts.json, which the client and next.config.js read too). */
export const DEFERRED_ATTRIBUTE = held.attribute;

/** The first-frame script's file, as next.config.js names it. */
const FIRST_FRAME_PATH = String.raw`/_next/static/chunks/trame-first-frame-with-runtime-[0-9a-f]+\.js`;
const FIRST_FRAME_FILE = new RegExp(`${FIRST_FRAME_PATH}$`);
const FIRST_FRAME_SCRIPT = new RegExp(`<script\\b[^>]*\\ssrc=["']?${FIRST_FRAME_PATH}["'\\s>]`, 'i');

// The page cache takes the nonce off before this runs (page-cache.ts): a chunk's script carries none here.
// A script element and its attributes, whatever their order and whichever quotes or spacing React or a
// later Next.js writes them with.
const SCRIPT_TAG = /<script((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>\s*<\/script>/gi;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CHUNK = /^\/_next\/static\/chunks\/[^"'<>\s]+\.js$/;

/**
 * The chunk a head script loads when it is one the page may hold back: an async script of Next's chunks with
 * no other attribute (one with a `type`, `noModule`, `integrity`, `crossOrigin` or the like is left to run as
 * written: its preload could not stand for it); null otherwise.
 */
function heldChunk(attributes: string): string | null {
  const found = new Map<string, string>();
  for (const [, name, dq, sq, bare] of attributes.matchAll(ATTRIBUTE)) found.set(name.toLowerCase(), dq ?? sq ?? bare ?? '');
  const src = found.get('src');
  if (found.size !== 2 || !found.has('async') || !src || !CHUNK.test(src)) return null;
  return src;
}

/**
 * `html` with the async chunk scripts of its head turned into low-priority preloads marked DEFERRED_ATTRIBUTE,
 * when its head loads the first-frame script; unchanged otherwise (no first frame: nothing to wait for).
 */
export function deferFrameworkScripts(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  if (!FIRST_FRAME_SCRIPT.test(head)) return html;
  const deferred = head.replace(SCRIPT_TAG, (tag, attributes: string) => {
    const src = heldChunk(attributes);
    return !src || FIRST_FRAME_FILE.test(src) ? tag : `<link rel="preload" as="script" fetchPriority="low" href="${src}" ${DEFERRED_ATTRIBUTE}=""/>`;
  });
  return deferred + html.slice(headEnd);
}
