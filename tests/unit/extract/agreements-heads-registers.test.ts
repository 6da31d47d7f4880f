import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, live blog, interview answer, analysis) on steel, ports,
// fisheries, pipelines and border security: an agreement's name keeps the adjective or the complement noun after its
// head, whatever adjective it is; the co-parties listed after "signer avec" are all parties; the states whose leaders
// sign are parties.

describe('an agreement\'s name keeps what qualifies its head noun', () => {
  it('wire brief: an adjective of any field, "un accord sidérurgique", "un protocole additionnel"', () => {
    expect(agreementsOf("L'Algérie et l'Italie ont signé mardi un accord sidérurgique.")).toEqual(['accord sidérurgique: Algérie, Italie | ']);
    expect(agreementsOf('Le Ghana et le Togo ont paraphé hier un protocole additionnel.')).toEqual(['protocole additionnel: Ghana, Togo | ']);
  });

  it('analysis: "un pacte historique"', () => {
    expect(agreementsOf('Selon les analystes, le Kenya et la Somalie ont scellé un pacte historique.')).toEqual(['pacte historique: Kenya, Somalie | ']);
  });

  it('reads no verb as an adjective: "l\'accord implique"', () => {
    expect(agreementsOf("L'accord implique désormais le Maroc.").map((a) => a.split(':')[0])).toEqual(['accord']);
  });
});

describe('"signer avec A et B un protocole": every co-party listed after "avec"', () => {
  it('live blog: a state subject and two partners', () => {
    expect(agreementsOf('9 h 40 — Le Ghana a signé avec le Togo et le Bénin un protocole sur la sécurité maritime.')).toEqual([
      'protocole sur la sécurité maritime: Bénin, Ghana, Togo | ',
    ]);
  });

  it('interview answer: three partners, the signer a minister', () => {
    expect(agreementsOf("« Le ministre ghanéen Kwame Mensah a signé avec le Togo, le Bénin et le Nigeria un protocole d'entente », rappelle-t-il.")).toEqual([
      "protocole d'entente: Bénin, Ghana, Nigéria, Togo | Kwame Mensah",
    ]);
  });
});

describe('the states whose leaders sign are parties: "les dirigeants de A et de B"', () => {
  it('dispatch: a passive agent, "signé par les dirigeants du Kenya et de l\'Ouganda"', () => {
    expect(agreementsOf("L'accord sur l'oléoduc a été signé à Kampala par les dirigeants du Kenya et de l'Ouganda.")).toEqual(["accord sur l'oléoduc: Kenya, Ouganda | "]);
  });

  it('wire brief: a head noun with its own complement, "par les ministres des Affaires étrangères du Ghana et du Togo"', () => {
    expect(agreementsOf('Le protocole a été signé mardi par les ministres des Affaires étrangères du Ghana et du Togo.')).toEqual(['protocole: Ghana, Togo | ']);
  });

  it('analysis: a body among the states, "par les représentants de l\'Union africaine, du Kenya et de la Somalie"', () => {
    expect(agreementsOf("Le traité a été signé par les représentants de l'Union africaine, du Kenya et de la Somalie.")).toEqual(['traité: Kenya, Somalie, Union africaine | ']);
  });

  it('dispatch: a subject whose named people have no known state, "les chefs d\'État du Ghana et du Togo, X et Y, ont signé"', () => {
    expect(agreementsOf("Mardi, les chefs d'État du Ghana et du Togo, Nana Akufo-Addo et Faure Gnassingbé, ont signé un traité d'amitié.")).toEqual([
      "traité d'amitié: Ghana, Togo | Faure Gnassingbé, Nana Akufo-Addo",
    ]);
  });
});

describe('"le document" points back to the agreement as "le texte" does', () => {
  it('interview answer: "a paraphé le document", "le document a été paraphé par X"', () => {
    expect(agreementsOf('Le Maroc et le Nigeria ont négocié un accord gazier. « Leila Benali a paraphé le document mardi », confie un diplomate.')).toEqual([
      'accord gazier: Maroc, Nigéria | Leila Benali',
    ]);
    expect(agreementsOf('Le Maroc et le Nigeria ont négocié un accord gazier. Le document a été paraphé mardi par Leila Benali.')).toEqual([
      'accord gazier: Maroc, Nigéria | Leila Benali',
    ]);
  });

  it('reads no agreement from a document that is only a source', () => {
    expect(agreementsOf('Le ministre a publié un document sur la réforme. Selon un document consulté par la presse, les prix monteront.')).toEqual([]);
  });
});
