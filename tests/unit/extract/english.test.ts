import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { buildLanguage, languageFiles } from '@/lib/extract/syntax/language';
import { guessLanguage } from '@/lib/ingest/language';
import type { GraphDocument, PropertyValue } from '@/lib/graph/schema';

const dir = path.resolve(import.meta.dirname, '../../fixtures/english');
const articles = readdirSync(dir).filter((f) => f.endsWith('.en.txt')).sort();

interface Expected {
  entities: string[];
  transfers: Array<{ from: string; to: string; kind: string; quantity: number; status: string; qualifier?: string; date?: string }>;
  stances: Array<{ speaker: string; stance: string; about: string }>;
}

/** Each transfer of a document as "giver>receiver" with its largest mention (the figure an analyst reads). */
function flows(doc: GraphDocument): Array<{ pair: string; id: string } & Record<string, PropertyValue>> {
  const rels = doc.relationships;
  return doc.nodes
    .filter((n) => n.label === 'Transfer')
    .map((t) => ({
      pair: `${rels.filter((r) => r.type === 'SENT' && r.target === t.id).map((r) => r.source).join('+')}>${rels.filter((r) => r.type === 'TO' && r.source === t.id).map((r) => r.target).join('+')}`,
      id: t.id,
      ...t.properties,
    }));
}

/** Speaker, stance and the transfer pair each stance is about. */
function stances(doc: GraphDocument) {
  const pairOf = new Map(flows(doc).map((f) => [f.id, f.pair]));
  const about = (claim: string) => doc.relationships.filter((r) => r.type === 'ABOUT' && r.source === claim).map((r) => pairOf.get(r.target));
  return doc.relationships
    .filter((r) => ['ASSERTS', 'DENIES', 'CANNOT_CONFIRM'].includes(r.type))
    .flatMap((r) => about(r.target).map((pair) => ({ speaker: r.source, stance: r.type, about: pair })));
}

const read = (file: string) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  return { text, expected };
};

describe('English articles (data/lang/en)', () => {
  it('are detected as English and read with the English rules', () => {
    for (const file of articles) {
      const { text } = read(file);
      expect(guessLanguage(text), file).toBe('en');
      expect(extractDocument(text, { language: 'en' }).article.language).toBe('en');
    }
  });

  it.each(articles)('%s: the entities and transfers of its expected file', (file) => {
    const { text, expected } = read(file);
    const doc = extractDocument(text, { language: 'en' });
    const ids = doc.nodes.map((n) => n.id);
    for (const e of expected.entities) expect(ids, e).toContain(e);
    const found = flows(doc);
    for (const t of expected.transfers) {
      const same = found.filter((f) => f.pair === `${t.from}>${t.to}` && f.kind === t.kind);
      expect(same.length, `${t.from}>${t.to} ${t.kind}`).toBeGreaterThan(0);
      const figure = same.find((f) => f.quantity === t.quantity);
      expect(figure, `${t.from}>${t.to} ${t.quantity}`).toMatchObject({ status: t.status, ...(t.qualifier ? { qualifier: t.qualifier } : {}), ...(t.date ? { date: t.date } : {}) });
    }
    // No transfer the expected file does not list (same pair and kind may be mentioned twice).
    for (const f of found) expect(expected.transfers.some((t) => f.pair === `${t.from}>${t.to}` && f.kind === t.kind), `unexpected ${f.pair} ${String(f.kind)}`).toBe(true);
  });

  it.each(articles)('%s: the stances of its expected file ("said", "denied", "could not confirm")', (file) => {
    const { text, expected } = read(file);
    const got = stances(extractDocument(text, { language: 'en' }));
    for (const s of expected.stances) expect(got).toContainEqual(s);
    // No stance the expected file does not list: a speaker inside the statement ("Russia sent ..., X said") is no speaker.
    for (const g of got) expect(expected.stances, JSON.stringify(g)).toContainEqual(g);
  });

  it('leaves a French article as it was', () => {
    const text = 'La Finlande a livré quarante chars à la Lettonie.';
    expect(flows(extractDocument(text, { language: 'fr' })).map((f) => f.pair)).toEqual(['country:FI>country:LV']);
    expect(flows(extractDocument(text, { language: 'en' }))).toEqual([]);
  });
});

describe('English sentence shapes', () => {
  const read = (text: string) => {
    const doc = extractDocument(text, { language: 'en', publishedAt: '2024-06-01' });
    return flows(doc).map((f) => `${f.pair}:${String(f.kind)}:${String(f.quantity)}${f.quantityMax ? `-${String(f.quantityMax)}` : ''}:${String(f.status)}`);
  };

  it('reads the sender of a passive after "by", numbers in words and ranges', () => {
    expect(read('Forty drones were delivered to Russia by Iran in May.')).toEqual(['country:IR>country:RU:weapons:40:asserted']);
    expect(read('Japan sold two hundred and fifty rifles to Vietnam.')).toEqual(['country:JP>country:VN:weapons:250:asserted']);
    expect(read('Canada delivered between 2,000 and 3,000 shells to Ukraine.')).toEqual(['country:CA>country:UA:artillery_shells:2000-3000:asserted']);
    expect(read('Thousands of North Korean troops were deployed to Russia.')).toEqual(['country:KP>country:RU:troops:1000:asserted']);
  });

  it('reads purchases, reports, pronouns and negation', () => {
    expect(read('The Netherlands bought 40 fighter jets from the United States.')).toEqual(['country:US>country:NL:weapons:40:asserted']);
    expect(read('Iran reportedly supplied ballistic missiles to Russia.')).toEqual(['country:IR>country:RU:missiles:null:alleged']);
    expect(read('Norway supports Finland. It also gave 300 missiles to Estonia.')).toEqual(['country:NO>country:EE:missiles:300:asserted']);
    expect(read('Germany did not send any tanks to Ukraine.')).toEqual([]);
    expect(read('Iran denied sending drones to Russia.')).toEqual(['country:IR>country:RU:weapons:null:denied']);
  });
});

describe('a new English transfer verb is one line of data', () => {
  it('makes a sentence with that verb yield a transfer', () => {
    const text = 'Germany airlifted 50 tonnes of medicine to Moldova.';
    expect(flows(extractDocument(text, { language: 'en' }))).toEqual([]);
    const en = languageFiles('en');
    const rules = buildLanguage('en', { ...en, frames: { ...en.frames, frames: [...en.frames.frames, { lemma: 'airlift', role: 'give', class: 'en' }] } });
    const [t] = flows(extractDocument(text, { language: 'en', rules }));
    expect(t).toMatchObject({ pair: 'country:DE>country:MD', kind: 'aid', quantity: 50 });
  });
});
