// The consolidated fact layer (DESIGN.md §4b) against a real Neo4j: the same flow named by two articles is
// one fact with both figures and both sources; reloading changes nothing; retracting an article recomputes
// the summary and removes what nothing supports any more; stances land on facts; TO never names a place.
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '@/lib/graph/schema';
import { readRows, type Db } from '@/lib/neo4j/driver';
import { loadDocument, retractArticle } from '@/lib/neo4j/load';
import { ensureSchema } from '@/lib/neo4j/schema';
import { factDetail, overview } from '@/lib/neo4j/explore';
import { loadArticleFiles, prepareArticles } from '@/lib/ingest/load-articles';
import { articlePaths, resetDb, SAMPLE_ARTICLE, snapshot, testDb } from '../helpers/db';

const TREATY_ARTICLE = path.resolve('data', 'articles', 'traite-coree-nord-russie.fr.txt');
const TROOPS = 'transfer:country:KP>country:RU:troops';

interface FactRow {
  sources: number;
  mentions: number;
  quantityMin: number | null;
  quantityMax: number | null;
  latestQuantity: number | null;
  status: string;
  articles: string[];
}

let db: Db;
let sample: GraphDocument;
let treaty: GraphDocument;

async function fact(id: string): Promise<FactRow | undefined> {
  const [row] = await readRows<FactRow>(
    db,
    `MATCH (f:Fact {id: $id}) RETURN f.sources AS sources, f.mentions AS mentions, f.quantityMin AS quantityMin,
       f.quantityMax AS quantityMax, f.latestQuantity AS latestQuantity, f.status AS status, f.articles AS articles`,
    { id },
  );
  return row;
}

async function figures(id: string): Promise<number[]> {
  const rows = await readRows<{ q: number }>(db, 'MATCH (:Sentence)-[m:MENTIONS]->(:Fact {id: $id}) WHERE m.quantity IS NOT NULL RETURN m.quantity AS q ORDER BY q', { id });
  return rows.map((r) => r.q);
}

beforeAll(async () => {
  db = testDb();
  [{ doc: sample }, { doc: treaty }] = await prepareArticles([SAMPLE_ARTICLE, TREATY_ARTICLE]);
});
afterAll(async () => {
  await db?.driver.close();
});

describe('consolidation across articles', () => {
  beforeEach(async () => {
    await resetDb(db);
    await ensureSchema(db);
  });

  it('makes the troops two articles name one fact with both sources and every figure', async () => {
    await loadDocument(db, sample);
    const alone = await fact(TROOPS);
    expect(alone?.sources).toBe(1);
    await loadDocument(db, treaty);
    const both = await fact(TROOPS);
    expect(both?.sources).toBe(2);
    expect(both?.articles.sort()).toEqual([sample.article.id, treaty.article.id].sort());
    // 1 000 ("des milliers"), 10 000 and 3 000 from the sample; 11 000 from the treaty article.
    expect(await figures(TROOPS)).toEqual(expect.arrayContaining([3000, 10000, 11000]));
    expect(both?.quantityMax).toBe(11000);
    expect(both?.quantityMin).toBeLessThanOrEqual(3000);
    const [{ n }] = await readRows<{ n: number }>(
      db,
      `MATCH (:Country {id: 'country:KP'})-[:SENT]->(t:Transfer {kind: 'troops'})-[:TO]->(:Country {id: 'country:RU'}) RETURN count(t) AS n`,
    );
    expect(n).toBe(1);
  });

  it('changes nothing when an article is loaded again', async () => {
    await loadDocument(db, sample);
    await loadDocument(db, treaty);
    const before = await snapshot(db);
    const summary = await fact(TROOPS);
    await loadDocument(db, treaty);
    await loadDocument(db, sample);
    expect(await snapshot(db)).toEqual(before);
    expect(await fact(TROOPS)).toEqual(summary);
  });

  it('recomputes the summary when an article is retracted, and deletes facts no mention supports', async () => {
    await loadDocument(db, sample);
    const sampleOnly = await snapshot(db);
    await loadDocument(db, treaty);
    expect((await fact(TROOPS))?.quantityMax).toBe(11000);

    expect(await retractArticle(db, treaty.article.id)).toBe(true);
    const after = await fact(TROOPS);
    expect(after?.sources).toBe(1);
    expect(after?.quantityMax).toBe(10000);
    expect(await figures(TROOPS)).not.toContain(11000);
    // Nothing of the treaty article is left: the graph is the sample's again, node for node.
    expect(await snapshot(db)).toEqual(sampleOnly);
    const [{ stale }] = await readRows<{ stale: number }>(
      db,
      'MATCH ()-[r]->() WHERE $a IN coalesce(r.articles, []) OR any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $a) RETURN count(r) AS stale',
      { a: treaty.article.id },
    );
    expect(stale).toBe(0);

    expect(await retractArticle(db, sample.article.id)).toBe(true);
    expect(await fact(TROOPS)).toBeUndefined();
    const [{ left }] = await readRows<{ left: number }>(db, 'MATCH (n) RETURN count(n) AS left');
    expect(left).toBe(0);
    expect(await retractArticle(db, sample.article.id)).toBe(false);
  });
});

