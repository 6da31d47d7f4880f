// Query plans of the loader's statements and of the explorer's queries, against the test Neo4j.
// A missing index or an unlucky rewrite does not fail any functional test — it only makes Trame slow
// once the graph is large. These EXPLAINs catch it on the sample article: a query that starts from an
// id must seek an index, never scan a label or every node, and never build a cartesian product; the
// loader must not plan an Eager (it would hold a whole batch in memory and stop streaming).
import neo4j, { type ManagedTransaction, type Plan, type Session } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/neo4j/driver';
import { luceneQuery } from '@/lib/neo4j/explore';
import { QUERY_NAMES, queryText, type QueryName } from '@/lib/neo4j/queries';
import { loadDocument } from '@/lib/neo4j/load';
import { prepareArticles } from '@/lib/ingest/load-articles';
import { SAMPLE_ARTICLE } from '@/tests/helpers/db';
import { useSampleDb } from '@/tests/helpers/sample-db';

const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'CartesianProduct']);

/** Every operator of a plan tree, without the runtime suffix ("NodeIndexSeek@neo4j" -> "NodeIndexSeek"). */
function operators(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

let db: Db;
useSampleDb((opened) => (db = opened));

// Plans depend on statistics: resample every index and drop cached plans after the fixed sample is
// loaded, so what earlier files loaded cannot flip a plan here.
beforeAll(async () => {
  const session = db.driver.session({ database: db.config.database });
  try {
    await session.run('CALL db.resampleOutdatedIndexes()');
    await session.run('CALL db.prepareForReplanning()');
  } finally {
    await session.close();
  }
});

/** Plans a statement with its parameters without running it (inside a transaction that is rolled back). */
async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session({ database: db.config.database });
  const tx = session.beginTransaction();
  try {
    const result = await tx.run(`EXPLAIN ${cypher}`, params);
    return operators(result.summary.plan as Plan);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

/** Loads the sample article again through a Db that records every statement the loader sends. */
async function loaderStatements(): Promise<{ cypher: string; params: Record<string, unknown> }[]> {
  const seen: { cypher: string; params: Record<string, unknown> }[] = [];
  const [{ doc }] = await prepareArticles([SAMPLE_ARTICLE]);
  const recording: Db = {
    config: db.config,
    driver: {
      session: (config: Parameters<Db['driver']['session']>[0]) => {
        const session = db.driver.session(config);
        return Object.assign(Object.create(session), {
          executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: Parameters<Session['executeWrite']>[1]) =>
            session.executeWrite(
              (tx) =>
                work({
                  run: (cypher: string, params: Record<string, unknown>) => {
                    seen.push({ cypher, params });
                    return tx.run(cypher, params);
                  },
                } as unknown as ManagedTransaction),
              txConfig,
            ),
          close: () => session.close(),
        });
      },
    } as unknown as Db['driver'],
  };
  await loadDocument(recording, doc);
  return seen;
}

describe('loader plans', () => {
  it('seek ids through indexes, without scans, cartesian products or Eager', async () => {
    const statements = await loaderStatements();
    expect(statements.length).toBeGreaterThan(5);
    const distinct = new Map(statements.map((s) => [s.cypher, s.params]));
    // The Expand(Into) check below is conditional: make sure it meets at least one relationship MERGE.
    expect([...distinct.keys()].filter((cypher) => /MERGE \(a\)-\[r:/.test(cypher)).length).toBeGreaterThan(0);
    for (const [cypher, params] of distinct) {
      const ops = await explain(cypher, params);
      const where = cypher.trim().split('\n').slice(0, 4).join(' / ');
      // Retraction deletes (reload only, bounded by one article) plan an Eager before DELETE; writes never may.
      const deletes = /\bDELETE\b/.test(cypher);
      expect(ops.filter((o) => SCANS.has(o) || (o === 'Eager' && !deletes)), where).toEqual([]);
      // A relationship MERGE must expand between its two bound endpoints (from the sparser one),
      // or every row would walk a country's thousands of relationships.
      if (/MERGE \(a\)-\[r:/.test(cypher)) expect(ops, where).toContain('Expand(Into)');
    }
    // The reload just ran those statements for real: the article is still whole.
    const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      const r = await session.run('MATCH (:Article)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s) AS n');
      expect(Number(r.records[0].get('n'))).toBeGreaterThan(30);
    } finally {
      await session.close();
    }
  });
});

/** The registered read queries: the schema and the loader's statements (load/*, planned above) aside. */
type ReadQuery = Exclude<QueryName, 'schema' | `load/${string}`>;

describe('read query plans', () => {
  // Realistic parameters for every registered read query (lib/neo4j/queries.ts); a new query must be added here.
  const int = (n: number) => neo4j.int(n);
  const KP_TROOPS = 'transfer:country:KP>country:RU:troops';
  const params: Record<ReadQuery, Record<string, unknown>> = {
    'articles/existing': { ids: ['country:KP', 'country:RU', 'person:nobody'] },
    'articles/exists': { articleId: '0123456789abcdef' },
    'articles/list': { limit: int(500) },
    'console/fetch-nodes': { ids: [] as string[] },
    'console/schema': {},
    'explore/counts': {},
    'explore/overview-nodes': { limit: int(2000) },
    'explore/edges-among': { ids: ['country:KP', 'country:RU', 'country:UA'], limit: int(500) },
    'explore/evidence': { sentenceIds: [] as string[] },
    'explore/fact-mentions': { id: KP_TROOPS, limit: int(200) },
    'explore/fact-stances': { id: KP_TROOPS },
    'explore/exists': { ids: ['country:KP', 'country:UA'] },
    'explore/expand': { id: 'country:RU', limit: int(25) },
    'explore/mentioned-in': { id: 'country:KP', limit: int(200) },
    'explore/node': { id: 'country:KP' },
    'explore/path': { from: 'country:KP', to: 'country:UA', limit: int(10) },
    'explore/search': { lucene: luceneQuery('coree'), key: 'coree', limit: int(10), actors: [], kinds: [], actorScore: 900 },
    'map/articles': { ids: ['0123456789abcdef'] },
    'map/focus-node': { id: 'country:RU' },
    'map/neighbours': { frontier: ['country:RU'], seen: ['country:RU'], limit: int(300) },
    'map/nodes-by-id': { ids: ['country:KP', 'country:RU'] },
  };
  // These do not start from an id: the overview ranks every entity (a label scan is the plan), the totals
  // read the count store, the articles page lists every article, the console's schema reads the token store.
  const WHOLE_GRAPH = new Set<QueryName>(['explore/overview-nodes', 'explore/counts', 'articles/list', 'console/schema']);
  const reads = QUERY_NAMES.filter((name): name is ReadQuery => name !== 'schema' && !name.startsWith('load/'));

  /** Ids of a few stored nodes: `Sentence` ids by property, or element ids of entities. */
  async function someIds(cypher: string): Promise<string[]> {
    const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(cypher)).records.map((x) => x.get('id') as string);
    } finally {
      await session.close();
    }
  }

  it('has parameters for every registered read query', () => {
    expect(reads.filter((f) => !(f in params))).toEqual([]);
  });

  it.each(reads.filter((f) => !WHOLE_GRAPH.has(f)))('%s seeks its ids through an index, without scans or cartesian products', async (name) => {
    const p = { ...params[name] };
    if (name === 'explore/evidence') p.sentenceIds = await someIds('MATCH (s:Sentence) RETURN s.id AS id ORDER BY s.id LIMIT 20');
    if (name === 'console/fetch-nodes') p.ids = await someIds('MATCH (n:Country) RETURN elementId(n) AS id LIMIT 5');
    const ops = await explain(queryText(name), p);
    expect(ops.filter((o) => SCANS.has(o)), name).toEqual([]);
    expect(ops.some((o) => /IndexSeek|ByElementIdSeek|ProcedureCall/.test(o)), `${name}: ${ops.join(', ')}`).toBe(true);
  });

  it('ranks the overview by degree without expanding every relationship', async () => {
    const ops = await explain(queryText('explore/overview-nodes'), params['explore/overview-nodes']);
    expect(ops).not.toContain('AllNodesScan');
    expect(ops).not.toContain('CartesianProduct');
    expect(ops).not.toContain('Expand(All)');
  });
});
