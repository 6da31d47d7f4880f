import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/extract/syntax/analyse';
import { buildLanguage, languageFiles } from '@/lib/extract/syntax/language';
import { findQuantities } from '@/lib/extract/quantities';
import { read } from './helpers';

const flow = (text: string) =>
  read(text)
    .transfers()
    .map((t) => `${(t.from as string[]).join('+')}>${(t.to as string[]).join('+')}`);

describe('sentence analysis', () => {
  it('reads lemma, voice and pronouns of transfer verbs in any tense', () => {
    const [v] = analyse('Ces équipements ont été livrés par Israël.').verbs;
    expect(v).toMatchObject({ frame: { lemma: 'livrer' }, voice: 'passive', bare: false });
    const [w] = analyse('Elle leur aurait aussi livré des fusils.').verbs;
    expect(w).toMatchObject({ voice: 'active', dative: { text: 'leur' }, pronounSubject: { text: 'Elle' } });
    expect(analyse('des drones, cédés par la Turquie').verbs[0]).toMatchObject({ frame: { lemma: 'céder' }, voice: 'passive', bare: true });
    expect(analyse('La Russie enverrait des troupes.').verbs[0].frame.lemma).toBe('envoyer');
    // an inverted subject joined by a hyphen leaves the auxiliary an auxiliary: a question in the perfect is active
    expect(analyse('Les États-Unis ont-ils livré des bombes à Israël ?').verbs[0]).toMatchObject({ frame: { lemma: 'livrer' }, voice: 'active' });
    expect(analyse('La Russie livre-t-elle des armes au Mali ?').verbs[0]).toMatchObject({ frame: { lemma: 'livrer' }, form: 'finite' });
  });

  it('does not take nouns, fixed phrases or hypotheses for deliveries', () => {
    expect(analyse('La commande porte sur des chars, livrables à partir de 2026.').verbs).toEqual([]);
    expect(analyse('Si Berlin livrait des chars, Moscou riposterait.').verbs[0].hypothetical).toBe(true);
  });

  it('learns a new transfer verb from one line of frame data', () => {
    const text = 'Des vivres ont été parachutés par la Jordanie.';
    expect(analyse(text).verbs).toEqual([]);
    const fr = languageFiles('fr');
    const lang = buildLanguage('fr', { ...fr, frames: { ...fr.frames, frames: [...fr.frames.frames, { lemma: 'parachuter', role: 'give', class: 'er' }] } });
    expect(analyse(text, lang).verbs[0]).toMatchObject({ frame: { lemma: 'parachuter', role: 'give' }, voice: 'passive' });
  });

  it('conjugates by the class tables of frames.json, so a verb group is data too', () => {
    const fr = languageFiles('fr');
    const er = fr.frames.conjugation!.classes.er;
    // "-oyer" verbs take "ie" before a mute ending ("il envoie"): a stem variant is one spelling line.
    expect(buildLanguage('fr', fr).verbs.get('envoie')).toMatchObject({ frame: { lemma: 'envoyer' }, kind: 'finite' });
    const plain = { ...fr.frames.conjugation!, classes: { ...fr.frames.conjugation!.classes, er: { ...er, stems: [] } } };
    expect(buildLanguage('fr', { ...fr, frames: { ...fr.frames, conjugation: plain } }).verbs.has('envoie')).toBe(false);
    const broken = { ...fr.frames, frames: [{ lemma: 'parachuter', role: 'give' as const, class: 'ar' }] };
    expect(() => buildLanguage('fr', { ...fr, frames: broken })).toThrow(/conjugation class "ar"/);
  });

  it('names a shared list of slot markers once and expands it in every frame that refers to it', () => {
    const fr = languageFiles('fr');
    const saisir = buildLanguage('fr', fr).frames.find((f) => f.lemma === 'saisir')!;
    expect(saisir.giver).toEqual(fr.frames.sets!.cargoFrom);
    expect(saisir.receiver).toContain('destinées à');
    const broken = { ...fr.frames, frames: [{ lemma: 'parachuter', role: 'give' as const, class: 'er' as const, receiver: ['@nowhere'] }] };
    expect(() => buildLanguage('fr', { ...fr, frames: broken })).toThrow(/slot set "nowhere" is not defined/);
  });
});