/** A hand-made one-article document: Russia denies a claim; a second denial is about no extracted fact. */
function stanceDoc(): GraphDocument {
  const a = 'fa17fa17fa17fa17';
  const s = (i: number, text: string) => ({ id: `${a}:s${i}`, index: i, text, start: i * 200, end: i * 200 + text.length, boilerplate: false });
  const sentences = [
    s(0, 'Kiev affirme que la Corée du Nord a envoyé 12 000 soldats à la Russie, près de Koursk.'),
    s(1, 'Le Kremlin a rejeté cette affirmation.'),
    s(2, 'Moscou a démenti toute discussion avec Pyongyang.'),
  ];
  const m = (sentence: number, text: string) => {
    const start = sentences[sentence].text.indexOf(text);
    return [{ sentence: sentences[sentence].id, start, end: start + text.length, text }];
  };
  const node = (id: string, label: GraphDocument['nodes'][number]['label'], name: string, properties: Record<string, string | number | null>, mentions: ReturnType<typeof m>) => ({
    id,
    label,
    name,
    aliases: [],
    properties,
    mentions,
  });
  const rel = (i: number, type: GraphDocument['relationships'][number]['type'], source: string, target: string, sentence: number) => ({
    id: `${a}:r${i}`,
    type,
    source,
    target,
    properties: {},
    evidence: [sentences[sentence].id],
  });
  return {
    version: 1,
    article: { id: a, title: 'Test', language: 'fr', source: 'stances.txt', publishedAt: '2024-12-05' },
    sentences,
    nodes: [
      node('country:UA', 'Country', 'Ukraine', { iso2: 'UA' }, m(0, 'Kiev')),
      node('country:KP', 'Country', 'Corée du Nord', { iso2: 'KP' }, m(0, 'Corée du Nord')),
      node('country:RU', 'Country', 'Russie', { iso2: 'RU' }, m(0, 'Russie')),
      node('org:kremlin', 'Organization', 'Kremlin', { kind: 'government' }, m(1, 'Kremlin')),
      node('loc:koursk', 'Location', 'Koursk', {}, m(0, 'Koursk')),
      node(`transfer:${a}:1`, 'Transfer', '12 000 soldats', { kind: 'troops', quantity: 12000, qualifier: 'exact', unit: 'soldats', status: 'asserted', date: '2024-12' }, m(0, '12 000 soldats')),
      node(`claim:${a}:1`, 'Claim', 'la Corée du Nord a envoyé…', { text: 'la Corée du Nord a envoyé 12 000 soldats à la Russie', stance: 'ASSERTS' }, m(0, 'la Corée du Nord a envoyé')),
      node(`claim:${a}:2`, 'Claim', 'cette affirmation', { text: 'cette affirmation', stance: 'DENIES' }, m(1, 'cette affirmation')),
      node(`claim:${a}:3`, 'Claim', 'toute discussion avec Pyongyang', { text: 'toute discussion avec Pyongyang', stance: 'DENIES' }, m(2, 'toute discussion avec Pyongyang')),
    ],
    relationships: [
      rel(0, 'SENT', 'country:KP', `transfer:${a}:1`, 0),
      rel(1, 'TO', `transfer:${a}:1`, 'country:RU', 0),
      rel(2, 'TO', `transfer:${a}:1`, 'loc:koursk', 0),
      rel(3, 'ASSERTS', 'country:UA', `claim:${a}:1`, 0),
      rel(4, 'ABOUT', `claim:${a}:1`, `transfer:${a}:1`, 0),
      rel(5, 'DENIES', 'org:kremlin', `claim:${a}:2`, 1),
      rel(6, 'ABOUT', `claim:${a}:2`, `claim:${a}:1`, 1),
      rel(7, 'DENIES', 'country:RU', `claim:${a}:3`, 2),
    ],
  };
}

