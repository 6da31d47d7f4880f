import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, explainer, analysis, business page) on health, fisheries,
// customs, space, arms, energy and mining deals: agreements named by their domain, contracts between firms signed by
// their chiefs, pacts named by one capitalised word, partners described before their name, and witnesses who sign nothing.

describe('an agreement named by its domain adjective keeps it in its name', () => {
  it.each([
    ['explainer', 'L’accord de coopération sanitaire conclu par le Kenya et l’Ouganda prévoit l’échange de médecins.', 'accord de coopération sanitaire: Kenya, Ouganda | '],
    ['wire brief', 'Le protocole de coopération halieutique liant le Sénégal à la Mauritanie expire en juin.', 'protocole de coopération halieutique: Mauritanie, Sénégal | '],
    ['dispatch', 'La Bolivie et le Pérou ont signé un accord de coopération douanière à La Paz.', 'accord de coopération douanière: Bolivie, Pérou | '],
    ['analysis', 'Le Vietnam a signé avec le Japon un accord de coopération spatiale.', 'accord de coopération spatiale: Japon, Viêt Nam | '],
    ['business page', 'Le contrat exécutif signé par la Corée du Sud et l’Égypte porte sur 100 obusiers.', 'contrat exécutif: Corée du Sud, Égypte | '],
    ['wire brief', 'Le premier contrat d’exécution, signé par le Maroc et la France, couvre dix hélicoptères.', 'contrat d’exécution: France, Maroc | '.replace('’', "'")],
  ])('%s: %s', (_register, text, expected) => {
    expect(agreementsOf(text)).toEqual([expected]);
  });
});

describe('a pact named by one capitalised word after its noun', () => {
  it('analysis: the word names the pact, and every partner after "avec" is a party', () => {
    expect(agreementsOf('Le Premier ministre japonais a défendu le pacte Quad conclu avec l’Inde et l’Australie.')).toEqual(['pacte Quad: Australie, Inde, Japon | ']);
  });

  it('explainer: a treaty named by a place-like word no gazetteer knows', () => {
    expect(agreementsOf('Le traité Nkomati liait le Mozambique et l’Afrique du Sud.')).toEqual(['traité Nkomati: Afrique du Sud, Mozambique | ']);
  });

  it('dispatch: a state after the noun is a party, not a name', () => {
    expect(agreementsOf('Le Niger a signé l’accord Bénin mardi.').map((a) => a.split(':')[0])).not.toContain('accord Bénin');
  });
});

describe('a contract between firms is signed by their chiefs in their name', () => {
  it('business page: "paraphé par le PDG de X, A, et le directeur de Y, B"', () => {
    expect(agreementsOf('Le nouveau contrat, paraphé par le PDG de Gazprom, Alexeï Miller, et le directeur de CNPC, Dai Houliang, doit doubler les volumes.')).toEqual(['contrat: CNPC, Chine, Gazprom, Russie | Alexeï Miller, Dai Houliang']);
  });

  it('explainer: "signés par A, patron de X, et par B, patron de Y"', () => {
    expect(agreementsOf('Les deux contrats de fourniture ont été signés le 3 mars à Oslo par Anders Opedal, patron d’Equinor, et par Mike Wirth, patron de Chevron.')).toEqual(['contrats de fourniture: Chevron, Equinor, Norvège, États-Unis | Anders Opedal, Mike Wirth']);
  });

  it('dispatch: the head of an alliance signs for it', () => {
    expect(agreementsOf('L’accord a été paraphé par le secrétaire général de l’Otan, Mark Rutte, et le ministre ukrainien Andriï Sybiha.')).toEqual(['accord: OTAN, Ukraine | Andrii Sybiha, Mark Rutte']);
  });
});

describe('a witness or a broker of the signing signs nothing', () => {
  it.each([
    ['dispatch', 'L’accord, signé par Paul Kagame et Félix Tshisekedi en présence du président américain Donald Trump, prévoit un retrait des troupes.', 'accord:  | Félix Tshisekedi, Paul Kagame'],
    ['wire brief', 'Le mémorandum a été signé par Abiy Ahmed et Muse Bihi Abdi, sous l’égide du président kényan William Ruto.', 'mémorandum:  | Abiy Ahmed, Muse Bihi Abdi'],
    ['analysis', 'Le contrat gazier, paraphé par le PDG de Gazprom, Alexeï Miller, en présence du président Xi Jinping, a surpris.', 'contrat gazier: Gazprom, Russie | Alexeï Miller'],
  ])('%s: %s', (_register, text, expected) => {
    expect(agreementsOf(text)).toEqual([expected]);
  });
});

describe('a partner described before its name, and a firm that wins a contract', () => {
  it.each([
    ['dispatch', 'En 2019, le gouvernement éthiopien a signé avec la société chinoise CCCC un accord de 4 milliards de dollars.', 'accord: CCCC, Chine, Éthiopie | '],
    ['business page', 'Le Tchad a conclu avec le groupe émirati Global South Utilities un contrat d’approvisionnement électrique.', 'contrat d’approvisionnement électrique: Global South Utilities, Tchad, Émirats arabes unis | '.replace('’', "'")],
    ['wire brief', 'Le groupe Glencore a décroché un contrat d’enlèvement avec la Zambie.', 'contrat d’enlèvement: Glencore, Zambie | '.replace('’', "'")],
    ['analysis', 'Le groupe Sinopec a obtenu en 2022 un contrat de vingt-sept ans, assorti d’une participation dans un champ gazier.', 'contrat: Sinopec | '],
  ])('%s: %s', (_register, text, expected) => {
    expect(agreementsOf(text)).toEqual([expected]);
  });
});

describe('"les deux belligérants", "les deux camps": the sides of the war the article told of', () => {
  it.each([
    ['dispatch', 'Depuis 2022, le conflit qui oppose l’armée éthiopienne au Front populaire de libération du Tigré a fait des milliers de morts. Les deux belligérants ont signé en novembre un accord de cessation des hostilités.', 'accord de cessation des hostilités: Front populaire de libération du Tigré, armée éthiopienne, Éthiopie | '],
    ['wire brief', 'La guerre entre l’Arménie et l’Azerbaïdjan a duré six semaines. Sous l’égide de la Russie, les deux belligérants ont conclu un cessez-le-feu.', 'cessez-le-feu: Arménie, Azerbaïdjan | '],
    ['analysis', 'Le conflit opposant le M23 à l’armée congolaise s’enlise. Le Qatar a accueilli des pourparlers au terme desquels les deux camps ont signé une déclaration de principes.', 'déclaration de principes: Congo (Rép. dém.), M23, armée congolaise | '],
  ])('%s: %s', (_register, text, expected) => {
    expect(agreementsOf(text)).toEqual([expected]);
  });

  it('explainer: "les deux pays" still means the two states last named, not the war\'s sides', () => {
    expect(agreementsOf('Le conflit qui oppose l’armée soudanaise aux FSR dure. Le Kenya et la Tanzanie se disputent le lac. Les deux pays ont signé un accord de pêche.')).toEqual(['accord de pêche: Kenya, Tanzanie | ']);
  });
});

describe('an agreement noun inside a body\'s name names no agreement', () => {
  it('explainer: "l\'Organisation du traité de sécurité collective"', () => {
    expect(agreementsOf('La Serbie, candidate à l’Union européenne, est membre de l’Organisation du traité de sécurité collective.')).toEqual([]);
  });
});
