import { describe, expect, it } from 'vitest';
import { agreementsOf, read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, analysis, explainer, business page) on lending, health,
// energy, arms exports and central banks: a programme that is an agreement only once signed or approved, a lender's
// organ acting for it, a body signing beside a person, a relative that binds a state to an agreement, and the complement
// that completes a swap agreement's name, and a signatory who speaks in the first person.

describe('a programme is an agreement once signed or approved', () => {
  it('wire brief and business page: signed with a lender, or approved by its board', () => {
    expect(agreementsOf('Le Kenya a signé avec le FMI un programme de 3 milliards de dollars.')).toEqual(['programme: Fonds monétaire international, Kenya | ']);
    expect(agreementsOf("Le programme approuvé en juin par le conseil d'administration du FMI doit stabiliser le shilling.")).toEqual(['programme: Fonds monétaire international | ']);
  });

  it('analysis: a plan, or a programme that only completes another noun, is none', () => {
    expect(agreementsOf('Le programme nucléaire iranien inquiète Washington.')).toEqual([]);
    expect(agreementsOf('Le programme mis en place par le gouvernement kényan vise les jeunes.')).toEqual([]);
    expect(agreementsOf('La Norvège est liée par le protocole du programme Artemis, signé en 2020 par le Canada.').map((a) => a.split(':')[0])).not.toContain('programme');
  });
});

describe('a licence is an agreement once granted; a permit is none', () => {
  it('interview answer and business page: "qui a concédé une licence", "a concédé à l’Inde une licence"', () => {
    expect(agreementsOf("Les souches viennent de l'Institut Pasteur, qui a concédé une licence au Vietnam en 2009.")).toEqual(['licence: Institut Pasteur | ']);
    expect(agreementsOf("Le Japon a concédé à l'Inde une licence de fabrication du vaccin.")).toEqual(['licence: Japon | ']);
  });

  it('dispatch: an export licence refused or suspended is a permit', () => {
    expect(agreementsOf("Le ministre a affirmé qu'aucune licence n'avait été accordée pour Israël.")).toEqual([]);
    expect(agreementsOf("La Suède a suspendu la licence d'exportation du groupe.")).toEqual([]);
  });
});

describe('a state or body among the agents of a signing, after a person', () => {
  it('dispatch: "signé par le président de la région, X, et l’OMS"', () => {
    // The region is a body once read as one, and its president signs for it.
    expect(agreementsOf("L'accord signé en mai par le président de la Sardaigne, Christian Solinas, et l’Organisation mondiale de la santé porte sur dix ans.")).toEqual([
      'accord: OMS, Sardaigne | Christian Solinas',
    ]);
  });

  it('business page and analysis: "et par Pékin" after a titled minister', () => {
    expect(agreementsOf('Le contrat signé par le ministre ghanéen des Finances, Ken Ofori-Atta, et par Pékin court sur vingt ans.')).toEqual(['contrat: Chine, Ghana | Ken Ofori-Atta']);
    expect(agreementsOf("L'accord, signé en 2019 par le ministre kényan de l'Énergie de l'époque, Charles Keter, et par Pékin, court sur vingt ans.")).toEqual([
      'accord: Chine, Kenya | Charles Keter',
    ]);
  });
});

describe('the side a person agent signs for', () => {
  it('wire brief: "signé par X pour le Kenya et par Y pour l’Éthiopie"', () => {
    expect(agreementsOf("L'accord a été signé à Nairobi par Davis Chirchir pour le Kenya et par Habtamu Itefa pour l'Éthiopie.")).toEqual([
      'accord: Kenya, Éthiopie | Davis Chirchir, Habtamu Itefa',
    ]);
  });
});

describe('a relative that binds a state to the agreement', () => {
  it('explainer and analysis: "à laquelle X est tenu", "auquel X a adhéré"', () => {
    expect(agreementsOf("La position commune de l'Union européenne sur les exportations d'armes, à laquelle la Suède est tenue, interdit ces ventes.")).toEqual([
      "position commune de l'Union européenne: Suède, Union européenne | ",
    ]);
    expect(agreementsOf("Le traité de Pelindaba, auquel le Ghana a adhéré en 2011, bannit les armes nucléaires du continent.")).toEqual(['traité de Pelindaba: Ghana | ']);
  });
});

describe('a swap agreement keeps its complement in its name', () => {
  it('wire brief: "accord d’échange de devises"', () => {
    expect(agreementsOf("La banque centrale turque et celle du Qatar ont conclu un accord d'échange de devises de 5 milliards de dollars.").map((a) => a.split(':')[0])).toEqual([
      "accord d'échange de devises",
    ]);
  });
});

describe('a first-person signatory is the speaker', () => {
  it('interview answer: "le contrat que j’ai signé": the interviewee signed, for the body she heads', () => {
    const text = "« Nous voulons vendre davantage de cacao »\nKobenan Adjoumani dirige la Sodeci, la société publique ivoirienne des eaux. Il répond à nos questions.\nQuels sont vos débouchés ?\nLe contrat que j'ai signé en mars avec la Chine porte sur dix ans. Nous livrerons dès juin.";
    expect(agreementsOf(text)).toEqual(['contrat: Chine, Sodeci | Kobenan Adjoumani']);
  });

  it('dispatch: "« J’ai signé l’accord »", then its speaker', () => {
    expect(agreementsOf("« J'ai signé l'accord avec le Ghana en connaissance de cause », a affirmé le ministre ivoirien de l'Agriculture, Kobenan Adjoumani.")).toEqual([
      "accord: Côte d'Ivoire, Ghana | Kobenan Adjoumani",
    ]);
  });
});

describe('what an agreement authorises or obliges a state to do binds that state', () => {
  it('explainer and dispatch: "l’accord autorise X à", "…, qui oblige X à"', () => {
    expect(agreementsOf("L'accord autorise l'Iran à enrichir de l'uranium à 3,67 %.")).toEqual(['accord: Iran | ']);
    expect(agreementsOf("Le pacte, conclu en 2019 sous l'égide de l'ONU, qui oblige le Soudan à désarmer ses milices, reste lettre morte.")).toEqual(['pacte: Soudan | ']);
  });
});

describe('a numbered or named noun in apposition before the agreement noun is its name', () => {
  it('interview answer: "le procès-verbal 331, un accord technique conclu …"', () => {
    const r = read('Elle a mis en avant le procès-verbal 331, un accord technique conclu en 2024, qui autorise le Mexique à compenser son retard.');
    expect(r.doc.nodes.filter((n) => n.label === 'Agreement').map((n) => [n.name, ...(n.aliases ?? [])])).toEqual([['accord technique', 'procès-verbal 331']]);
    const annex = read("Le ministre kényan a cité l'annexe 7, un accord de sécurité signé en 2022 avec l'Ouganda.");
    expect(annex.doc.nodes.filter((n) => n.label === 'Agreement').map((n) => [n.name, ...(n.aliases ?? [])])).toEqual([['accord de sécurité', 'annexe 7']]);
  });
});
