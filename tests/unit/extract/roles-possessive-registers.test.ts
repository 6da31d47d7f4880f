import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (live blog, dispatch, wire brief, interview) on health, aid, space and sport:
// a possessive title ("son directeur", "sa présidente") opening a sentence with no actor of its own points to the body or
// state the sentence before ended on as its speaker, never to one under a preposition there.

/** HOLDS_ROLE as "person>holder". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}`).sort();

describe('a possessive title after a sentence whose speaker comes last', () => {
  it('live blog: the body that confirmed, named after its verb, heads the next line', () => {
    expect(roles('08h20 — Il s’agit bien d’une épidémie, confirme l’Organisation mondiale de la santé (OMS). Son directeur général, Tedros Adhanom Ghebreyesus, appelle au calme.')).toEqual(['person:tedros-adhanom-ghebreyesus>org:who']);
  });

  it('dispatch: the committee that reported, after "a indiqué jeudi"', () => {
    expect(roles('Le bilan a été revu à la hausse, a indiqué jeudi le Comité international de la Croix-Rouge. Sa présidente, Mirjana Spoljaric, a appelé à une trêve.')).toEqual(['person:mirjana-spoljaric>org:icrc']);
  });

  it('wire brief: a state under a preposition in the sentence before is no antecedent', () => {
    expect(roles('Les obus ont été livrés à l’Ukraine en mars. Son directeur, Jan Novak, a démenti toute livraison.')).toEqual([]);
  });
});

// Made-up sentences in several registers (dispatch, wire brief, analysis) on mining, health and shipping: a title "de"
// a kind noun and a nationality word ("du groupe français", "de l'institut sénégalais") names again a body already named
// whose name or kind holds the noun, not the state the adjective names.
describe('a title of a body named again by its kind and a nationality word', () => {
  it('dispatch: "le directeur du groupe français" after "le groupe Orano"', () => {
    expect(roles('Le groupe Orano exploite des mines au Niger. Le directeur du groupe français, Nicolas Maes, a démenti.')).toEqual(['person:nicolas-maes>org:orano']);
  });

  it('wire brief: "le directeur de l\'institut sénégalais" after the institute\'s name', () => {
    expect(roles('L’Institut Pasteur de Dakar produira le vaccin au Sénégal. Le directeur de l’institut sénégalais, Amadou Sall, a signé.')).toEqual(['person:amadou-sall>org:institut-pasteur-de-dakar']);
  });

  it('analysis: a body of another kind named before is not the one the noun names', () => {
    expect(roles('La société Kivu Gold exploite trois mines. Le directeur de l’institut congolais, Jean Mulamba, a démenti.')).not.toContain('person:jean-mulamba>org:kivu-gold');
  });
});
