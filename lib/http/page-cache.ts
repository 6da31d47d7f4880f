import type http from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { pageCsp } from '../security/csp';
import { inlineScriptHashes, inlineScripts } from '../security/static-scripts';
import { deferFrameworkScripts } from './deferred-scripts';
import { guardedRequest, nodeHeader } from './node-request';
import { requestRefusal } from './request-guard';

// The explorer's page answered from memory once Next.js has rendered it for the same request. The page is
// rendered per request (its search parameters choose the fixture, the limit, the console, and a nonce goes on
// its inline scripts), yet for one URL it is the same HTML every time but for that nonce: React's server
// render of the layout and the explorer's shell, with middleware before it, cost 50–280 ms of every
// navigation's first byte at load 16 (3–40 ms from memory), before the head that loads the first-frame script
// reached the browser.
// A cached page carries no nonce: its policy allows its own inline scripts by their sha256 hashes, and no
// other (as strict as a nonce, which allowed any script that carried it). What may change the HTML is in the
// key: the path and query as sent, the Host (the request rules and absolute URLs), the User-Agent (Next
// renders the head differently for bots) and the Accept headers (nothing reads them today; keyed, a page that
// one day does cannot hand one visitor's answer to another). Requests of Next's client router (RSC payloads, prefetches, server
// actions) and anything but a plain GET go to Next.js, as does a response that is not a page's 200 HTML.

/** What Next.js answered for a page: status, headers and the whole body, uncompressed. */
export interface RenderedPage {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

interface PageCacheOptions {
  /** Renders `target` as Next.js answers `req` (same Host, User-Agent and credentials), uncompressed. */
  render(target: string, req: http.IncomingMessage): Promise<RenderedPage>;
  /** Paths whose pages are kept (the query is part of the key). Default: the explorer, `/`. */
  paths?: readonly string[];
  /** Pages kept at most, the least recently used dropped first. Default 32. */
  maxEntries?: number;
  /** Longer keys (target, Host and User-Agent) are not kept. Default 4096 characters. */
  maxKeyLength?: number;
  /**
   * A page is rendered again once it is older than this, ms (default 10 minutes): what the render reads
   * besides the build (the environment, the data a page may one day carry) shows within that time.
   */
  maxAgeMs?: number;
  /** The clock, ms (default Date.now; tests move it). */
  now?: () => number;
}

interface CachedPage {
  headers: [string, string | string[]][];
  csp: string;
  body: Buffer;
  /** Compressed at the first request that accepts gzip, off the event loop: a miss for a client that takes none pays nothing. */
  gzip?: Promise<Buffer>;
  /** When it was rendered (the clock's ms). */
  at: number;
}

const gzip = promisify(gzipCallback);

/** Request headers the render is given, and so part of the key: a page that ever reads one stays right per value. */
export const KEYED_HEADERS = ['host', 'user-agent', 'accept', 'accept-language'] as const;

/** Headers of the client router's requests: their answer is an RSC payload, not the page's HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/** Response headers not replayed: the connection's own, the body's (recomputed), cookies, and the policy (rebuilt). */
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'set-cookie', 'content-security-policy']);

/** The nonce a page policy gives its scripts, null when it gives none. */
function policyNonce(csp: string): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(/script-src ([^;]+)/.exec(csp)?.[1] ?? '')?.[1] ?? null;
}

/**
 * The page as kept: the nonce taken off its elements and its policy allowing its inline scripts by hash.
 * Null for what is not kept: anything but a 200 HTML page with a nonce policy, a page that sets a cookie, or one
 * with an inline script that does not carry the nonce.
 */
