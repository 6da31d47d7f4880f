// The explorer's page as `npm start` answers it from memory: rendered once per URL by the next handler (here a
// stand-in that renders a page with a fresh nonce per request, as Next.js does), then served with no nonce and
// a policy that allows exactly the page's inline scripts by hash; what must stay Next's (other paths, the
// client router's requests, refused requests, pages that are not a 200 HTML with a nonce policy) is left to it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pageCache, type RenderedPage } from '@/lib/http/page-cache';
import { pageCsp } from '@/lib/security/csp';
import { rawRequest } from '@/tests/helpers/raw-http';

const LEFT_TO_NEXT = 599;

let server: Server;
let port: number;
let renders: string[];
// The cache's clock, ms: moved by the test of its entries' age.
let clock = 0;

/** What the stand-in renders for a target: two inline scripts carrying the nonce, one script file. */
function render(target: string, req: IncomingMessage): Promise<RenderedPage> {
  renders.push(target);
  const nonce = randomBytes(16).toString('base64');
  const status = target.includes('missing') ? 404 : 200;
  const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script></head><body><div id="root">${target} ${req.headers['user-agent'] ?? ''}</div><script nonce="${nonce}">window.a=1</script><script nonce="${nonce}">(self.__next_f=self.__next_f||[]).push([1,":HL[\\"/a.css\\",\\"style\\",{\\"nonce\\":\\"${nonce}\\"}]"])</script></body></html>`;
  return Promise.resolve({
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'content-security-policy': pageCsp({ nonce }),
      'x-frame-options': 'DENY',
      vary: 'RSC, Next-Router-State-Tree',
      date: new Date().toUTCString(),
    },
    body: Buffer.from(html),
  });
}

beforeAll(async () => {
  const pages = pageCache({ render, maxEntries: 2, maxAgeMs: 60_000, now: () => clock });
  server = createServer((req, res) => void pages.serve(req, res).then((done) => done || res.writeHead(LEFT_TO_NEXT).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  renders = [];
});

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(port, target, headers, method);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the explorer page from memory', () => {
  it('renders a URL once, then serves it with no nonce and a policy allowing exactly its inline scripts by hash', async () => {
    const first = await get('/?limit=50', { 'user-agent': 'browser-a' });
    const second = await get('/?limit=50', { 'user-agent': 'browser-a' });
    expect(renders).toEqual(['/?limit=50']);
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      const html = res.body.toString();
      expect(html).toContain('/?limit=50 browser-a');
      // No nonce on its elements, none named in its flight data.
      expect(html).not.toMatch(/\snonce=/);
      expect(html).toContain('{\\"nonce\\":\\"\\"}');
      const script = /script-src ([^;]+)/.exec(String(res.headers['content-security-policy']))![1].trim().split(/\s+/);
      expect(script.sort()).toEqual(["'self'", sha256('window.a=1'), sha256('(self.__next_f=self.__next_f||[]).push([1,":HL[\\"/a.css\\",\\"style\\",{\\"nonce\\":\\"\\"}]"])')].sort());
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toContain('no-store');
      expect(res.headers['content-length']).toBe(String(res.body.length));
      expect(res.headers.vary).toBe('RSC, Next-Router-State-Tree, Accept-Encoding');
    }
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('gzips for a client that accepts it', async () => {
    const plain = await get('/', { 'user-agent': 'browser-a' });
    const zipped = await get('/', { 'user-agent': 'browser-a', 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('keeps one page per URL, Host and User-Agent, and forgets the least recently used beyond its size', async () => {
    await get('/?a=1', { 'user-agent': 'browser-a' });
    await get('/?a=1', { 'user-agent': 'bot' });
    expect((await get('/?a=1', { 'user-agent': 'bot' })).body.toString()).toContain('/?a=1 bot');
    await get('/?a=2', { 'user-agent': 'bot' }); // the third page: /?a=1 for browser-a goes
    await get('/?a=1', { 'user-agent': 'browser-a' });
    expect(renders).toEqual(['/?a=1', '/?a=1', '/?a=2', '/?a=1']);
  });

  it('renders a page again once it is older than its time to live', async () => {
    await get('/?age=1');
    clock += 60_000;
    await get('/?age=1');
    expect(renders).toEqual(['/?age=1']);
    clock += 1;
    expect((await get('/?age=1')).status).toBe(200);
    await get('/?age=1');
    expect(renders).toEqual(['/?age=1', '/?age=1']);
  });

  it('renders again for another Accept-Language, which the render is given', async () => {
    await get('/?lang=1', { 'accept-language': 'fr' });
    await get('/?lang=1', { 'accept-language': 'en' });
    await get('/?lang=1', { 'accept-language': 'fr' });
    expect(renders).toEqual(['/?lang=1', '/?lang=1']);
  });

  it("leaves other paths, other methods and the client router's requests to Next.js", async () => {
    expect((await get('/map')).status).toBe(LEFT_TO_NEXT);
    expect((await get('/', {}, 'HEAD')).status).toBe(LEFT_TO_NEXT);
    expect((await get('/', {}, 'POST')).status).toBe(LEFT_TO_NEXT);
    expect((await get('/', { rsc: '1' })).status).toBe(LEFT_TO_NEXT);
    expect((await get('/', { 'next-router-prefetch': '1' })).status).toBe(LEFT_TO_NEXT);
    expect((await get('/?_rsc=abc')).status).toBe(LEFT_TO_NEXT);
    expect(renders).toEqual([]);
  });

  it('leaves a refused request to Next.js, which refuses it', async () => {
    expect((await get('/', { host: 'evil.example' })).status).toBe(LEFT_TO_NEXT);
    expect(renders).toEqual([]);
  });

  it('keeps nothing that is not a 200 page, and lets Next.js answer it', async () => {
    expect((await get('/?missing=1')).status).toBe(LEFT_TO_NEXT);
    expect((await get('/?missing=1')).status).toBe(LEFT_TO_NEXT);
    expect(renders).toEqual(['/?missing=1', '/?missing=1']);
  });

  it('keeps no page with an inline script the nonce did not allow, which its hash would allow', async () => {
    // The stand-in writes the User-Agent into the page as it came: markup reflected from the request.
    const injected = { 'user-agent': '<script>alert(1)</script>' };
    expect((await get('/?reflected=1', injected)).status).toBe(LEFT_TO_NEXT);
    expect((await get('/?reflected=1', injected)).status).toBe(LEFT_TO_NEXT);
    expect(renders).toEqual(['/?reflected=1', '/?reflected=1']);
  });
});
