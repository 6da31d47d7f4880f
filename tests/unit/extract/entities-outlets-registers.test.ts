import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (press review, wire, live blog, analysis) on energy, ports and trade: a
// foreign outlet named with its own article ("El Tiempo", "La Nación", "Il Manifesto") is a body when it reports,
// whether as the subject of a verb of speech or after "selon".

const bodies = (text: string) => actorsOf(text, 'Organization');

describe('an outlet named with its article', () => {
  it.each([
    ['press review', 'À Bogotá, El Tiempo affirme que le contrat a été signé.', 'Organization:El Tiempo'],
    ['press review', 'À Buenos Aires, La Nación rappelle que le gaz arrive par bateau.', 'Organization:La Nación'],
    ['wire', 'Selon Il Manifesto, Rome a livré douze blindés à Tripoli.', 'Organization:Il Manifesto'],
    ['live blog', '12h05 — Los Tiempos assure que la mine a fermé.', 'Organization:Los Tiempos'],
  ])('%s: %s', (_register, text, body) => {
    expect(bodies(text)).toEqual([body]);
  });

  it('a French article before a name, a place or a person, is no outlet', () => {
    expect(bodies('Le Pen affirme que la loi passera. La Havane assure que le navire est parti. Selon La Paz, le gaz manque.')).toEqual([]);
  });
});
