import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, live blog, interview answer, analysis) on South America,
// East Africa, the Baltic and West Africa: a state readmitted to a body, told in a participle; a comparison with a
// pronoun ("comme eux", "comme nous") that makes the states it stands for members too; an apposition inside a quote.

describe('a state readmitted to a body', () => {
  it('wire brief and dispatch: "X, réintégré(e) dans ORG", "réadmis au sein de ORG"', () => {
    expect(membersOf("Le Venezuela, réadmis au sein du Mercosur l'an dernier, a voté contre la motion.")).toEqual(['Venezuela>Mercosur']);
    expect(membersOf("La Guinée, réintégrée dans l'Union africaine en 2024, accueillera le prochain sommet.")).toEqual(['Guinée>Union africaine']);
  });

  it('analysis: "X a été réadmis dans ORG", "X a réintégré ORG"', () => {
    expect(membersOf('Le Mali a été réadmis au sein de la Cédéao après deux ans de suspension.')).toEqual(['Mali>Cédéao']);
    expect(membersOf("Après des années d'absence, le Maroc a réintégré l'Union africaine.")).toEqual(['Maroc>Union africaine']);
  });

  it('reads no member from a person restored to an office', () => {
    expect(membersOf("Le général, réintégré dans l'armée en 2021, commande la région.")).toEqual([]);
  });
});

describe('a comparison with a pronoun makes its antecedents members too', () => {
  it('dispatch and live blog: "X, comme eux membre de ORG": the states named together before', () => {
    expect(membersOf("Le Kenya et la Tanzanie ont réclamé des vaccins. L'Ouganda, comme eux membre de l'Union africaine, attend toujours son lot.")).toEqual([
      'Kenya>Union africaine',
      'Ouganda>Union africaine',
      'Tanzanie>Union africaine',
    ]);
    expect(membersOf('La Suède et la Finlande ont condamné le tir. La Norvège, comme elles membre du Conseil nordique, réclame une réunion.')).toEqual([
      'Finlande>Conseil nordique',
      'Norvège>Conseil nordique',
      'Suède>Conseil nordique',
    ]);
  });

  it('interview answer: "alliée de ORG comme nous": the speaker’s state is a member too', () => {
    expect(membersOf("« Nous ne laisserons pas tomber la Lituanie, alliée de l'Otan comme nous », a déclaré le ministre polonais de la Défense.")).toEqual([
      'Lituanie>OTAN',
      'Pologne>OTAN',
    ]);
  });

  it('analysis: an apposition opened by a quotation mark still names its member', () => {
    expect(membersOf("Le Premier ministre danois a défendu l'envoi d'avions à la Roumanie, « membre de l'Otan », devant le Parlement.")).toEqual(['Roumanie>OTAN']);
  });
});

describe('an apposition whose noun an adjective completes, a body whose members a relative or its verb counts', () => {
  it('analysis and wire brief: "seul pays asiatique du G7", "membre européen de l’Otan"', () => {
    expect(membersOf('Le Japon, seul pays asiatique du G7, a protesté.')).toEqual(['Japon>G7']);
    expect(membersOf('La Turquie, membre européen de l’Otan, a bloqué le texte.')).toEqual(['Turquie>OTAN']);
  });

  it('explainer: an observer, a candidate or a neighbour is no member', () => {
    expect(membersOf('La Palestine, État observateur de l’ONU, a protesté.')).toEqual([]);
    expect(membersOf('L’Ukraine, pays candidat à l’Union européenne, a protesté.')).toEqual([]);
  });

  it('dispatch and live blog: "ORG, dont X fait partie", "ORG compte désormais X parmi ses membres"', () => {
    expect(membersOf("L'Otan, dont la Turquie fait partie, a protesté.")).toEqual(['Turquie>OTAN']);
    expect(membersOf("10 h 05 — L'Union africaine compte désormais le Maroc parmi ses membres.")).toEqual(['Maroc>Union africaine']);
  });
});
