// Every route's real answer, on the sample article, parses with the contract's schema (lib/api/contract.ts):
// what the browser client is typed with is what the server sends. Errors parse with the one error shape.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contract from '@/lib/api/contract';
import { routeParams, routeRequest, useSampleRoutes } from '@/tests/helpers/sample-db';
import { GET as graph } from '@/app/api/graph/route';
import { GET as node } from '@/app/api/nodes/[id]/route';
import { GET as expand } from '@/app/api/expand/[id]/route';
import { GET as search } from '@/app/api/search/route';
import { GET as path } from '@/app/api/path/route';
import { GET as health } from '@/app/api/health/route';
import { POST as cypher } from '@/app/api/cypher/route';
import { GET as examples } from '@/app/api/cypher/examples/route';
import { GET as schema } from '@/app/api/schema/route';
import { GET as map } from '@/app/api/map/route';
import { GET as sources } from '@/app/api/map/sources/route';

const req = routeRequest;
const params = routeParams;

/** The body of a 2xx answer, parsed strictly enough that a renamed or retyped field fails. */
async function body<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  const json = await res.json();
  expect(res.status, JSON.stringify(json).slice(0, 300)).toBe(200);
  const parsed = schema.safeParse(json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as z.infer<S>;
}

useSampleRoutes();

describe('route answers match the API contract', () => {
  it('health, graph, search, node, expand, path', async () => {
    await body(await health(), contract.healthSchema);
    const overview = await body(await graph(req('/api/graph?limit=50')), contract.graphPayloadSchema);
    expect(overview.nodes.length).toBeGreaterThan(0);
    const hits = await body(await search(req('/api/search?q=coree')), contract.searchSchema);
    expect(hits.results.map((h) => h.id)).toContain('country:KP');
    const detail = await body(await node(req('/api/nodes/country%3AKP'), params('country:KP')), contract.nodeDetailSchema);
    expect(detail.evidence.length).toBeGreaterThan(0);
    await body(await expand(req('/api/expand/country%3AKP?limit=5'), params('country:KP')), contract.expandSchema);
    const found = await body(await path(req('/api/path?from=country%3AKP&to=country%3ARU')), contract.pathSchema);
    expect(found.found).toBe(true);
  });

  it('console: a query, its saved examples and the schema', async () => {
    const post = (query: string) => req('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params: {} }) });
    const result = await body(await cypher(post("MATCH p = (:Country {iso2: 'KP'})-[:SENT]->(:Transfer) RETURN p LIMIT 2")), contract.cypherResultSchema);
    expect(result.graph.nodes.length).toBeGreaterThan(0);
    expect((await body(await examples(), contract.examplesSchema)).examples.length).toBeGreaterThan(0);
    expect((await body(await schema(), contract.dbSchemaSchema)).labels).toContain('Country');
    const refused = await cypher(post('MATCH (n) DETACH DELETE n'));
    expect(refused.status).toBe(400);
    expect(contract.apiErrorSchema.safeParse(await refused.json()).success).toBe(true);
  });

  it('map and its sources', async () => {
    const picture = await body(await map(req('/api/map?focus=Russie')), contract.mapSchema);
    expect(picture.focus?.id).toBe('country:RU');
    // Facts and actors, as the explorer shows them; Claim nodes only when asked for.
    expect(picture.graph.nodes.filter((n) => n.label === 'Claim')).toEqual([]);
    expect(picture.graph.nodes.some((n) => n.label === 'Transfer')).toBe(true);
    const withClaims = await body(await map(req('/api/map?focus=Russie&depth=2&claims=1')), contract.mapSchema);
    expect(withClaims.graph.nodes.some((n) => n.label === 'Claim')).toBe(true);
    const twoSteps = await body(await map(req('/api/map?focus=Russie&depth=2')), contract.mapSchema);
    expect(twoSteps.graph.nodes.filter((n) => n.label === 'Claim')).toEqual([]);
    const ids = [...new Set(picture.graph.nodes.flatMap((n) => (Array.isArray(n.properties.articles) ? n.properties.articles : [])))] as string[];
    expect(ids.length).toBeGreaterThan(0);
    const cited = await body(await sources(req(`/api/map/sources?${ids.map((id) => `article=${id}`).join('&')}`)), contract.sourcesSchema);
    expect(cited.sources.length).toBeGreaterThan(0);
  });
});
