// Every route's real answer, on the sample article, parses with the contract's schema (lib/api/contract.ts):
// what the browser client is typed with is what the server sends. Errors parse with the one error shape.
import { readdirSync } from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contract from '@/lib/api/contract';
import { closeSharedDb } from '@/lib/neo4j/driver';
import { contractBody as body } from '@/tests/helpers/contract-body';
import { routeParams as params, routeRequest as req, useSampleRoutes } from '@/tests/helpers/sample-db';
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
import { GET as fact } from '@/app/api/facts/[id]/route';

// Route folders whose answers are parsed with their contract schema, a line per case below (the articles
// routes in articles-routes.test.ts); each schema's doc comment in the contract names its route.
const COVERED_ROUTES = [
  ['/api/health', '/api/graph', '/api/search', '/api/nodes/[id]', '/api/expand/[id]', '/api/path'],
  ['/api/cypher', '/api/cypher/examples', '/api/schema'],
  ['/api/facts/[id]'],
  ['/api/map', '/api/map/sources'],
  ['/api/articles', '/api/articles/[id]'],
].flat();

useSampleRoutes();

describe('route answers match the API contract', () => {
  it('health, graph, search, node, expand, path', async () => {
    await body(await health(req('/api/health')), contract.healthSchema);
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
    expect((await body(await examples(req('/api/cypher/examples')), contract.examplesSchema)).examples.length).toBeGreaterThan(0);
    expect((await body(await schema(req('/api/schema')), contract.dbSchemaSchema)).labels).toContain('Country');
    const refused = await cypher(post('MATCH (n) DETACH DELETE n'));
    expect(refused.status).toBe(400);
    expect(contract.apiErrorSchema.safeParse(await refused.json()).success).toBe(true);
  });

  it('a fact card: mentions with their figures, stances, evidence', async () => {
    const id = 'transfer:country:KP>country:RU:troops';
    const card = await body(await fact(req(`/api/facts/${encodeURIComponent(id)}`), params(id)), contract.factDetailSchema);
    expect(card.fact.id).toBe(id);
    expect(card.mentions.length).toBeGreaterThan(0);
    expect(card.evidence.length).toBeGreaterThan(0);
    const missing = await fact(req('/api/facts/transfer%3Anope'), params('transfer:nope'));
    expect(missing.status).toBe(404);
    expect(contract.apiErrorSchema.safeParse(await missing.json()).success).toBe(true);
  });

  it('every route has its response schema in the contract', () => {
    // A new route must add its schemas to lib/api/contract.ts and a case to this file.
    const routes = readdirSync(nodePath.resolve('app/api'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('route.ts'))
      .map((f) => `/api/${f.split(nodePath.sep).join('/').replace(/\/?route\.ts$/, '')}`.replace(/\/$/, ''))
      .sort();
    expect(routes).toEqual([...COVERED_ROUTES].sort());
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

  it('health when Neo4j is unreachable: 503 with the down body, the URI left out', async () => {
    const uri = process.env.NEO4J_URI;
    await closeSharedDb();
    process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
    try {
      const res = await health(req('/api/health'));
      expect(res.status).toBe(503);
      const json = await res.json();
      expect(contract.healthDownSchema.safeParse(json).error?.issues ?? []).toEqual([]);
      expect(JSON.stringify(json)).not.toContain('127.0.0.1:1');
    } finally {
      await closeSharedDb();
      process.env.NEO4J_URI = uri;
    }
  });
});
