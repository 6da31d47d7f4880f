import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (wire, dispatch, live blog, interview, analysis) on diplomacy, defence and
// trade: a person named with initials ("J. D. Vance", "Mamadou A. Diallo", "H.R. McMaster") is one person, initials included.

const people = (text: string) => actorsOf(text, 'Person');

describe('a person named with initials', () => {
  it.each([
    ['wire', 'Le vice-président américain J. D. Vance a critiqué la décision de Bruxelles.', 'Person:J. D. Vance'],
    ['dispatch', "Selon Mamadou A. Diallo, porte-parole de l'armée, l'attaque a été repoussée.", 'Person:Mamadou A. Diallo'],
    ['analysis', "L'ancien conseiller H.R. McMaster juge l'accord dangereux.", 'Person:H.R. McMaster'],
    ['live blog', '17h05 — Le sénateur Robert F. Kennedy a voté contre le texte.', 'Person:Robert F. Kennedy'],
    ['interview', '« Nous ne livrerons rien », a répondu P. K. Mishra, conseiller du Premier ministre indien.', 'Person:P. K. Mishra'],
  ])('%s: %s', (_register, text, person) => {
    expect(people(text)).toEqual([person]);
  });

  it('"M." before a name is a courtesy title, not an initial', () => {
    expect(people('M. Okafor a confirmé la livraison.')).toEqual(['Person:Okafor']);
  });
});