describe('transfer frames', () => {
  it('takes the sender of a passive from "par" and leaves "par bateau" alone', () => {
    expect(flow('Quarante chars ont été livrés par la Finlande à la Lettonie.')).toEqual(['country:FI>country:LV']);
    expect(flow("Des obus, fournis par l'Espagne, ont été acheminés par bateau vers le Maroc.")).toEqual(['country:ES>country:MA']);
  });

  it('resolves a receiver given as "lui" or "leur" to the actor named before', () => {
    expect(flow("Le Chili cherche des fournisseurs. L'Italie lui a vendu douze hélicoptères.")).toEqual(['country:IT>country:CL']);
    const ts = read('La Bolivie traverse une crise. Le Pérou lui a fourni des vivres, puis le Brésil lui a envoyé des médicaments.').transfers();
    expect(ts.map((t) => `${t.unit}:${(t.from as string[])[0]}>${(t.to as string[])[0]}`)).toEqual(['vivres:country:PE>country:BO', 'médicaments:country:BR>country:BO']);
  });

  it('resolves a subject pronoun to the subject of the sentence before', () => {
    const [t] = read('La Norvège soutient la Finlande. Elle lui a cédé trois cents missiles.').transfers();
    expect(t).toMatchObject({ from: ['country:NO'], to: ['country:FI'], quantity: 300 });
  });

  it('reads numbers in words and ranges', () => {
    expect(read("L'Égypte a livré au Soudan trente-six canons.").transfers()[0]).toMatchObject({ quantity: 36 });
    expect(read("L'Égypte a livré au Soudan entre deux et trois mille fusils.").transfers()[0]).toMatchObject({ quantity: 2000, quantityMax: 3000, qualifier: 'range' });
    expect(findQuantities('un millier de fusils')[0]).toMatchObject({ value: 1000, qualifier: 'approx' });
    expect(findQuantities('quelque sept cent vingt-cinq mille tonnes')[0]).toMatchObject({ value: 725000, qualifier: 'approx' });
  });

  it('keeps the place of deployment apart from the receiver', () => {
    const ts = read('Le Tchad a envoyé 2 000 soldats au Cameroun. Ces soldats ont ensuite été déployés en Ouganda.').transfers();
    expect(ts.map((t) => t.to)).toEqual([['country:CM'], ['country:CM']]);
    expect(flow('Le Ghana a envoyé 500 soldats en Gambie.')).toEqual(['country:GH>country:GM']);
  });

  it('reads no transfer in traps: a negation, a withdrawal, a transit, a maker, a deployment at home', () => {
    expect(flow("Le Kenya n'a livré aucune arme à la Somalie.")).toEqual([]);
    expect(flow("Les troupes éthiopiennes se sont retirées de Somalie.")).toEqual([]);
    expect(flow("Les missiles ont transité par l'Égypte avant d'être livrés au Soudan par l'Iran.")).toEqual(['country:IR>country:SD']);
    expect(flow('Des drones fabriqués par la Chine ont été vendus par la Turquie au Maroc.')).toEqual(['country:TR>country:MA']);
    expect(flow("La Roumanie a déployé 3 000 soldats supplémentaires vers sa frontière orientale.")).toEqual([]);
  });

  it('reads an exchange after "contre des" and a subject after a relative "que"', () => {
    const r = read("La Serbie fournit du blé à l'Égypte contre des devises.");
    expect(r.transfers().map((t) => `${(t.from as string[])[0]}>${(t.to as string[])[0]}`)).toEqual(['country:RS>country:EG', 'country:EG>country:RS']);
    expect(r.edges('IN_EXCHANGE_FOR')).toHaveLength(1);
    expect(flow("Le Mali paie en or le carburant que lui livre l'Algérie.")).toContain('country:DZ>country:ML');
  });

  it('links a payment to the purchase it settles', () => {
    const r = read("Le Japon a vendu du gaz au Vietnam. Le Vietnam a réglé une partie de ses achats en yuans.");
    expect(r.transfers().map((t) => `${t.kind}:${(t.from as string[])[0]}>${(t.to as string[])[0]}`)).toEqual(['oil:country:JP>country:VN', 'funds:country:VN>country:JP']);
    expect(r.edges('IN_EXCHANGE_FOR')).toHaveLength(1);
  });
});
