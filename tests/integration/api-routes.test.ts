// The explorer's route handlers called directly (no server): zod validation, the one error shape, 404s.
import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest, useSampleRoutes } from '@/tests/helpers/sample-db';
import { GET as graph } from '@/app/api/graph/route';
import { GET as node } from '@/app/api/nodes/[id]/route';
import { GET as expandRoute } from '@/app/api/expand/[id]/route';
import { GET as searchRoute } from '@/app/api/search/route';
import { GET as pathRoute } from '@/app/api/path/route';
import { GET as healthRoute } from '@/app/api/health/route';

const req = routeRequest;
const params = routeParams;

useSampleRoutes();

describe('explorer routes', () => {
  it('GET /api/graph caps with ?limit= and rejects nonsense with the error shape', async () => {
    const ok = await graph(req('/api/graph?limit=4'));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.nodes).toHaveLength(4);
    expect(body.truncated).toBe(true);
    for (const bad of ['/api/graph?limit=abc', '/api/graph?limit=0', '/api/graph?limit=20001']) {
      const res = await graph(req(bad));
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('GET /api/search finds accents-free input and wants a query', async () => {
    const res = await searchRoute(req('/api/search?q=coree'));
    const { results } = await res.json();
    expect(results.map((r: { name: string }) => r.name)).toContain('Corée du Nord');
    expect((await searchRoute(req('/api/search?q='))).status).toBe(400);
  });

  it('GET /api/nodes/:id answers the detail, or 404 with the error shape', async () => {
    const { results } = await (await searchRoute(req('/api/search?q=Russie'))).json();
    const res = await node(req('/'), params(results[0].id));
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.node.name).toBe('Russie');
    expect(detail.evidence.length).toBeGreaterThan(0);
    const missing = await node(req('/'), params('country:none'));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
  });

  it('GET /api/expand/:id reports how many neighbours were left out', async () => {
    const { results } = await (await searchRoute(req('/api/search?q=Russie'))).json();
    const body = await (await expandRoute(req('/api/expand/x?limit=1'), params(results[0].id))).json();
    expect(body.nodes).toHaveLength(2);
    expect(body.more).toBeGreaterThan(0);
    expect((await expandRoute(req('/api/expand/x?limit=-1'), params(results[0].id))).status).toBe(400);
    expect((await expandRoute(req('/api/expand/x'), params('nope:nope'))).status).toBe(404);
  });

  it('GET /api/path needs both ends and names unknown ones', async () => {
    expect((await pathRoute(req('/api/path?from=a'))).status).toBe(400);
    const res = await pathRoute(req('/api/path?from=nope:a&to=nope:b'));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: 'NOT_FOUND', message: 'unknown id: nope:a, nope:b' });
  });

  it('GET /api/health says up with the version', async () => {
    const res = await healthRoute(routeRequest('/api/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ neo4j: 'up' });
  });
});
