import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (dispatch, analysis, explainer, live blog, interview answer) on Europe, East
// Africa, Central Asia and oil producers: a membership denied to one state and contrasted with others ("contrairement à",
// "à la différence de"), after or before it, and a relative whose antecedent is compared with a member ("qui, comme X,").

describe('a denied membership contrasted with other states: those states are members', () => {
  it('analysis: "n\'appartient pas à l\'Otan, contrairement aux Pays-Bas, au Portugal et à la Hongrie": every state of the list', () => {
    expect(membersOf("L'Autriche, neutre, n'appartient pas à l'Otan, contrairement aux Pays-Bas, au Portugal et à la Hongrie.")).toEqual(['Hongrie>OTAN', 'Pays-Bas>OTAN', 'Portugal>OTAN']);
  });

  it('explainer: a fronted contrast, "Contrairement à la Suède et à la Finlande, la Suisse n\'est pas membre": not the state denied', () => {
    expect(membersOf("Contrairement à la Suède et à la Finlande, la Suisse n'est pas membre de l'Union européenne.")).toEqual(['Finlande>Union européenne', 'Suède>Union européenne']);
  });

  it('dispatch: "À la différence du Kenya, l\'Éthiopie ne fait pas partie de la Communauté d\'Afrique de l\'Est"', () => {
    expect(membersOf("À la différence du Kenya, l'Éthiopie ne fait pas partie de la Communauté d'Afrique de l'Est (EAC).")).toEqual(["Kenya>Communauté d'Afrique de l'Est"]);
  });

  it('wire brief: a contrast in an incise between the state denied and its verb, "La Serbie, contrairement à la Croatie, n\'est pas membre"', () => {
    expect(membersOf("La Serbie, contrairement à la Croatie, n'est pas membre de l'Union européenne.")).toEqual(['Croatie>Union européenne']);
  });

  it('live blog: a contrast after a denied delivery is no membership', () => {
    expect(membersOf("14 h 02 — La Norvège ne livre pas d'armes à l'Ukraine, contrairement à la Suède.")).toEqual([]);
  });
});

describe('a relative whose antecedent is compared with a member: "X, qui, comme Y, est membre de"', () => {
  it('dispatch: both the antecedent and the state it is compared with', () => {
    expect(membersOf("Téhéran, qui, comme Islamabad, est membre de l'Organisation de coopération de Shanghai (OCS), a envoyé des secours.")).toEqual([
      'Iran>Organisation de coopération de Shanghai',
      'Pakistan>Organisation de coopération de Shanghai',
    ]);
  });

  it('interview answer: without the comma after "qui"', () => {
    expect(membersOf("Le Venezuela, qui comme l'Iran est membre de l'Opep, refuse ce quota.")).toEqual(['Iran>OPEP', 'Venezuela>OPEP']);
  });
});
