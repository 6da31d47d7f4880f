// The explorer's queries against a real Neo4j holding the sample articles (loaded by the real loader).
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/neo4j/driver';
import { openDb } from '@/lib/neo4j/driver';
import { Neo4jUnavailableError } from '@/lib/neo4j/errors';
import { expand, health, luceneQuery, nodeDetail, overview, search, shortestPaths } from '@/lib/neo4j/explore';
import { useSampleDb } from '@/tests/helpers/sample-db';

let db: Db;
useSampleDb((opened) => (db = opened));

async function idOf(name: string): Promise<string> {
  const [hit] = await search(db, name);
  expect(hit, `no search hit for ${name}`).toBeTruthy();
  return hit.id;
}

describe('overview', () => {
  it('sends entities and their relationships, never provenance, with totals', async () => {
    const g = await overview(db);
    expect(g.nodes.length).toBeGreaterThan(10);
    expect(g.nodes.every((n) => n.label !== 'Sentence' && n.label !== 'Article')).toBe(true);
    expect(g.edges.every((e) => e.type !== 'MENTIONS' && e.type !== 'HAS_SENTENCE')).toBe(true);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.total).toEqual({ nodes: g.nodes.length, edges: g.edges.length });
    expect(g.truncated).toBe(false);
    expect(g.nodes.some((n) => 'searchText' in n.properties)).toBe(false);
  });

  it('caps and says so, keeping the best-connected nodes', async () => {
    const g = await overview(db, 3);
    expect(g.nodes).toHaveLength(3);
    expect(g.truncated).toBe(true);
    expect(g.total!.nodes).toBeGreaterThan(3);
    const names = g.nodes.map((n) => n.name);
    expect(names).toContain('Russie');
  });
});

describe('search', () => {
  it('is accent- and case-insensitive, fuzzy, and finds aliases', async () => {
    expect((await search(db, 'coree')).map((h) => h.name)).toContain('Corée du Nord');
    expect((await search(db, 'CORÉE DU NORD'))[0].name).toBe('Corée du Nord');
    expect((await search(db, 'zelenski')).map((h) => h.name)).toContain('Volodymyr Zelensky');
    expect((await search(db, 'North Korea')).map((h) => h.name)).toContain('Corée du Nord');
    expect((await search(db, 'poutin')).map((h) => h.name)).toContain('Vladimir Poutine');
  });

  it('survives Lucene syntax in user input', async () => {
    // The user's operators are dropped; only our own grouping remains.
    expect(luceneQuery('a:b (c) "d" ~*')).toBe('(a* OR a) AND (b* OR b) AND (c* OR c) AND (d* OR d)');
    expect(luceneQuery('Zelenski')).toBe('(zelenski~1 OR zelenski* OR zelenski)');
    await expect(search(db, 'AND OR NOT ( ] " \\')).resolves.toBeInstanceOf(Array);
    expect(await search(db, '   ')).toEqual([]);
  });
});

describe('node detail', () => {
  it('quotes the sentences behind a node with the mention highlighted and the article named', async () => {
    const d = (await nodeDetail(db, await idOf('Corée du Nord')))!;
    expect(d.node.name).toBe('Corée du Nord');
    expect(d.relations.length).toBeGreaterThan(0);
    expect(d.evidence.length).toBeGreaterThan(0);
    const mentioned = d.evidence.filter((s) => d.mentionedIn.includes(s.id));
    expect(mentioned.length).toBeGreaterThan(0);
    for (const s of mentioned) {
      expect(s.article.title).toBeTruthy();
      const own = s.mentions.filter((m) => m.node === d.node.id);
      expect(own.length).toBeGreaterThan(0);
      for (const m of own) expect(s.text.slice(m.start, m.end).toLowerCase()).toBe(m.text.toLowerCase());
    }
    // Relationship evidence is quoted too.
    const cited = new Set(d.relations.flatMap((r) => (Array.isArray(r.edge.properties.evidence) ? (r.edge.properties.evidence as string[]) : [])));
    expect(d.evidence.some((s) => cited.has(s.id))).toBe(true);
  });

  it('returns null for an unknown id', async () => {
    expect(await nodeDetail(db, 'country:XX-nope')).toBeNull();
  });
});

describe('expand', () => {
  it('adds neighbours, capped, counting the rest', async () => {
    const id = await idOf('Russie');
    const all = (await expand(db, id, 500))!;
    expect(all.nodes[0].id).toBe(id);
    expect(all.nodes.length).toBeGreaterThan(3);
    expect(all.more).toBe(0);
    const capped = (await expand(db, id, 2))!;
    expect(capped.nodes).toHaveLength(3);
    expect(capped.more).toBe(all.nodes.length - 3);
    expect(capped.truncated).toBe(true);
    const ids = new Set(capped.nodes.map((n) => n.id));
    expect(capped.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(await expand(db, 'nope:nope', 5)).toBeNull();
  });
});

describe('path', () => {
  it('finds the shortest paths between Zelensky and Kim Jong-un, or reports none', async () => {
    const r = await shortestPaths(db, await idOf('Volodymyr Zelensky'), await idOf('Kim Jong-un'));
    expect(r.missing).toEqual([]);
    if (r.found) {
      for (const p of r.paths) {
        expect(p.nodes[0]).toBe(await idOf('Volodymyr Zelensky'));
        expect(p.edges).toHaveLength(p.nodes.length - 1);
      }
      expect(r.graph.nodes.every((n) => n.label !== 'Sentence')).toBe(true);
    } else expect(r.paths).toEqual([]);
  });

  it('names unknown ends', async () => {
    const r = await shortestPaths(db, 'nope:a', await idOf('Russie'));
    expect(r).toMatchObject({ found: false, missing: ['nope:a'] });
  });
});

describe('health', () => {
  it('reports the version when up and a Neo4jUnavailableError when down', async () => {
    expect((await health(db)).version).toMatch(/Neo4j/);
    const down = openDb({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: undefined, database: 'neo4j' }, { connectionTimeoutMs: 500, maxRetryTimeMs: 200 });
    await expect(health(down)).rejects.toBeInstanceOf(Neo4jUnavailableError);
    await down.driver.close();
  });
});
