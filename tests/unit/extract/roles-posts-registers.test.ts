import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, portrait, analysis, live blog) on the Gulf, East
// Africa, Asia-Pacific, Latin America and Southeast Asia: posts the title list lacked ("ministre d'État", "prince
// héritier", "sultan"), the post of someone succeeded ("son successeur", "prédécesseur de"), and "dirigé par".

/** HOLDS_ROLE as "person>holder:title". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}:${e.properties.title}`).sort();

describe('posts in several registers', () => {
  it('wire brief: "ministre d\'État" takes the nationality after it, and a second coordinated post its own body', () => {
    expect(roles('Ali al-Yahya, ministre d’État koweïtien aux Affaires étrangères, a reçu son homologue.')).toEqual(['person:ali-al-yahya>country:KW:ministre d\'État aux Affaires étrangères']);
    expect(roles('Le Koweït investit. Nawaf al-Sabah, ministre d’État koweïtien au Pétrole et PDG de Kuwait Petroleum Corporation, a signé.')).toEqual([
      'person:nawaf-al-sabah>country:KW:ministre d\'État',
      'person:nawaf-al-sabah>org:kuwait-petroleum-corporation:PDG',
    ]);
  });

  it('dispatch: a crown prince or a sultan with no state named serves the state in focus', () => {
    expect(roles('L’Arabie saoudite diversifie ses fournisseurs. Le prince héritier Mohammed ben Salmane a reçu le président turc.')).toEqual(['person:mohammed-ben-salmane>country:SA:prince héritier']);
    expect(roles('Le Brunei vend du gaz au Japon. Le sultan Hassanal Bolkiah a signé le contrat jeudi.')).toEqual(['person:hassanal-bolkiah>country:BN:sultan']);
  });

  it('portrait and analysis: a successor or a predecessor holds the post of the one named with it', () => {
    expect(roles('Le Premier ministre japonais Fumio Kishida a démissionné en 2024. Son successeur, Shigeru Ishiba, a promis des élections.')).toEqual([
      'person:fumio-kishida>country:JP:Premier ministre',
      'person:shigeru-ishiba>country:JP:Premier ministre',
    ]);
    expect(roles('Le président kényan William Ruto a reçu la délégation. Uhuru Kenyatta, prédécesseur de William Ruto, a critiqué l’accord.')).toEqual([
      'person:uhuru-kenyatta>country:KE:président',
      'person:william-ruto>country:KE:président',
    ]);
    expect(roles('Le président kényan William Ruto a reçu la délégation. Le prédécesseur de William Ruto, Uhuru Kenyatta, a critiqué l’accord.')).toEqual([
      'person:uhuru-kenyatta>country:KE:président',
      'person:william-ruto>country:KE:président',
    ]);
    // No name after it: no one is given the post.
    expect(roles('Le ministre de la Défense ougandais, Jacob Oboth, a été limogé. Son successeur n’a pas été nommé.')).toEqual(['person:jacob-oboth>country:UG:ministre de la Défense']);
  });

  it('live blog: "dirigé par" makes its agent the body\'s "dirigeant"', () => {
    expect(roles('14h05 — Le groupe minier Vale, dirigé par Eduardo Bartolomeo, a suspendu ses livraisons.')).toEqual(['person:eduardo-bartolomeo>org:vale:dirigeant']);
    expect(roles('La société d’État Petronas, dirigée depuis 2020 par Tengku Muhammad Taufik, a signé.')).toEqual(['person:tengku-muhammad-taufik>org:petronas:dirigeant']);
  });

  it('interview and dispatch: a possessive title with its remit before the name ("son directeur pour le Nigeria, X")', () => {
    expect(roles('La compagnie Shell dément formellement : « Shell n’a jamais versé d’argent à la milice », assure son directeur pour le Nigeria, Jan Smit.')).toEqual(['person:jan-smit>org:shell:directeur']);
    expect(roles('La compagnie Shell dément. Son directeur pour le Nigeria, Jan Smit, parle de rumeurs.')).toEqual(['person:jan-smit>org:shell:directeur']);
    expect(roles('Le Japon a protesté. Son ambassadeur à Pékin, Kenji Kanasugi, a été convoqué.')).toEqual(['person:kenji-kanasugi>country:JP:ambassadeur']);
  });

  it('investigation and wire brief: a firm\'s title after a pronoun sentence points to the firm last named', () => {
    expect(roles('La société tchèque Zbrojovka Defence a acheté des obus. Elle les aurait livrés à l’armée ukrainienne. Son directeur général, Petr Novak, n’a pas répondu.')).toEqual(['person:petr-novak>org:zbrojovka-defence:directeur général']);
    expect(roles('Le groupe minier chinois Zijin a racheté la mine. Elle produira du cuivre dès 2026. Son PDG, Chen Jinghe, a salué l’accord.')).toEqual(['person:chen-jinghe>org:zijin:PDG']);
  });

  it('wire brief, dispatch and analysis: the head of a body known only by its name, the body\'s kind in apposition', () => {
    expect(roles('Le patron de Petrobras, Jean Paul Prates, a été limogé.')).toEqual(['person:jean-paul-prates>org:petrobras:patron']);
    expect(roles('Jean Paul Prates, patron de Petrobras, a été limogé.')).toEqual(['person:jean-paul-prates>org:petrobras:patron']);
    expect(roles('Le président de Codelco, Máximo Pacheco, a signé.')).toEqual(['person:maximo-pacheco>org:codelco:président']);
    // The nationality in "société chilienne" is the firm's, not the director's state.
    expect(roles('Le directeur de Minera Andina, société chilienne, Pablo Rojas, a démenti.')).toEqual(['person:pablo-rojas>org:minera-andina:directeur']);
    expect(roles('Pablo Rojas, directeur de Minera Andina, société chilienne cotée à Santiago, a démenti.')).toEqual(['person:pablo-rojas>org:minera-andina:directeur']);
    expect(roles('Le patron de Petrobras, la compagnie publique brésilienne, Jean Paul Prates, a été limogé.')).toEqual(['person:jean-paul-prates>org:petrobras:patron']);
    // A relative's name after "de" stays a person's.
    expect(read('La sœur de Kim Jong-un, Kim Yo-jong, a parlé.').doc.nodes.filter((n) => n.label === 'Organization')).toEqual([]);
  });

  it('live blog: a short name closing the title ("la présidente de la Commission") names the body of the union already named', () => {
    expect(roles('09h15 — L’Union européenne débloque des fonds. La présidente de la Commission, Ursula von der Leyen, est attendue à Tallinn.')).toEqual(['person:ursula-von-der-leyen>org:eu-commission:présidente de la Commission']);
  });

  it('portrait and dispatch: "nommée", "désigné", "reconduit" before a title in apposition after the name', () => {
    expect(roles('Magda Chambriard, nommée présidente de Petrobras en mai, a promis des dividendes.')).toEqual(['person:magda-chambriard>org:petrobras:présidente']);
    expect(roles('Lors de la réunion, Tomasz Wrona, désigné porte-parole du gouvernement polonais, a démenti.')).toEqual(['person:tomasz-wrona>country:PL:porte-parole']);
  });
});
