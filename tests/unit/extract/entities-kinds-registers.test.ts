import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (analysis, wire brief, live blog, dispatch, explainer) on the Arctic, Central
// Europe, Southern Africa, the Gulf and the Balkans: firms named only by the trade noun before or after them
// ("l'équipementier allemand X", "X, le gestionnaire finlandais"), trade nouns that name no firm, and the model
// names a vehicle or weapon noun puts before a capitalised name ("des blindés Piranha III"), which name no person.

/** Organization and Country node ids. */
const actors = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization' || n.label === 'Country').map((n) => n.id);

describe('firms named by their trade', () => {
  it.each([
    ['analysis', 'Les frégates ont été construites par le chantier norvégien Ulstein pour la marine.', ['org:ulstein', 'country:NO']],
    ['wire brief', 'Les turbines ont été fournies par l’équipementier allemand Voith.', ['org:voith', 'country:DE']],
    ['live blog', '11h40 — La coupure a frappé Fingrid, le gestionnaire finlandais, dans la nuit.', ['org:fingrid', 'country:FI']],
    ['explainer', 'Le motoriste britannique Rolls-Royce fabriquera les réacteurs.', ['org:rolls-royce', 'country:GB']],
    ['dispatch', 'L’électricien public sud-africain Eskom multiplie les coupures.', ['org:eskom', 'country:ZA']],
    ['analysis', 'Le fournisseur qatari de gaz Qatargas a livré la première cargaison.', ['org:qatargas', 'country:QA']],
    ['wire brief', 'Le sidérurgiste indien Tata Steel ferme son usine galloise.', ['org:tata-steel', 'country:IN']],
  ])('%s: %s', (_register, text, ids) => {
    expect(actors(text as string).sort()).toEqual([...(ids as string[])].sort());
  });

  it('a trade noun followed by a state names no firm', () => {
    expect(actors('Le premier fournisseur de la Serbie reste la Russie.').sort()).toEqual(['country:RS', 'country:RU']);
    expect(actors('Le gestionnaire du réseau a coupé la ligne vers la Moldavie.').sort()).toEqual(['country:MD']);
  });
});

describe('short names of a union\'s bodies', () => {
  it('"la Commission" once the Union is named; "le Parlement" stays unread, as a state has one too', () => {
    expect(actors('L’Union européenne débloque des fonds pour Chisinau. La Commission a salué l’accord.').sort()).toEqual(['country:MD', 'org:eu', 'org:eu-commission']);
    expect(actors('L’UE soutient la Géorgie. Le Parlement a voté la loi jeudi.').sort()).toEqual(['country:GE', 'org:eu']);
    expect(actors('La Commission a salué l’accord avec la Serbie.').sort()).toEqual(['country:RS']);
  });
});

describe('a model named after its vehicle or weapon noun', () => {
  const people = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Person').map((n) => n.name);
  it.each([
    ['wire brief', 'Le Danemark va céder une vingtaine de blindés Piranha III à l’Ukraine.'],
    ['dispatch', 'Le Maroc a reçu six hélicoptères Super Puma de la France.'],
    ['live blog', '10h12 — Deux vedettes Marlin Hunter ont été livrées au Ghana.'],
    ['analysis', 'L’Égypte aligne désormais des avions Mirage Horizon et des canons Caesar Nouvelle Génération.'],
  ])('%s: %s', (_register, text) => {
    expect(people(text as string)).toEqual([]);
  });

  it('a king keeps his regnal number', () => {
    expect(people('Le roi Charles III a reçu le président kényan William Ruto.').sort()).toEqual(['Charles III', 'William Ruto']);
  });
});

describe('a state body named by a capitalised head and its lower-case complement', () => {
  const bodies = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name);
  it.each([
    ['wire brief', 'Le Département fédéral des affaires étrangères a rappelé les faits.', 'Département fédéral des affaires étrangères'],
    ['dispatch', 'La demande a été transmise au Secrétariat général de la défense nationale.', 'Secrétariat général de la défense nationale'],
    ['analysis', 'Selon le Département fédéral de l’économie, les ventes ont baissé.', 'Département fédéral de l’économie'],
    ['live blog', '16h02 — Le Secrétariat fédéral des migrations confirme la visite.', 'Secrétariat fédéral des migrations'],
    ['explainer', 'Le Département des affaires étrangères et du commerce a publié la liste.', 'Département des affaires étrangères et du commerce'],
  ])('%s: %s', (_register, text, name) => {
    expect(bodies(text as string)).toEqual([name]);
  });
});

describe('a foreign body keeping its English name, modifiers before the head', () => {
  const bodies = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name);
  it.each([
    ['live blog', '13h20 — Le Royaume-Uni a versé un million de livres, annonce le Foreign Office.', 'Foreign Office'],
    ['wire brief', 'Selon le Serious Fraud Office, l’enquête est close.', 'Serious Fraud Office'],
    ['analysis', 'Le rapport du Defence Intelligence Committee a circulé à Londres.', 'Defence Intelligence Committee'],
  ])('%s: %s', (_register, text, name) => {
    expect(bodies(text as string)).toEqual([name]);
  });
});
