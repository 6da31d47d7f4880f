// The build's static files as `npm start` answers them from memory: body, type, gzip when asked, the security
// headers and a page policy without nonce; anything it should not answer (a refused request, a file outside
// the build's static folder, an unknown one) is left to the next handler, Next.js in the real server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifNoneMatch, staticFiles } from '@/lib/http/static-files';
import { rawRequest } from '@/tests/helpers/raw-http';

const LEFT_TO_NEXT = 599;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'trame-static-'));
  mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(dir, 'static', 'chunks', 'a-0123.js'), SCRIPT);
  writeFileSync(path.join(dir, 'static', 'chunks', 'notes.txt'), 'not a type served here');
  writeFileSync(path.join(dir, 'secret.json'), '{"password":"nope"}');
  const files = staticFiles(dir);
  server = createServer((req, res) => void files.serve(req, res).then((done) => done || res.writeHead(LEFT_TO_NEXT).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(port, target, headers, method);

describe('static files from memory', () => {
  it('answers a build script with its type, immutable caching, the security headers and a policy without nonce', async () => {
    const res = await get('/_next/static/chunks/a-0123.js?dpl=1');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(SCRIPT);
    expect(res.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('nonce-');
  });

  it('sends the gzipped bytes to a client that takes them, and headers alone to HEAD', async () => {
    const zipped = await get('/_next/static/chunks/a-0123.js', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);
    const head = await get('/_next/static/chunks/a-0123.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(SCRIPT.length));
    expect(head.body.length).toBe(0);
  });

  it('tags each encoding with a strong ETag and answers a revalidation that names it with 304, caching kept', async () => {
    const plain = await get('/_next/static/chunks/a-0123.js');
    const zipped = await get('/_next/static/chunks/a-0123.js', { 'accept-encoding': 'gzip' });
    const tag = String(plain.headers.etag);
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.etag).not.toBe(tag);
    expect((await get('/_next/static/chunks/a-0123.js')).headers.etag).toBe(tag);

    const again = await get('/_next/static/chunks/a-0123.js', { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(tag);
    expect(again.headers['cache-control']).toContain('immutable');
    const zippedAgain = await get('/_next/static/chunks/a-0123.js', { 'accept-encoding': 'gzip', 'if-none-match': `"other", ${String(zipped.headers.etag)}` });
    expect(zippedAgain.status).toBe(304);
    // The plain bytes' tag does not validate the gzipped ones, nor another file's tag this one.
    expect((await get('/_next/static/chunks/a-0123.js', { 'accept-encoding': 'gzip', 'if-none-match': tag })).status).toBe(200);
    expect((await get('/_next/static/chunks/a-0123.js', { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('compares If-None-Match weakly: a list, a W/ prefix and * all name the tag', () => {
    expect(ifNoneMatch('"a", W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatch('*', '"b"')).toBe(true);
    expect(ifNoneMatch('"ab"', '"b"')).toBe(false);
    expect(ifNoneMatch(null, '"b"')).toBe(false);
  });

  it('leaves to Next.js what is outside the static folder, unknown, of another type or refused by the request rules', async () => {
    for (const target of ['/_next/static/../secret.json', '/_next/static/chunks/..%2f..%2fsecret.json', '/_next/static/chunks/missing.js', '/_next/static/chunks/notes.txt', '/secret.json']) {
      expect((await get(target)).status, target).toBe(LEFT_TO_NEXT);
    }
    // The DNS-rebinding guard refuses a stranger's host name: the middleware answers that refusal.
    expect((await get('/_next/static/chunks/a-0123.js', { host: 'evil.example' })).status).toBe(LEFT_TO_NEXT);
    expect((await get('/_next/static/chunks/a-0123.js', {}, 'POST')).status).toBe(LEFT_TO_NEXT);
  });
});
