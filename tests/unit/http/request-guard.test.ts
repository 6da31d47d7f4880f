// The request rules API requests pass in front of Next.js and pages in middleware.ts: one table of requests a
// stranger, a hostile page or a clumsy client sends, and what each gets.
import { describe, expect, it } from 'vitest';
import { authRefusal, requestRefusal, type GuardedRequest } from '@/lib/http/request-guard';

function req(method: string, target: string, headers: Record<string, string> = {}): GuardedRequest {
  const q = target.indexOf('?');
  const lower = Object.fromEntries(Object.entries({ host: '127.0.0.1:3000', ...headers }).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method,
    path: q < 0 ? target : target.slice(0, q),
    search: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)),
    header: (name) => lower[name] ?? null,
  };
}

/** An environment with only these variables. */
const envOf = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
const open = envOf({});
const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

describe('request rules', () => {
  it.each([
    ['GET /api/search from loopback', req('GET', '/api/search?q=kim'), null],
    ['GET / from localhost', req('GET', '/', { host: 'localhost:3000' }), null],
    ['same-origin POST /api/cypher', req('POST', '/api/cypher', { origin: 'http://127.0.0.1:3000', 'content-length': '40' }), null],
    ['a rebinding host name', req('GET', '/api/graph', { host: 'attacker.example' }), 421],
    ['no Host header', req('GET', '/api/graph', { host: '' }), 421],
    ['an API path that cannot be decoded', req('GET', '/api/nodes/%E0%A4%A'), 400],
    ['PUT on the API', req('PUT', '/api/search'), 405],
    ['POST on a page', req('POST', '/'), 405],
    ['TRACE on the API', req('TRACE', '/api/health'), 405],
    ['a cross-origin write', req('POST', '/api/cypher', { origin: 'http://evil.test' }), 403],
    ['a cross-site GET that runs a query', req('GET', '/api/map?query=MATCH%20(n)%20RETURN%20n', { 'sec-fetch-site': 'cross-site' }), 403],
    ['a cross-site GET of a focus map', req('GET', '/api/map?focus=Russie', { 'sec-fetch-site': 'cross-site' }), null],
    ['a 2 MiB body', req('POST', '/api/cypher', { 'content-length': String(2 * 1024 * 1024) }), 413],
  ] as const)('%s', async (_what, request, status) => {
    const refusal = await requestRefusal(request, open);
    expect(refusal?.status ?? null).toBe(status);
  });

  it('names the allowed methods and keeps the API list apart from the pages one', async () => {
    expect((await requestRefusal(req('PATCH', '/api/graph'), open))?.headers.Allow).toBe('GET, HEAD, POST, DELETE');
    expect((await requestRefusal(req('DELETE', '/map'), open))?.headers.Allow).toBe('GET, HEAD');
  });

  it('with TRAME_AUTH: 401 and a Basic challenge without credentials, any host name with them', async () => {
    const env = envOf({ TRAME_AUTH: 'ana:s3cret' });
    const refused = await requestRefusal(req('GET', '/api/search?q=kim', { host: 'trame.example' }), env);
    expect(refused?.status).toBe(401);
    expect(refused?.headers['WWW-Authenticate']).toMatch(/^Basic realm="Trame"/);
    expect(await requestRefusal(req('GET', '/api/search?q=kim', { host: 'trame.example', authorization: basic('ana:s3cret') }), env)).toBeNull();
    expect((await authRefusal(req('GET', '/', { authorization: basic('ana:wrong') }), env))?.status).toBe(401);
  });

  it('a malformed TRAME_AUTH refuses everything rather than opening the door', async () => {
    const env = envOf({ TRAME_AUTH: 'no-colon' });
    expect((await requestRefusal(req('GET', '/api/health'), env))?.status).toBe(500);
    expect((await authRefusal(req('GET', '/'), env))?.code).toBe('AUTH_MISCONFIGURED');
  });
});
