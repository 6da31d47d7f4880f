import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, interview, live blog, analysis) on health, fisheries,
// rail, water and audit offices: a ministry whose last coordinated domain carries an adjective, a nationality noun
// before the name ("le Chinois X, vice-ministre"), a bare "secrétaire d'État" (the American post), a state's audit
// office, and a campaigner's or officer's post in a body.

/** HOLDS_ROLE as "person>holder:title". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}:${e.properties.title}`).sort();

describe('titles whose state or body is told around the name, in several registers', () => {
  it('wire brief and analysis: the last coordinated domain of a ministry may carry an adjective', () => {
    expect(roles('Le Pérou relance la pêche. Son ministre de la Production et des Ressources halieutiques, Raúl Pérez, a signé le décret.')).toEqual(['person:raul-perez>country:PE:ministre de la Production et des Ressources halieutiques']);
    expect(roles('Le Kenya construit des barrages. La ministre de l’Eau et de l’Assainissement rural, Alice Wahome, a inauguré le chantier.')).toEqual(['person:alice-wahome>country:KE:ministre de l\'Eau et de l\'Assainissement rural']);
    // A nationality after the domains is the holder's, not part of the ministry.
    expect(roles('Le ministre de la Santé et de la Population sénégalais, Abdou Diop, a visité l’hôpital.')).toEqual(['person:abdou-diop>country:SN:ministre de la Santé et de la Population']);
  });

  it('dispatch and live blog: a nationality noun before the name tells the state of the title after it', () => {
    expect(roles('Le Mali reçoit des blindés. La Turque Ayla Demir, vice-ministre de la Défense, a assisté à la livraison.')).toEqual(['person:ayla-demir>country:TR:vice-ministre de la Défense']);
    expect(roles('14 h 02 — Le forum de Dakar s’ouvre avec le Japonais Kenji Sato, ministre de l’Agriculture, et le Sénégalais Moussa Ba.')).toEqual(['person:kenji-sato>country:JP:ministre de l\'Agriculture']);
  });

  it('analysis and interview: a bare "secrétaire d\'État" is the American post; with a portfolio it is anyone\'s junior minister', () => {
    expect(roles('Le Chili a vendu son cuivre à des acheteurs proches de Washington. Le secrétaire d’État, John Miller, a salué la décision.')).toEqual(['person:john-miller>country:US:secrétaire d\'État']);
    expect(roles('La France réforme le rail. Le secrétaire d’État aux Transports, Jean Roux, a défendu le plan devant des élus des États-Unis.')).toEqual(['person:jean-roux>country:FR:secrétaire d\'État aux Transports']);
  });

  it('wire brief: a state\'s auditor general with no state named serves the state in focus', () => {
    expect(roles('Le Ghana revoit ses contrats miniers. Le contrôleur général, Kwame Boateng, a chiffré les pertes à 40 millions de dollars.')).toEqual(['person:kwame-boateng>country:GH:contrôleur général']);
    expect(roles('Au Kenya, la vérificatrice générale, Nancy Gathungu, dénonce des paiements irréguliers.')).toEqual(['person:nancy-gathungu>country:KE:vérificatrice générale']);
  });

  it('interview and dispatch: a campaigner or officer of a named body', () => {
    expect(roles('Nous avons interrogé Sarah Klein, chargée de campagne chez Greenpeace.')).toEqual(['person:sarah-klein>org:greenpeace:chargée de campagne']);
    expect(roles('Selon Marc Dubois, chargé de mission à l’Agence française de développement, le prêt sera versé en mai.')).toEqual(['person:marc-dubois>org:agence-francaise-de-developpement:chargé de mission']);
  });
});

describe('a title whose state is the subject of what its holder reports', () => {
  it('dispatch and wire: the article\'s own state, subject after "que", is the holder\'s', () => {
    expect(roles('Le Portugal resserre ses contrôles de pêche. La ministre de la Mer, Rita Lopes, a assuré que le Portugal respecterait les quotas européens.')).toEqual(['person:rita-lopes>country:PT:ministre de la Mer']);
    expect(roles('Le Ghana rationne l’électricité. Le ministre de l’Énergie, Kofi Asante, a reconnu que le Ghana manquait de gaz nigérian.')).toEqual(['person:kofi-asante>country:GH:ministre de l\'Énergie']);
  });

  it('analysis: someone the lexicon knows in another state\'s service is not given the state he speaks of', () => {
    expect(roles('La Grèce vend des pétroliers. La Grèce dément. Le ministre des Affaires étrangères, Sergueï Lavrov, a affirmé que la Grèce trahissait ses engagements.')).toEqual([]);
  });
});