describe('stances and places', () => {
  beforeAll(async () => {
    await resetDb(db);
    await ensureSchema(db);
    await loadDocument(db, stanceDoc());
  });

  it('puts assertions and denials on the fact, following "cette affirmation" to the claim it names', async () => {
    const rows = await readRows<{ who: string; type: string; quote: string }>(
      db,
      `MATCH (s:Entity)-[r:ASSERTS|DENIES|CANNOT_CONFIRM]->(:Fact {id: $id}) RETURN s.id AS who, type(r) AS type, r.quote AS quote ORDER BY who`,
      { id: TROOPS },
    );
    expect(rows.map((r) => [r.who, r.type])).toEqual([
      ['country:UA', 'ASSERTS'],
      ['org:kremlin', 'DENIES'],
    ]);
    expect(rows[1].quote).toBe('cette affirmation');
    const f = await fact(TROOPS);
    expect(f?.status).toBe('disputed');
    expect(f?.latestQuantity).toBe(12000);
  });

  it('keeps a Claim node only for the denial that names no fact, and leaves it out of the overview', async () => {
    const claims = await readRows<{ text: string; who: string }>(db, 'MATCH (w)-[:DENIES]->(c:Claim) RETURN c.text AS text, w.id AS who');
    expect(claims).toEqual([{ text: 'toute discussion avec Pyongyang', who: 'country:RU' }]);
    const view = await overview(db);
    expect(view.nodes.some((n) => n.label === 'Claim')).toBe(false);
    expect(view.nodes.some((n) => n.id === TROOPS)).toBe(true);
  });

  it('gives the fact card its figures with their sources, its stances with quotes, and the sentences', async () => {
    const card = await factDetail(db, TROOPS);
    expect(card?.fact.properties.display).toBe('troupes · 12 000 (déc. 2024) · 1 source · démenti : Kremlin');
    expect(card?.mentions.map((m) => [m.quantity, m.articleSource])).toEqual([[12000, 'stances.txt']]);
    expect(card?.stances.map((s) => [s.type, s.speaker.name])).toEqual([
      ['ASSERTS', 'Ukraine'],
      ['DENIES', 'Kremlin'],
    ]);
    expect(card?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['Le Kremlin a rejeté cette affirmation.']));
    expect(await factDetail(db, 'transfer:nothing')).toBeNull();
  });

  it('never points TO at a place: Koursk becomes the destination', async () => {
    const rows = await readRows<{ type: string; target: string }>(db, 'MATCH (:Fact {id: $id})-[r]->(p) RETURN type(r) AS type, p.id AS target ORDER BY type', { id: TROOPS });
    expect(rows).toEqual([
      { type: 'DESTINATION', target: 'loc:koursk' },
      { type: 'TO', target: 'country:RU' },
    ]);
  });
});

describe('the shipped articles', () => {
  beforeAll(async () => {
    await resetDb(db);
    await ensureSchema(db);
    await loadArticleFiles(db, articlePaths());
  }, 300_000);

  it('hold one troops fact from North Korea to Russia, asserted by Ukraine, with its figure range', async () => {
    const rows = await readRows<FactRow & { asserters: string[] }>(
      db,
      `MATCH (:Country {iso2: 'KP'})-[:SENT]->(t:Transfer {kind: 'troops'})-[:TO]->(:Country {iso2: 'RU'})
       RETURN t.sources AS sources, t.quantityMin AS quantityMin, t.quantityMax AS quantityMax, t.latestQuantity AS latestQuantity,
              [(s)-[:ASSERTS]->(t) | s.id] AS asserters`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].sources).toBeGreaterThanOrEqual(2);
    expect(rows[0].quantityMax).toBe(11000);
    expect(rows[0].latestQuantity).not.toBeNull();
    expect(rows[0].asserters.some((id) => id === 'person:volodymyr-zelensky' || id === 'country:UA')).toBe(true);
  });

  // Three shipped articles report these troops; the Kremlin's "cette affirmation" answers a claim about them.
  it('hold a Russian denial of the troops fact and at least three sources', async () => {
    const [row] = await readRows<{ sources: number; deniers: string[] }>(
      db,
      `MATCH (t:Fact {id: $id}) RETURN t.sources AS sources, [(s)-[:DENIES]->(t) | s.id] AS deniers`,
      { id: TROOPS },
    );
    expect(row.sources).toBeGreaterThanOrEqual(3);
    expect(row.deniers.some((id) => id === 'country:RU' || id === 'org:kremlin')).toBe(true);
  });

  it('hold no troops sent from North Korea to Ukraine, and never a place behind TO', async () => {
    const [row] = await readRows<{ toUkraine: number; toPlace: number }>(
      db,
      `CALL () { MATCH (:Country {iso2: 'KP'})-[:SENT]->(:Transfer {kind: 'troops'})-[:TO]->(:Country {iso2: 'UA'}) RETURN count(*) AS toUkraine }
       CALL () { MATCH (:Transfer)-[:TO]->(:Location) RETURN count(*) AS toPlace }
       RETURN toUkraine, toPlace`,
    );
    expect(row).toEqual({ toUkraine: 0, toPlace: 0 });
  });

  // An agreement whose parties the text never names stays its own fact (two partyless "partenariat
  // stratégique" of different articles are different partnerships), so only agreements with parties count.
  it('hold no two agreements with the same name and the same parties', async () => {
    const dup = await readRows<{ name: string; n: number }>(
      db,
      `MATCH (g:Agreement)
       WITH g.name AS name, COLLECT { MATCH (p)-[:PARTY_TO]->(g) RETURN p.id ORDER BY p.id } AS parties, count(*) AS n
       WITH name, parties, sum(n) AS n WHERE n > 1 AND size(parties) > 0
       RETURN name, n`,
    );
    expect(dup).toEqual([]);
  });
});
