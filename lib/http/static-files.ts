import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pageCsp } from '../security/csp';
import { SECURITY_HEADERS } from '../security/headers';
import { staticScriptHashes } from '../security/static-scripts';
import { guardedRequest, nodeHeader } from './node-request';
import { requestRefusal } from './request-guard';

// The build's static files (/_next/static/..., named for their content) answered by Trame's server from
// memory, read and gzipped once. Through Next.js each one ran the middleware and was read from disk and
// compressed again at every request: the page's dozen scripts and stylesheets, asked for at once, finished
// hundreds of milliseconds after a bare server's, and the first frame waited for them. The request rules
// are the middleware's (request-guard.ts); a refused request, an unknown type or a missing file goes on to
// Next.js, which answers it as before. Each file carries a strong ETag (its content's hash, one per encoding
// sent) so that a client revalidating it, as a reload does despite the immutable caching, gets a 304 without
// the bytes.

const PREFIX = '/_next/static/';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Worth compressing: text. */
const TEXT = new Set(['.js', '.css', '.json', '.svg']);

interface StaticFile {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  /** Strong entity tags of the bytes as stored and of the gzipped bytes: two encodings are two representations. */
  etag: string;
  gzipEtag: string;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for this header; "*" names any). */
export function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Serves `distDir`'s static files; `serve` answers a request and resolves true, or false to let Next.js answer it. */
export function staticFiles(distDir: string): { serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> } {
  const root = path.resolve(distDir, 'static');
  const files = new Map<string, StaticFile>();
  // The page policy without a nonce: a worker script served from here keeps what the page's scripts may do.
  let csp: string | undefined;

  function load(rel: string): StaticFile | null {
    // Keyed by the file, not the path asked for: `chunks//a.js`, `chunks///a.js`… would each keep a copy.
    const full = path.resolve(root, rel);
    const cached = files.get(full);
    if (cached) return cached;
    const type = TYPES[path.extname(rel)];
    if (!type || !full.startsWith(root + path.sep)) return null;
    let body: Buffer;
    try {
      body = fs.readFileSync(full);
    } catch {
      return null;
    }
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    const file = { type, body, gzip: TEXT.has(path.extname(rel)) && body.length > 1024 ? gzipSync(body) : null, etag: `"${hash}"`, gzipEtag: `"${hash}-gz"` };
    files.set(full, file);
    return file;
  }

  return {
    async serve(req, res) {
      const request = guardedRequest(req);
      const { method, path: target } = request;
      if ((method !== 'GET' && method !== 'HEAD') || !target.startsWith(PREFIX) || /%|\/\.|\\/.test(target)) return false;
      if (await requestRefusal(request)) return false;
      const file = load(target.slice(PREFIX.length));
      if (!file) return false;
      csp ??= pageCsp({ hashes: staticScriptHashes(distDir) });
      const gzip = file.gzip && /\bgzip\b/.test(nodeHeader(req, 'accept-encoding') ?? '') ? file.gzip : null;
      const body = gzip ?? file.body;
      const etag = gzip ? file.gzipEtag : file.etag;
      for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
      res.setHeader('Content-Security-Policy', csp);
      // Next.js's caching of the build's hashed files, kept on the 304 too (RFC 9110: the 200's validators and caching).
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('ETag', etag);
      if (ifNoneMatch(nodeHeader(req, 'if-none-match'), etag)) {
        res.writeHead(304);
        res.end();
        return true;
      }
      res.setHeader('Content-Type', file.type);
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.writeHead(200);
      res.end(method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
