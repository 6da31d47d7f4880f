import { describe, expect, it } from 'vitest';
import { agreementsOf, read } from './helpers';

// Made-up sentences in several registers (dispatch, wire brief, live blog, explainer, analysis) on the Horn of Africa,
// West Africa, the Pacific, Southern Africa and sovereign debt: signatories after a passive, named back as "les deux
// hommes" or by a present-tense pronoun, "le texte" after a sentence that also names an agreement in passing, partners
// listed after "conclu avec", a name that runs on through "pour" to its acronym, credit facilities and reschedulings.

describe('"le texte" points back to the agreement the clause acts on, not one named in passing under a preposition', () => {
  it('dispatch: the joint statement signed, not the accords it follows, is what "le texte" means', () => {
    expect(
      agreementsOf(
        "Le Kenya, l'Éthiopie et la Somalie signent une déclaration commune qui rouvre la frontière, dans le sillage des accords de Nairobi. Le texte est paraphé par le président William Ruto, par le Premier ministre Abiy Ahmed et par Hassan Cheikh Mohamoud.",
      ),
    ).toEqual(['déclaration commune: Kenya, Somalie, Éthiopie | Abiy Ahmed, Hassan Cheikh Mohamoud, William Ruto', 'accords de Nairobi:  | ']);
  });

  it('analysis: an agreement only named under a preposition is still the one "le texte" means when it is alone', () => {
    expect(agreementsOf("Le cessez-le-feu tient grâce au mémorandum de Lomé. Le texte a été paraphé par le ministre togolais Robert Dussey.")).toContainEqual(
      'mémorandum de Lomé: Togo | Robert Dussey',
    );
  });
});

describe('signatories named back: "les deux hommes", a pronoun before a present-tense verb', () => {
  it('dispatch: "par les deux hommes et par X": the two people named before, and X', () => {
    expect(
      agreementsOf("Le président sénégalais Macky Sall a reçu le président gambien Adama Barrow. Un traité d'amitié a été signé devant la presse par les deux hommes et par le ministre des Affaires étrangères, Aïssata Tall Sall."),
    ).toEqual(["traité d'amitié: Gambie, Sénégal | Adama Barrow, Aïssata Tall Sall, Macky Sall"]);
  });

  it('dispatch: a short phrase between the name and its passive ("en ce sens a été signé")', () => {
    expect(agreementsOf("Le président sénégalais Macky Sall a reçu le président gambien Adama Barrow. Un traité d'amitié en ce sens a été signé devant la presse par les deux hommes.")).toEqual([
      "traité d'amitié: Gambie, Sénégal | Adama Barrow, Macky Sall",
    ]);
  });

  it('live blog: "les deux ministres" after their names in the line before', () => {
    expect(agreementsOf("10 h 02 — Penny Wong et Vijay Thakur Singh sont arrivés à Suva. 10 h 40 — Un mémorandum d'entente vient d'être paraphé par les deux ministres.")).toEqual([
      "mémorandum d'entente:  | Penny Wong, Vijay Thakur Singh",
    ]);
  });

  it('dispatch and wire brief: "les deux dirigeants ont signé", "les deux hommes ont signé": the two people named before sign', () => {
    const met = 'Le ministre kényan de la Défense, Aden Duale, a reçu son homologue somalien, Abdulkadir Mohamed Nur, à Nairobi.';
    for (const pair of ['dirigeants', 'hommes', 'ministres']) {
      expect(agreementsOf(`${met} Les deux ${pair} ont signé un accord de défense.`)).toEqual(['accord de défense: Kenya, Somalie | Abdulkadir Mohamed Nur, Aden Duale']);
    }
  });

  it('wire brief and analysis: "Il y signe avec X un accord", the person the sentence before was about', () => {
    expect(agreementsOf("Le ministre japonais de la Défense, Gen Nakatani, se rend à Manille. Il y signe avec Gilberto Teodoro, secrétaire à la Défense, un accord d'accès réciproque.")).toEqual([
      "accord d'accès réciproque: Japon, Philippines | Gen Nakatani, Gilberto Teodoro",
    ]);
    expect(agreementsOf('La présidente tanzanienne, Samia Suluhu Hassan, est arrivée lundi à Maputo. Elle signe avec son homologue un traité de bon voisinage.')).toEqual([
      'traité: Tanzanie | Samia Suluhu Hassan',
    ]);
  });
});

describe('every partner listed after "conclu avec", and a name that runs on through "pour" to its acronym', () => {
  it('explainer: the whole list after a participle in apposition', () => {
    expect(agreementsOf("L'accord de partenariat stratégique, conclu en 2022 avec la France, l'Allemagne et l'Italie, prévoyait des investissements.")).toEqual([
      'accord de partenariat stratégique: Allemagne, France, Italie | ',
    ]);
  });

  it('analysis: "accord de partenariat pour une transition énergétique juste (JETP)" is one name, its acronym no body', () => {
    const text = "L'accord de partenariat pour une transition énergétique juste (JETP), conclu en 2021 avec la France, l'Allemagne, le Royaume-Uni, les États-Unis et l'Union européenne, prévoyait 8,5 milliards de dollars.";
    expect(agreementsOf(text)).toEqual(['accord de partenariat pour une transition énergétique juste: Allemagne, France, Royaume-Uni, Union européenne, États-Unis | ']);
    expect(read(text).doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name)).toEqual(['Union européenne']);
  });

  it('wire brief: a capitalised initiative is a body\'s own name, so its acronym stays a body', () => {
    const r = read("Le Ghana a rejoint l'Initiative pour la transparence dans les industries extractives (ITIE) en 2003.");
    expect(r.doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name)).toContain('ITIE');
  });
});

describe('credit facilities and reschedulings are agreements', () => {
  it('explainer: a facility a lender approves has the lender as a party', () => {
    expect(agreementsOf("Le FMI a approuvé en juin une facilité élargie de crédit de 3 milliards de dollars pour l'Égypte.")).toEqual(['facilité élargie de crédit: Fonds monétaire international | ']);
  });

  it('dispatch: a rescheduling agreement keeps its noun, and the minister who signed it', () => {
    expect(agreementsOf('Un accord de rééchelonnement a été signé en mai par le ministre zambien des Finances, Situmbeko Musokotwane.')).toEqual([
      'accord de rééchelonnement: Zambie | Situmbeko Musokotwane',
    ]);
  });
});

describe('"le traité que les deux pays ont signé": a pair noun subject of a relative after the name', () => {
  it('explainer: the two states named before', () => {
    expect(agreementsOf('Le Ghana et le Togo se sont rapprochés. Le traité intergouvernemental que les deux pays ont signé en 2019 fixe la frontière.')).toEqual([
      'traité intergouvernemental: Ghana, Togo | ',
    ]);
  });

  it('interview answer: "nos deux pays", the two states the answers are about', () => {
    expect(
      agreementsOf('Le Bénin et le Niger partagent le fleuve. Le Bénin dépend du port de Cotonou, le Niger de ses exportations. La convention que nos deux pays ont conclue en 2015 règle le transit.'),
    ).toEqual(['convention: Bénin, Niger | ']);
  });
});

