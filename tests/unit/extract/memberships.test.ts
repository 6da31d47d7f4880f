import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences on energy, trade blocs and the UN, none from the articles Trame is tuned on.
const membersOf = (text: string) => {
  const r = read(text);
  return r.edges('MEMBER_OF').map((e) => `${r.name(e.source)}>${r.name(e.target)}`).sort();
};

describe('memberships', () => {
  it('reads an ordinal, a permanent seat and "siéger au"', () => {
    expect(membersOf('La Finlande est devenue le 31e membre de l’OTAN en avril 2023.')).toEqual(['Finlande>OTAN']);
    expect(membersOf('L’Algérie, membre non permanent du Conseil de sécurité, a voté pour.')).toEqual(["Algérie>Conseil de sécurité de l'ONU"]);
    expect(membersOf('Le Kenya, qui siège au Conseil de sécurité, a voté contre.')).toEqual(["Kenya>Conseil de sécurité de l'ONU"]);
  });

  it('reads describing words before the noun of an apposition, but not a preposition', () => {
    expect(membersOf('Le Qatar, petit émirat membre de l’OPEP, produit du gaz.')).toEqual(['Qatar>OPEP']);
    expect(membersOf('La Grèce, selon les membres de l’OTAN, ment.')).toEqual([]);
    expect(membersOf('Le Royaume-Uni, puissance nucléaire et membre permanent du Conseil de sécurité, a voté pour.')).toEqual(["Royaume-Uni>Conseil de sécurité de l'ONU"]);
  });

  it('gives a second coordinated body the same members', () => {
    expect(membersOf('La Pologne, membre de l’Union européenne et de l’OTAN, soutient Kiev.')).toEqual(['Pologne>OTAN', 'Pologne>Union européenne']);
  });

  it('reads a fronted "au sein de" or "Membres de" with a coordinated subject', () => {
    expect(membersOf('Au sein de l’Union européenne, la Hongrie bloque l’aide.')).toEqual(['Hongrie>Union européenne']);
    expect(membersOf('Membres de l’ASEAN, le Vietnam et les Philippines contestent ces revendications.')).toEqual(['Philippines>ASEAN', 'Viêt Nam>ASEAN']);
  });

  it('reads the members a body counts, and "les autres membres"', () => {
    expect(membersOf('L’OTAN compte désormais 32 membres, dont la Suède et la Finlande.')).toEqual(['Finlande>OTAN', 'Suède>OTAN']);
    expect(membersOf('La Lettonie et les autres membres de l’OTAN ont promis des chars.')).toEqual(['Lettonie>OTAN']);
  });

  it('does not make a member of a state that refuses or is not one', () => {
    expect(membersOf('L’Argentine a refusé de rejoindre les Brics.')).toEqual([]);
    expect(membersOf('L’Ukraine n’est pas membre de l’OTAN.')).toEqual([]);
  });

  it('reads the members a body has after "à laquelle appartient" or "qui regroupe", and a number among the fillers', () => {
    expect(membersOf('L’OTAN, à laquelle appartient la Turquie, a protesté.')).toEqual(['Turquie>OTAN']);
    expect(membersOf('L’ASEAN, qui regroupe le Vietnam et les Philippines, s’est réunie.')).toEqual(['Philippines>ASEAN', 'Viêt Nam>ASEAN']);
    expect(membersOf('La Hongrie, l’un des 27 États membres de l’Union européenne, bloque l’aide.')).toEqual(['Hongrie>Union européenne']);
  });
});
