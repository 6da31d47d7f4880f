import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (wire, dispatch, live blog, interview, analysis) on policing, customs, finance
// and security: a state's institution keeps a qualifying adjective between its head and its nationality
// ("la police fédérale brésilienne", "la garde civile espagnole"), and is one body of that state, which is named too.

describe('an institution with an adjective before its nationality', () => {
  it.each([
    ['wire', 'La police fédérale brésilienne a saisi deux tonnes de cocaïne à Santos.', 'Organization:police fédérale brésilienne', 'Country:Brésil'],
    ['dispatch', 'Trente instructeurs de la garde civile espagnole forment depuis mars des agents sénégalais.', 'Organization:garde civile espagnole', 'Country:Espagne'],
    ['live blog', '14h10 — La gendarmerie royale marocaine annonce trois interpellations près de Nador.', 'Organization:gendarmerie royale marocaine', 'Country:Maroc'],
    ['interview', '« Nous avons remis douze véhicules à la police nationale colombienne », explique le diplomate.', 'Organization:police nationale colombienne', 'Country:Colombie'],
    ['analysis', 'Le Trésor ghanéen a émis de nouvelles obligations pour rembourser ses créanciers.', 'Organization:Trésor ghanéen', 'Country:Ghana'],
    ['wire', 'Washington a offert quatre scanners à la douane péruvienne.', 'Organization:douane péruvienne', 'Country:Pérou'],
  ])('%s: %s', (_register, text, body, state) => {
    expect(actorsOf(text)).toEqual(expect.arrayContaining([body, state]));
  });

  it('an adjective with no nationality after it names no body', () => {
    expect(actorsOf('La police nationale a ouvert une enquête à Lyon.').filter((a) => a.startsWith('Organization:'))).toEqual([]);
  });
});
