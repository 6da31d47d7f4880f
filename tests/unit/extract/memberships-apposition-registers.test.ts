import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, analysis, market brief) on oil producers, farm
// cooperatives and regional blocs: an apposition that first says where a member is based, and a body named after the
// common noun of its kind ("membre de la fédération X", "de l'organisation X").

describe('an apposition that places the member before naming the body', () => {
  it('wire brief: "Le Gabon, basé à Libreville et membre de l\'Opep"', () => {
    expect(membersOf("Le Gabon, basé à Libreville et membre de l'Opep, a relevé sa production.")).toEqual(['Gabon>OPEP']);
  });

  it('dispatch: "la coopérative X, basée à Rodez et membre de la fédération Y": a body of its kind', () => {
    expect(membersOf('La coopérative Terres du Rouergue, basée à Rodez et membre de la fédération La Coopération agricole, a vendu des bovins.')).toEqual([
      'Terres du Rouergue>La Coopération agricole',
    ]);
  });

  it('analysis: a place alone in the apposition makes no membership', () => {
    expect(membersOf("Le Gabon, basé à Libreville, a relevé sa production au-delà du quota de l'Opep.")).toEqual([]);
  });
});

describe('"membre de l\'organisation X": the common noun of the body\'s kind before its name', () => {
  it('market brief: "membre de l\'organisation OPEP"', () => {
    expect(membersOf("Le Gabon, membre de l'organisation OPEP, a relevé sa production.")).toEqual(['Gabon>OPEP']);
  });

  it('dispatch: "est membre du bloc Mercosur"', () => {
    expect(membersOf("L'Uruguay est membre du bloc Mercosur depuis 1991.")).toEqual(['Uruguay>Mercosur']);
  });
});
