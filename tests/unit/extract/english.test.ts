import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { analyse } from '@/lib/extract/syntax/analyse';
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

  it('reads a negated confirmation as the English data words it: the speaker cannot confirm the fact before', () => {
    const doc = extractDocument('Iran delivered drones to Russia, according to Ukraine. The Pentagon has not confirmed the delivery.', { language: 'en' });
    expect(stances(doc).filter((s) => s.stance === 'CANNOT_CONFIRM')).toEqual([{ speaker: 'org:pentagon', stance: 'CANNOT_CONFIRM', about: 'country:IR>country:RU' }]);
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
    // an order of magnitude ("thousands of") is no count to state
    expect(read('Thousands of North Korean troops were deployed to Russia.')).toEqual(['country:KP>country:RU:troops:null:asserted']);
  });

  it('reads purchases, reports, pronouns and negation', () => {
    expect(read('The Netherlands bought 40 fighter jets from the United States.')).toEqual(['country:US>country:NL:weapons:40:asserted']);
    expect(read('Iran reportedly supplied ballistic missiles to Russia.')).toEqual(['country:IR>country:RU:missiles:null:alleged']);
    expect(read('Norway supports Finland. It also gave 300 missiles to Estonia.')).toEqual(['country:NO>country:EE:missiles:300:asserted']);
    expect(read('Germany did not send any tanks to Ukraine.')).toEqual([]);
    expect(read('Iran denied sending drones to Russia.')).toEqual(['country:IR>country:RU:weapons:null:denied']);
  });

  it('reads a negative subject and the road not taken with the French rules, from English patterns', () => {
    // transfer.negativeSubject alone: English puts no "ne" in the verb group (transfer.negationInGroup matches any).
    expect(read('No tanks were sent to Ukraine by Germany.')).toEqual([]);
    expect(read('No country has sold missiles to Iran since March.')).toEqual([]);
    // transfer.roadNotTaken: "rather than", "instead of" as "plutôt que de", "au lieu de".
    expect(read('Berlin trained Ukrainian crews rather than send tanks to Ukraine.')).toEqual([]);
    expect(read('Tokyo financed field hospitals instead of shipping rifles to Ukraine.')).toEqual([]);
    // A negative word outside the subject's clause leaves the fact standing.
    expect(read('With no warning, Russia sent troops to Belarus.')).toEqual(['country:RU>country:BY:troops:null:asserted']);
  });

  it('reads goods a plural pronoun stands for in a passive, as French "Elles ont été livrées par" (transfer.goodsPronoun)', () => {
    expect(read('Mali bought 12 armoured vehicles last year. They were delivered by Turkey in June.')).toEqual(['country:TR>country:ML:weapons:12:asserted']);
  });

  it('skips an actor inside a relative clause before the verb, as French "X, qui dirige la junte depuis 2021," (subject.relativeBefore)', () => {
    expect(read('Wagner, whose fighters left Libya in May, sent troops to Mali.')).toEqual(['org:wagner>country:ML:troops:null:asserted']);
  });

  it('reads a future or a conditional under "if" as no fact (grammar.json tense and condition)', () => {
    const [future] = analyse('Russia will send tanks to Serbia.', 'en').verbs;
    expect(future).toMatchObject({ planned: true, future: true, hypothetical: false });
    expect(read('Russia will send tanks to Serbia.')).toEqual([]);
    expect(analyse('If Congress agrees, Washington would send tanks to Ukraine.', 'en').verbs[0]).toMatchObject({ hypothetical: true });
    expect(read('If Congress agrees, the United States would send tanks to Ukraine.')).toEqual([]);
    expect(read('The United States could send tanks to Ukraine if Congress agrees.')).toEqual([]);
    // "even if" concedes: the fact stands.
    expect(read('Even if Congress objects, the United States sent tanks to Ukraine.')).toEqual(['country:US>country:UA:weapons:null:asserted']);
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

/** The relationships of given types an English text yields, as "source TYPE target[ title]" (agreements by kind). */
function relations(text: string, ...types: string[]): string[] {
  const doc = extractDocument(text, { language: 'en' });
  const name = (id: string) => {
    const n = doc.nodes.find((x) => x.id === id);
    return n?.label === 'Agreement' ? `agreement(${String(n.properties.kind)})` : id;
  };
  return doc.relationships
    .filter((r) => types.includes(r.type))
    .map((r) => `${name(r.source)} ${r.type} ${name(r.target)}${r.properties.title ? ` ${String(r.properties.title)}` : ''}`)
    .sort();
}

describe('English roles, memberships and agreements (data/lang/en/relations.json and the role, membership and agreement patterns)', () => {
  it('reads a title with its state before it, in apposition, or from the state in focus', () => {
    expect(relations('U.S. Secretary of State Jane Roe arrived in Nairobi on Monday.', 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE country:US Secretary of State']);
    expect(relations("Kenya's foreign minister, John Doe, flew to Addis Ababa on Friday.", 'HOLDS_ROLE')).toEqual(['person:john-doe HOLDS_ROLE country:KE foreign minister']);
    expect(relations('The Chilean president, Ana Soto, met the press in Santiago.', 'HOLDS_ROLE')).toEqual(['person:ana-soto HOLDS_ROLE country:CL president']);
    // No state named in the sentence: the title is held in the state the previous sentence was about.
    expect(relations('Chile will buy four frigates from Spain. In Santiago, Ana Soto, the defence minister, said the first ship would arrive in May.', 'HOLDS_ROLE')).toEqual(['person:ana-soto HOLDS_ROLE country:CL defence minister']);
    expect(relations('NATO Secretary General Jane Roe visited Vilnius.', 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE org:nato Secretary General']);
    expect(relations("Kenya's defence minister since 2022, Jane Roe, approved the purchase.", 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE country:KE defence minister']);
    expect(relations('The Sahel Institute, founded by Amadou Diallo in 2015, published the report.', 'HOLDS_ROLE')).toEqual(['person:amadou-diallo HOLDS_ROLE org:sahel-institute founder']);
    expect(relations('Hamas, led by Yahya Sinwar, rejected the offer.', 'HOLDS_ROLE')).toEqual(['person:yahya-sinwar HOLDS_ROLE org:hamas leader']);
    expect(relations("The OSCE's secretary general, Jane Roe, called for talks.", 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE org:osce secretary general']);
    expect(relations('On Monday, Jane Roe, a former foreign minister of Chile, called for talks.', 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE country:CL foreign minister']);
    expect(relations("On Monday, Jane Roe, who was then Kenya's defence minister, approved the deal.", 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE country:KE defence minister']);
    expect(relations("Wang Yi, China's top diplomat, met his Russian counterpart.", 'HOLDS_ROLE')).toEqual(['person:wang-yi HOLDS_ROLE country:CN top diplomat']);
    expect(relations('Nicolás Maduro, who has ruled Venezuela since 2013, signed the decree.', 'HOLDS_ROLE')).toEqual(['person:nicolas-maduro HOLDS_ROLE country:VE leader']);
    // A whole title capitalised before the name is no part of the name; a state before it is its holder.
    expect(relations('Kenyan Foreign Minister Musalia Mudavadi said Nairobi would send police.', 'HOLDS_ROLE')).toEqual(['person:musalia-mudavadi HOLDS_ROLE country:KE Foreign Minister']);
    // A kind word then a passive: the name after "by" is a person, not a body of that kind.
    expect(relations('The group was founded by Ibrahim Sadiq in 2012.', 'HOLDS_ROLE')).toEqual([]);
    expect(extractDocument('The group was founded by Ibrahim Sadiq in 2012.', { language: 'en', publishedAt: null }).nodes.filter((n) => n.label === 'Person' || n.label === 'Organization').map((n) => n.id)).toEqual(['person:ibrahim-sadiq']);
  });

  it('reads an employer after "at", a founder by the active verb, a price "in exchange for" gold', () => {
    expect(relations('"Prices are rising," said John Doe, an analyst at the Gulf Research Foundation.', 'HOLDS_ROLE')).toEqual(['person:john-doe HOLDS_ROLE org:gulf-research-foundation analyst']);
    expect(relations('John Doe, a senior analyst at Control Risks, said the deal was signed.', 'HOLDS_ROLE')).toEqual(['person:john-doe HOLDS_ROLE org:control-risks analyst']);
    expect(relations('Jane Roe founded the Sahel Institute in 2015.', 'HOLDS_ROLE')).toEqual(['person:jane-roe HOLDS_ROLE org:sahel-institute founder']);
    expect(relations('Iran sent drones to Russia in exchange for gold.', 'IN_EXCHANGE_FOR')).toHaveLength(1);
  });

  it('does not give a relative the title of the one they are related to', () => {
    expect(relations('The sister of the Chilean president, Maria Soto, was arrested in Lima.', 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads memberships: joined, a member of, member states including, within', () => {
    expect(relations('Finland joined NATO in 2023, ending decades of neutrality.', 'MEMBER_OF')).toEqual(['country:FI MEMBER_OF org:nato']);
    expect(relations('Nigeria, a member of OPEC, raised its output in June.', 'MEMBER_OF')).toEqual(['country:NG MEMBER_OF org:opec']);
    expect(relations('Sweden is now a full member of NATO.', 'MEMBER_OF')).toEqual(['country:SE MEMBER_OF org:nato']);
    expect(relations('Armenia, which joined the CSTO in 2002, skipped the summit.', 'MEMBER_OF')).toEqual(['country:AM MEMBER_OF org:csto']);
    expect(relations('Several member states of the European Union, including Hungary and Slovakia, opposed the plan.', 'MEMBER_OF')).toEqual(['country:HU MEMBER_OF org:eu', 'country:SK MEMBER_OF org:eu']);
    expect(relations('Lithuania is a member of NATO and of the European Union.', 'MEMBER_OF')).toEqual(['country:LT MEMBER_OF org:eu', 'country:LT MEMBER_OF org:nato']);
    // The body before the noun: "a NATO member", "one of the EU member states".
    expect(relations("Turkey, a NATO member, has blocked Sweden's accession.", 'MEMBER_OF')).toEqual(['country:TR MEMBER_OF org:nato']);
    expect(relations('Hungary is one of the EU member states opposed to the plan.', 'MEMBER_OF')).toEqual(['country:HU MEMBER_OF org:eu']);
    expect(relations('Vietnam became the 150th member of the WTO in 2007.', 'MEMBER_OF')).toEqual(['country:VN MEMBER_OF org:wto']);
  });

  it('does not read a bid to join as a membership', () => {
    expect(relations("Georgia's bid for membership of NATO stalled again.", 'MEMBER_OF')).toEqual([]);
    expect(relations('Sweden asked NATO members for support.', 'MEMBER_OF')).toEqual([]);
  });

  it('reads agreements, their parties and signatories', () => {
    expect(relations('Australia signed a defence pact with Papua New Guinea on Monday.', 'PARTY_TO')).toEqual(['country:AU PARTY_TO agreement(pact)', 'country:PG PARTY_TO agreement(pact)']);
    expect(relations('Indonesia and Malaysia signed a free-trade agreement in Jakarta on 3 March 2025.', 'PARTY_TO')).toEqual(['country:ID PARTY_TO agreement(accord)', 'country:MY PARTY_TO agreement(accord)']);
    expect(relations('Kenyan President Ana Soto and Ethiopian Prime Minister John Doe signed a security agreement in Nairobi.', 'SIGNED', 'PARTY_TO')).toEqual([
      'country:ET PARTY_TO agreement(accord)',
      'country:KE PARTY_TO agreement(accord)',
      'person:ana-soto SIGNED agreement(accord)',
      'person:john-doe SIGNED agreement(accord)',
    ]);
    expect(relations('The treaty was signed by Ana Soto and John Doe in Geneva.', 'SIGNED')).toEqual(['person:ana-soto SIGNED agreement(treaty)', 'person:john-doe SIGNED agreement(treaty)']);
    expect(relations('The Philippines and Japan signed a reciprocal access agreement in Manila.', 'PARTY_TO')).toEqual(['country:JP PARTY_TO agreement(accord)', 'country:PH PARTY_TO agreement(accord)']);
    expect(relations('The agreement was signed by Brazilian President Lula da Silva and his Argentine counterpart.', 'PARTY_TO')).toEqual(['country:AR PARTY_TO agreement(accord)', 'country:BR PARTY_TO agreement(accord)']);
    expect(relations('A ceasefire agreement between Armenia and Azerbaijan was announced on Tuesday.', 'PARTY_TO')).toEqual(['country:AM PARTY_TO agreement(accord)', 'country:AZ PARTY_TO agreement(accord)']);
    expect(relations('The European Union imposed a new package of sanctions on Iran.', 'PARTY_TO')).toEqual(['org:eu PARTY_TO agreement(sanctions)']);
    expect(relations('Venezuela vetoed the resolution on Monday.', 'VETOED')).toEqual(['country:VE VETOED agreement(resolution)']);
    expect(relations('The security pact binding the Solomon Islands to China worries Canberra.', 'PARTY_TO')).toEqual(['country:CN PARTY_TO agreement(pact)', 'country:SB PARTY_TO agreement(pact)']);
  });

  it('leaves sentences without an agreement without one', () => {
    expect(relations('Mexico and Peru held talks on migration in Lima.', 'PARTY_TO', 'SIGNED')).toEqual([]);
    // A broker is no party: "brokered" is a mediation verb (mediationVerbs), not a passive that names the parties.
    expect(relations('The peace agreement brokered by Qatar was welcomed in Kigali.', 'PARTY_TO')).toEqual([]);
  });
});
