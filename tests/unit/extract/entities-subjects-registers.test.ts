import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire brief, live blog, dispatch, analysis, interview answer) on energy,
// policing, aviation, shipping and health: a body named by its bare name as the subject opening a sentence ("Petrobras
// a annoncé", "Europol dément"), with no kind word to say what it is. A person is first named in full, so a lone unknown
// name reporting or sending goods at a sentence's head is a body; pronouns, indefinites and known surnames are not.

/** Node "Label:name" of the people and bodies, sorted. */
const actors = (text: string) =>
  read(text)
    .doc.nodes.filter((n) => n.label === 'Organization' || n.label === 'Person')
    .map((n) => `${n.label}:${n.name}`)
    .sort();

describe('a bare name opening a sentence as the subject of a reporting verb', () => {
  it.each([
    ['wire brief', 'Ecopetrol a annoncé la fermeture de sa raffinerie de Barrancabermeja.', ['Organization:Ecopetrol']],
    ['live blog', 'Interpol dément toute implication dans l’arrestation.', ['Organization:Interpol']],
    ['dispatch', 'Finnair n’a pas souhaité commenter ces informations.', ['Organization:Finnair']],
    ['analysis', 'Glencore a confirmé la vente de sa part dans la mine.', ['Organization:Glencore']],
    ['interview answer', '« Gavi a indiqué que les doses arriveraient en mars », précise-t-elle.', ['Organization:Gavi']],
    // ... or of a verb that sends goods: a place receives more often than it sends.
    ['wire brief', 'Embraer a livré deux avions ravitailleurs au Portugal.', ['Organization:Embraer']],
    ['analysis', 'Glencore vend désormais son cobalt à la Chine.', ['Organization:Glencore']],
    // ... after a short fronted phrase in lower case: a time, a source, a participle.
    ['wire brief', 'Dans un communiqué publié lundi, Ecopetrol a annoncé la fermeture du site.', ['Organization:Ecopetrol']],
    ['dispatch', 'Jeudi soir, Interpol a démenti toute implication.', ['Organization:Interpol']],
    ['analysis', 'Contacté par téléphone, Glencore n’a pas souhaité commenter.', ['Organization:Glencore']],
  ])('%s: %s', (_register, text, expected) => {
    expect(actors(text as string)).toEqual(expected);
  });

  it('a pronoun, an indefinite or a surname already named stays what it is', () => {
    expect(actors('Personne n’a confirmé la livraison.')).toEqual([]);
    expect(actors('Celle-ci a démenti toute livraison.')).toEqual([]);
    expect(actors('Le ministre Jonas Gahr Lindqvist était à Oslo. Lindqvist a annoncé une aide.')).toEqual(['Person:Jonas Gahr Lindqvist']);
    expect(actors('14h05 — Démenti jugé « tardif » par le gouvernement.')).toEqual([]);
    expect(actors('Interrogé par l’AFP, Lindqvist a démenti.')).toEqual(['Organization:AFP']);
    expect(actors('Kramatorsk a reçu des renforts dans la nuit.')).toEqual([]);
    // A feast or season opening the sentence is when, not who.
    expect(actors('Noël a confirmé la tendance : les ventes de jouets reculent.')).toEqual([]);
    expect(actors('14h20 — Ramadan oblige, le marché a annoncé des horaires réduits.')).toEqual([]);
    expect(actors('Pâques a confirmé le retour des touristes sur l’île.')).toEqual([]);
    // A headline (no closing stop) names someone by the surname before the article gives the full name.
    expect(actors('Ferreira dément toute livraison d’armes\n\nLe ministre angolais de la Défense, João Ferreira, a démenti jeudi toute livraison au Soudan.')).toEqual(['Person:João Ferreira']);
  });

  it('a body named in full before is named again by its first word', () => {
    expect(actors('Le japonais Sumitomo Metal Mining conteste l’accord. Sumitomo affirme que le contrat est caduc.')).toEqual(['Organization:Sumitomo Metal Mining']);
  });
});
