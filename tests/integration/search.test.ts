// Search against a real Neo4j holding every shipped article: the state named by its capital or its
// people comes first, and kind + actor words find the transfers between them.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/neo4j/driver';
import { readRows } from '@/lib/neo4j/driver';
import { search } from '@/lib/neo4j/explore';
import { articlePaths } from '@/tests/helpers/db';
import { useSampleDb } from '@/tests/helpers/sample-db';

let db: Db;
useSampleDb((opened) => (db = opened), articlePaths());

const names = async (q: string) => (await search(db, q)).map((h) => h.name);

describe('search knows capitals, demonyms and aliases', () => {
  it('ranks the state first for its capital', async () => {
    const moscou = await search(db, 'moscou');
    expect(moscou[0]).toMatchObject({ name: 'Russie', label: 'Country', via: 'capital' });
    expect((await names('pyongyang'))[0]).toBe('Corée du Nord');
    expect((await names('Séoul'))[0]).toBe('Corée du Sud');
  });

  it('puts Ukraine above the Kiel Institute for "kiev", and keeps the institute reachable', async () => {
    const kiev = await names('kiev');
    expect(kiev[0]).toBe('Ukraine');
    expect(kiev.indexOf('Ukraine')).toBeLessThan(kiev.indexOf('Institut de Kiel'));
    expect((await names('institut de kiel'))[0]).toBe('Institut de Kiel');
  });

  it('reads demonyms and tolerates accents and one typo', async () => {
    expect((await names('nord-coréens'))[0]).toBe('Corée du Nord');
    expect((await names('moscu'))[0]).toBe('Russie');
    expect((await names('zelenski'))[0]).toBe('Volodymyr Zelensky');
    expect((await names('poutin'))[0]).toBe('Vladimir Poutine');
    expect(await names('coree')).toEqual(expect.arrayContaining(['Corée du Nord', 'Corée du Sud']));
  });
});

describe('search finds facts', () => {
  it('"troupes Russie" lists transfers of troops into or from Russia, first', async () => {
    const hits = await search(db, 'troupes Russie', 10);
    const facts = hits.filter((h) => h.via === 'fact');
    expect(facts.length).toBeGreaterThanOrEqual(1);
    expect(hits[0].via).toBe('fact');
    // The state itself follows the facts.
    expect(hits.map((h) => h.name)).toContain('Russie');
    for (const f of facts) {
      const [row] = await readRows<{ kinds: string[]; ends: string[] }>(
        db,
        'MATCH (t:Transfer {id: $id}) RETURN [t.kind] + coalesce(t.kinds, []) AS kinds, [(t)-[:TO|SENT]-(a:Entity) | a.id] AS ends',
        { id: f.id },
      );
      expect(row.kinds, f.name).toContain('troops');
      expect(row.ends, f.name).toContain('country:RU');
      // The hit names its ends, so "soldats nord-coréens" reads as who sent them to whom.
      expect([f.sender, f.receiver], f.name).toContain('Russie');
    }
  });

  it('a fact touching both named actors ranks above one touching only one', async () => {
    const hits = await search(db, 'obus Corée du Nord Russie', 20);
    const facts = hits.filter((h) => h.via === 'fact');
    expect(facts.length).toBeGreaterThan(0);
    const [top] = facts;
    const [row] = await readRows<{ ends: string[] }>(db, 'MATCH (t:Transfer {id: $id}) RETURN [(t)-[:TO|SENT]-(a:Entity) | a.id] AS ends', { id: top.id });
    expect(row.ends).toEqual(expect.arrayContaining(['country:KP', 'country:RU']));
  });
});
