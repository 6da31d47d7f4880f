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
