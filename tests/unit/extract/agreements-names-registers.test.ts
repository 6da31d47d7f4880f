import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers';

// Made-up sentences in several registers (dispatch, wire brief, interview answer, analysis, live blog) on water, rail,
// arms control, fisheries and ports: an agreement known by its year or by its field, a contract whose amount sits in an
// incise before its passive, a contract award to a consortium, the state that keeps or breaks an agreement, and what
// "le contrat" names back.

describe('an agreement known only by its year, and who keeps or breaks it', () => {
  it('interview answer: "ne respecte pas l\'accord de 1998": the year names it, the subject is bound by it', () => {
    expect(agreementsOf("Lima ne respecte plus l'accord de 1998 depuis des années, a déploré le ministre équatorien.")).toEqual(['accord de 1998: Pérou | ']);
  });

  it('analysis: "a violé le traité de 1987": the state accused of breaking it is a party', () => {
    expect(agreementsOf('Selon Washington, Moscou a violé le traité de 1987 en déployant des missiles.')).toEqual(['traité de 1987: Russie | ']);
  });

  it('dispatch: "le traité de paix de 2010" after its modifiers, bound by "lie"', () => {
    expect(agreementsOf('Le traité de paix de 2010 lie toujours la Russie et les États-Unis.')).toEqual(['traité de paix de 2010: Russie, États-Unis | ']);
  });

  it('wire brief: a year that counts goods is no name ("un contrat de 1500 véhicules")', () => {
    expect(agreementsOf("L'Algérie a signé un contrat de 1500 véhicules avec la Chine.").map((a) => a.split(':')[0])).toEqual(['contrat']);
  });
});

describe('a long name runs on through its field ("dans le domaine de", "en matière de")', () => {
  it('wire brief: "un accord de partenariat dans le domaine de la sécurité alimentaire"', () => {
    expect(agreementsOf("Le Kenya et l'Ouganda ont signé un accord de partenariat dans le domaine de la sécurité alimentaire.")).toEqual([
      'accord de partenariat dans le domaine de la sécurité alimentaire: Kenya, Ouganda | ',
    ]);
  });

  it('dispatch: "un accord de coopération en matière de défense", signed by two ministers', () => {
    expect(
      agreementsOf("Un accord de coopération en matière de défense a été signé à Dakar par la ministre sénégalaise Yassine Fall et son homologue gambien Mamadou Tangara."),
    ).toEqual(['accord de coopération en matière de défense: Gambie, Sénégal | Mamadou Tangara, Yassine Fall']);
  });
});

describe('an incise between the agreement and its passive: "Le contrat, d\'un montant de 2,4 milliards, avait été signé par"', () => {
  it('dispatch: an amount with a decimal comma, then signatories each with a title and an apposition', () => {
    expect(
      agreementsOf(
        "Le contrat, d'un montant de 2,4 milliards de dollars, avait été signé en 2019 par le ministre ghanéen des Finances, Ken Ofori-Atta, et le directeur général de Sinohydro, Ding Yongmei.",
      ),
    ).toEqual(['contrat: Ghana, Sinohydro | Ding Yongmei, Ken Ofori-Atta']);
  });

  it('analysis: "Le mémorandum, valable cinq ans, a été paraphé par"', () => {
    expect(agreementsOf('Le mémorandum, valable cinq ans, a été paraphé lundi par le ministre indonésien Sugiono.')).toEqual(['mémorandum: Indonésie | Sugiono']);
  });
});

describe('a contract award: whoever the contract goes to is a party', () => {
  it('interview answer: "attribué à un consortium mené par l\'espagnol Acciona": the leader, not only its state', () => {
    expect(agreementsOf('Le contrat a été attribué en mars à un consortium mené par l\'espagnol Acciona.')).toEqual(['contrat: Acciona, Espagne | ']);
  });

  it('live blog: "le contrat de concession, adjugé au groupe turc Limak"', () => {
    expect(agreementsOf("12 h 10 — Le contrat de concession du port, adjugé au groupe turc Limak, court sur trente ans.")).toEqual(['contrat de concession: Limak, Turquie | ']);
  });
});

describe('"le contrat" names back a contract, never an accord between states or a treaty', () => {
  it('interview answer: after a treaty and an accord between states, "Le contrat a été attribué" is a new contract', () => {
    expect(
      agreementsOf(
        "L'accord de 2019 lie le Maroc et l'Espagne. Le traité de 1991 aussi. Et le port ? Le contrat a été attribué l'an dernier à un consortium mené par l'espagnol Acciona.",
      ),
    ).toEqual(['accord de 2019: Espagne, Maroc | ', 'traité de 1991:  | ', 'contrat: Acciona, Espagne | ']);
  });

  it('wire brief: with no contract named before, "Le contrat" names back the commercial accord just signed', () => {
    expect(agreementsOf('La Russie et la Turquie ont signé lundi un accord gazier. Le contrat court sur vingt ans.')).toEqual(['accord gazier: Russie, Turquie | ']);
  });

  it('dispatch: "Le contrat a été paraphé" after "un contrat" signed the sentence before is that contract', () => {
    expect(agreementsOf('La Pologne a signé un contrat avec la Corée du Sud. Le contrat a été paraphé à Varsovie par le ministre polonais Władysław Kosiniak-Kamysz.')).toEqual([
      'contrat: Corée du Sud, Pologne | Władysław Kosiniak-Kamysz',
    ]);
  });
});
