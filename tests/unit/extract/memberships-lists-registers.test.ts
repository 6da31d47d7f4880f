import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, explainer, interview answer, sports live blog) on
// space, oil, trade blocs, rivers and football: a body that counts its members then lists some ("qui réunit dix
// États, dont X et Y"), a body member of a body ("dont Aramco est membre") with the co-members after "aux côtés de",
// and a member named again by the common noun and adjective of its name ("la fédération norvégienne").

describe('a body counted by its members, then some of them listed', () => {
  it('explainer: "l\'Asean, l\'organisation qui réunit dix États, dont le Laos et le Vietnam"', () => {
    expect(membersOf("Il a présidé l'Asean, l'organisation qui réunit dix États, dont le Laos et le Vietnam.")).toEqual(['Laos>ASEAN', 'Viêt Nam>ASEAN']);
  });

  it('wire brief: "L\'Opep compte douze pays, dont l\'Algérie"', () => {
    expect(membersOf("L'Opep compte douze pays, dont l'Algérie et le Nigeria, et pèse un tiers de la production.")).toEqual(['Algérie>OPEP', 'Nigéria>OPEP']);
  });

  it('dispatch: "la Cédéao, qui rassemble quinze États ouest-africains, dont le Ghana"', () => {
    expect(membersOf('Le sommet de la Cédéao, qui rassemble quinze États ouest-africains, dont le Ghana, a levé les sanctions.')).toEqual(['Ghana>Cédéao']);
  });

  it('analysis: a count of partners or clients lists no members', () => {
    expect(membersOf("L'Opep compte de nombreux clients, dont l'Inde et la Chine.")).toEqual([]);
  });
});

describe('a body member of a body, and the co-members after "aux côtés de"', () => {
  it('dispatch: "l\'Opep, dont Aramco est membre aux côtés de l\'émirien Adnoc et du koweïtien KPC"', () => {
    expect(membersOf("Le plafond a été fixé par l'Opep, dont Aramco est membre aux côtés de l'émirien Adnoc et du koweïtien KPC.")).toEqual([
      'ADNOC>OPEP',
      'KPC>OPEP',
      'Saudi Aramco>OPEP',
    ]);
  });

  it('wire brief: "dont la Norvège est membre aux côtés de la Suède et du Danemark"', () => {
    expect(membersOf("Le contrat a été signé au nom de l'Otan, dont la Norvège est membre aux côtés de la Suède et du Danemark.")).toEqual([
      'Danemark>OTAN',
      'Norvège>OTAN',
      'Suède>OTAN',
    ]);
  });

  it('interview answer: "La Pologne est membre de l\'Otan aux côtés de la Lituanie"', () => {
    expect(membersOf("« La Pologne est membre de l'Otan aux côtés de la Lituanie, et nous le rappelons. »")).toEqual(['Lituanie>OTAN', 'Pologne>OTAN']);
  });
});

describe('a member named again by the common noun and adjective of its name', () => {
  it('live blog: "La fédération norvégienne, membre de l\'UEFA"', () => {
    expect(membersOf("14 h 02 - La Fédération norvégienne de football vote contre. 14 h 10 - La fédération norvégienne, membre de l'UEFA, reste isolée.")).toEqual([
      'Fédération norvégienne de football>UEFA',
    ]);
  });

  it('dispatch: "la banque centrale, membre de la BRI"', () => {
    expect(membersOf("La Banque centrale européenne a relevé ses taux. La banque centrale, membre de la BRI, a justifié sa décision.")).toEqual([
      'Banque centrale européenne>BRI',
    ]);
  });
});