function cachedPage(page: RenderedPage, at: number): CachedPage | null {
  const header = (name: string) => {
    const v = page.headers[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };
  if (page.status !== 200 || !header('content-type').startsWith('text/html') || page.headers['set-cookie'] || header('content-encoding')) return null;
  const nonce = policyNonce(header('content-security-policy'));
  if (!nonce) return null;
  const rendered = page.body.toString('utf8');
  // Every inline script the policy will allow by hash must be one the nonce allowed: a script that reached the
  // HTML without it (markup reflected from the request) would otherwise be hashed and allowed. Such a page is
  // Next's to answer, with its nonce.
  if (inlineScripts(rendered).some((s) => !s.attributes.includes(` nonce="${nonce}"`))) return null;
  // Off the elements, and out of the resource hints of Next's flight data (stylesheets and script files, which
  // 'self' allows without it): a stale nonce is of no use to the page, and a random one names nothing else.
  // React's and Next's chunks run after the first frame when the page draws one before them (deferred-scripts.ts).
  const html = deferFrameworkScripts(rendered.split(` nonce="${nonce}"`).join('').split(nonce).join(''));
  const body = Buffer.from(html, 'utf8');
  const headers = Object.entries(page.headers).filter((e): e is [string, string | string[]] => e[1] !== undefined && !NOT_REPLAYED.has(e[0]));
  return { headers, csp: pageCsp({ hashes: inlineScriptHashes(html) }), body, at };
}

/** Serves kept pages; `serve` answers a request and resolves true, or false to let Next.js answer it. */
export function pageCache(options: PageCacheOptions): { serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> } {
  const { render, paths = ['/'], maxEntries = 32, maxKeyLength = 4096, maxAgeMs = 10 * 60_000, now = Date.now } = options;
  const pages = new Map<string, CachedPage>();
  // One render per key at a time: a burst of the same navigation waits for the first one.
  const pending = new Map<string, Promise<CachedPage | null>>();

  function remember(key: string, page: CachedPage): void {
    pages.delete(key);
    pages.set(key, page);
    while (pages.size > maxEntries) pages.delete(pages.keys().next().value!);
  }

  async function lookup(key: string, target: string, req: http.IncomingMessage): Promise<CachedPage | null> {
    let kept = pages.get(key);
    // Too old: rendered again, as a page never seen.
    if (kept && now() - kept.at > maxAgeMs) {
      pages.delete(key);
      kept = undefined;
    }
    if (kept) {
      remember(key, kept); // most recently used
      return kept;
    }
    let job = pending.get(key);
    if (!job) {
      job = render(target, req).then((page) => cachedPage(page, now()), () => null);
      pending.set(key, job);
      void job.then((page) => {
        pending.delete(key);
        if (page) remember(key, page);
      });
    }
    return job;
  }

  return {
    async serve(req, res) {
      const request = guardedRequest(req);
      if (request.method !== 'GET' || !paths.includes(request.path)) return false;
      if (ROUTER_HEADERS.some((h) => nodeHeader(req, h) !== null) || request.search.has('_rsc')) return false;
      const target = req.url ?? '';
      if (!target.startsWith('/')) return false; // an absolute-form target: Next.js's
      const key = [...KEYED_HEADERS.map((h) => nodeHeader(req, h) ?? ''), target].join('\n');
      if (key.length > maxKeyLength) return false;
      // The rules middleware.ts applies to pages: a refused request goes to Next.js, which refuses it.
      if (await requestRefusal(request)) return false;
      const page = await lookup(key, target, req);
      if (!page) return false;
      // A page whose compression failed goes out as it is.
      const zipped = /\bgzip\b/.test(nodeHeader(req, 'accept-encoding') ?? '') ? await (page.gzip ??= gzip(page.body)).catch(() => null) : null;
      const body = zipped ?? page.body;
      for (const [name, value] of page.headers) res.setHeader(name, value);
      res.setHeader('Content-Security-Policy', page.csp);
      const vary = res.getHeader('vary');
      if (!/accept-encoding/i.test(String(vary ?? ''))) res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
      if (zipped) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.writeHead(200);
      res.end(body);
      return true;
    },
  };
}
