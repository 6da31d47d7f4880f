import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, analysis, live blog, interview answer) on fisheries,
// energy, rail and customs unions: members given by a counted plural ("Ces trois pays"), by a singular pronoun, by a
// comparison set between the member noun and its body ("membres comme X de Y"), and by a bare "États membres" in
// apposition to a list, whose body is the bloc last named.

describe('a counted plural subject ("Ces trois pays, comme X, sont membres de Y") stands for the last states named', () => {
  it('analysis: three states named in the sentence before, a comparison in the incise', () => {
    expect(
      membersOf("Le Chili exporte du cuivre, le Pérou de l'argent, et la Bolivie du lithium. Ces trois pays, comme l'Argentine, sont membres de l'Organisation des États américains."),
    ).toEqual(['Argentine>OEA', 'Bolivie>OEA', 'Chili>OEA', 'Pérou>OEA']);
  });

  it('wire brief: "Les quatre États sont membres de Y", no comparison', () => {
    expect(membersOf("La Norvège, l'Islande, la Suède et le Danemark ont signé une déclaration sur la pêche. Les quatre États sont membres du Conseil nordique.")).toEqual([
      'Danemark>Conseil nordique',
      'Islande>Conseil nordique',
      'Norvège>Conseil nordique',
      'Suède>Conseil nordique',
    ]);
  });
});

describe('a singular pronoun subject of a membership: the state the sentence before was about', () => {
  it('analysis: "Il est membre de Y"', () => {
    expect(membersOf("Le Tadjikistan mise sur l'hydroélectricité. Il est membre de l'Organisation du traité de sécurité collective.")).toEqual(['Tadjikistan>OTSC']);
  });

  it('dispatch: "Elle a rejoint Y en 2024"', () => {
    expect(membersOf('La Suède a longtemps cultivé sa neutralité. Elle a rejoint l\'Otan en 2024.')).toEqual(['Suède>OTAN']);
  });

  it('a pronoun for a person makes no membership', () => {
    expect(membersOf("Le ministre Abdulaziz Kamilov a quitté Tachkent. Il est membre de l'Organisation de coopération de Shanghai depuis 2001.")).toEqual([]);
  });
});

describe('a comparison between the member noun and its body ("membres comme X de Y")', () => {
  it('analysis: demonyms for the member and the comparison', () => {
    expect(membersOf("Les Arméniens, membres comme les Biélorusses de l'Union économique eurasiatique, hésitent.")).toEqual([
      'Arménie>Union économique eurasiatique',
      'Biélorussie>Union économique eurasiatique',
    ]);
  });

  it('wire brief: "X, membre, comme Y, de Z"', () => {
    expect(membersOf("Le Sénégal, membre, comme le Mali, de l'Union économique et monétaire ouest-africaine, a voté contre.")).toEqual([
      'Mali>UEMOA',
      'Sénégal>UEMOA',
    ]);
  });
});

describe('a bare "États membres" in apposition to a list: members of the bloc last named', () => {
  it('dispatch: "X, Y et Z, trois États membres qui ..." after the bloc in the same sentence', () => {
    expect(
      membersOf("À Bruxelles, la Commission de l'UE prépare un texte sur la pêche que l'Espagne, le Portugal et l'Irlande, trois États membres qui arment de grandes flottes, ont freiné."),
    ).toEqual(['Espagne>Union européenne', 'Irlande>Union européenne', 'Portugal>Union européenne']);
  });

  it('live blog: "X et Y, pays membres," a line after the bloc', () => {
    expect(membersOf("10 h 05 — Le Mercosur réunit ses ministres à Asunción. 10 h 40 — Le Paraguay et l'Uruguay, pays membres, demandent un tarif commun plus bas.")).toEqual([
      'Paraguay>Mercosur',
      'Uruguay>Mercosur',
    ]);
  });

  it('no bloc named before: no membership', () => {
    expect(membersOf("L'Espagne et le Portugal, deux États membres très dépendants du gaz, ont freiné.")).toEqual([]);
  });
});

describe('a clitic for the body ("X en est membre", "Y l\'est aussi"): the bloc in focus, or the body a membership just named', () => {
  it('analysis: "X en est membre" after the bloc is named', () => {
    expect(membersOf("Le Mercosur négocie avec l'Union européenne depuis vingt ans. Le Paraguay en est membre depuis sa fondation.")).toEqual(['Paraguay>Mercosur']);
  });

  it('live blog: a pronoun subject, "il en est membre, et Z observateur": the observer is no member', () => {
    expect(membersOf("10 h 05 — L'Asean tient son sommet à Vientiane. 10 h 20 — Le Timor oriental frappe à la porte : il en est membre depuis 2025, et la Papouasie-Nouvelle-Guinée observatrice.")).toEqual([
      'Timor oriental>ASEAN',
    ]);
  });

  it('dispatch: "X est membre de Y, Z l\'est aussi"; "ne l\'est pas" makes none', () => {
    expect(membersOf("La France est membre du Club de Paris, l'Allemagne l'est aussi, la Chine ne l'est pas.")).toEqual(['Allemagne>Club de Paris', 'France>Club de Paris']);
  });

  it('interview answer: "n\'en est pas membre" makes none', () => {
    expect(membersOf("Ahmed Saleh : L'Opep fixe les quotas, mais le Mexique n'en est pas membre.")).toEqual([]);
  });
});
