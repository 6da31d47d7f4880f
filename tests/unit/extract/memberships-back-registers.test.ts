import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, interview answer, analysis, explainer) on South America,
// East Asia, the Gulf, the Baltic and African development banks: members named back by a pair noun in a relative, a body
// named back by a common noun of its name, "nous" in a quote or an interview, and a date between two coordinated bodies.

describe('members named back', () => {
  it('dispatch and wire brief: "forum dont les deux pays sont membres": the pair named before the body', () => {
    expect(membersOf("Le Brésil et l'Argentine ont signé un accord commercial. La négociation s'est tenue en marge du sommet du Mercosur, bloc dont les deux pays sont membres.")).toEqual([
      'Argentine>Mercosur',
      'Brésil>Mercosur',
    ]);
    expect(membersOf("La Corée du Sud et le Japon ont repris leurs échanges à l'OMC, dont les deux pays sont aussi membres.")).toEqual(['Corée du Sud>OMC', 'Japon>OMC']);
  });

  it('analysis and market brief: any pair noun of the agreements ("les deux alliés", "les deux producteurs") stands for the pair', () => {
    expect(membersOf("La Pologne et la Lituanie ont renforcé leur frontière commune. La décision a été prise lors du sommet de l'Otan, alliance dont les deux alliés sont membres.")).toEqual([
      'Lituanie>OTAN',
      'Pologne>OTAN',
    ]);
    expect(membersOf("L'Arabie saoudite et les Émirats ont relevé leur production. Le pétrole reste piloté par l'Opep, cartel dont les deux producteurs sont membres.")).toEqual([
      'Arabie Saoudite>OPEP',
      'Émirats arabes unis>OPEP',
    ]);
  });

  it('explainer: "membres fondateurs de la banque": the bank named in the sentence before', () => {
    expect(membersOf('La Banque africaine de développement a prêté 300 millions au Kenya. Le Nigeria et l’Égypte sont tous deux membres fondateurs de la banque.')).toEqual([
      'Nigéria>Banque africaine de développement',
      'Égypte>Banque africaine de développement',
    ]);
    expect(membersOf("Le Conseil de coopération du Golfe s'est réuni à Doha. Oman, membre du conseil depuis 1981, a boudé la réunion.")).toEqual(['Oman>Conseil de coopération du Golfe']);
  });

  it('interview answer: "nous sommes membres de" is the speaker’s state', () => {
    expect(membersOf("« Nous sommes membres de l'Union africaine depuis 1963 », a rappelé le ministre éthiopien des Affaires étrangères, Taye Atske Selassie.")).toEqual(['Éthiopie>Union africaine']);
  });

  it('analysis: a date after the first body does not part it from the second', () => {
    expect(membersOf("La Lettonie, membre de l'Otan depuis 2004 et de l'Union européenne depuis la même année, renforce sa frontière.")).toEqual(['Lettonie>OTAN', 'Lettonie>Union européenne']);
    expect(membersOf("Le Maroc, membre de l'Union africaine depuis 2017 et de la Ligue arabe, a voté pour.")).toEqual(['Maroc>Ligue arabe', 'Maroc>Union africaine']);
  });

  it('reads no member from a common noun no body of the article holds, nor from a place', () => {
    expect(membersOf('Le Kenya est membre fondateur de la banque.')).toEqual([]);
    expect(membersOf("L'Union africaine s'est réunie à Addis-Abeba. Le Ghana est membre de l'organisation depuis 1963.")).toEqual(['Ghana>Union africaine']);
  });
});

describe('the states that chair a body, or that it counts among its members, after the body', () => {
  it('wire brief and dispatch: "coprésidé par A et B", "présidé par A": states, never a person', () => {
    expect(membersOf("Le Conseil de coopération du Golfe, coprésidé par le Qatar et Oman, a condamné l'attaque.")).toEqual([
      'Oman>Conseil de coopération du Golfe',
      'Qatar>Conseil de coopération du Golfe',
    ]);
    expect(membersOf("Le Forum des îles du Pacifique, présidé par les Tonga, s'est réuni.")).toEqual(['Tonga>Forum des îles du Pacifique']);
    expect(membersOf('La Cédéao, présidée par Bola Tinubu, a suspendu le Niger.')).toEqual([]);
  });

  it('analysis: "qui compte parmi ses membres A et B"', () => {
    expect(membersOf("L'Agence internationale de l'énergie atomique, qui compte parmi ses membres l'Iran et Israël, a publié un rapport.")).toEqual(['Iran>AIEA', 'Israël>AIEA']);
  });
});

describe('a relative after the body whose subject is its member', () => {
  it('explainer and dispatch: "à laquelle A (et B) a adhéré", "qui compte A parmi ses membres"', () => {
    expect(membersOf("L'Otan, à laquelle la Finlande a adhéré en 2023, se réunit à Vilnius.")).toEqual(['Finlande>OTAN']);
    expect(membersOf("L'Otan, à laquelle la Finlande et la Suède ont finalement adhéré, se réunit.")).toEqual(['Finlande>OTAN', 'Suède>OTAN']);
    expect(membersOf("L'Union africaine, qui compte l'Égypte parmi ses membres, a réagi.")).toEqual(['Égypte>Union africaine']);
  });

  it('wire brief: "font tous deux partie de"', () => {
    expect(membersOf("Le Kazakhstan et le Kirghizistan font tous deux partie de l'Union économique eurasiatique.")).toEqual([
      'Kazakhstan>Union économique eurasiatique',
      'Kirghizistan>Union économique eurasiatique',
    ]);
  });

  it('reads no member from a state that opposes the body or only asks to join it', () => {
    expect(membersOf("L'Otan, à laquelle la Turquie s'oppose, se réunit.")).toEqual([]);
    expect(membersOf("L'Union européenne, à laquelle l'Ukraine a demandé à adhérer, se réunit.")).toEqual([]);
  });
});

describe('a comparison fronted before the member', () => {
  it('analysis and wire brief: "Comme A (et B), C est membre de X": A and B are members too', () => {
    expect(membersOf("Tout comme la Pologne et l'Estonie, la Lituanie est membre de l'Otan.")).toEqual(['Estonie>OTAN', 'Lituanie>OTAN', 'Pologne>OTAN']);
    expect(membersOf("À l'instar du Ghana, le Nigeria est membre de la Cédéao.")).toEqual(['Ghana>Cédéao', 'Nigéria>Cédéao']);
  });

  it('reads no member from a state that only says so, or a contrast', () => {
    expect(membersOf("Comme l'a rappelé la Pologne, la Lituanie est membre de l'Otan.")).toEqual(['Lituanie>OTAN']);
    expect(membersOf("Contrairement à la Suisse, l'Autriche est membre de l'Union européenne.")).toEqual(['Autriche>Union européenne']);
  });
});

describe('a member is a state or a body, never a person or a place', () => {
  it('dispatch and quote: a person in apposition, a speaker of no known state, a city that is no capital', () => {
    expect(membersOf("Jean Kaseya, membre fondateur de l'Union africaine, a parlé.")).toEqual([]);
    expect(membersOf("« Nous sommes membres de l'Union africaine », a dit Jean Kaseya.")).toEqual([]);
    expect(membersOf("Casablanca, membre de l'Union africaine, accueille le sommet.")).toEqual([]);
  });
});

