import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (wire, dispatch, live blog, interview, analysis) on mining, health, energy and
// customs: a body first described by its kind and then named between commas ("le constructeur allemand, Volkswagen,",
// "la douane péruvienne, la Sunat,"), or named first and then described ("Windara, le promoteur australien"), is a body
// of that name, however short and unknown the name.

const bodies = (text: string) => actorsOf(text, 'Organization');

describe('a body named in apposition after its kind', () => {
  it.each([
    ['wire', 'Le constructeur sud-coréen, Hanwha, livrera les obusiers en 2026.', 'Organization:Hanwha'],
    ['dispatch', "Lima a offert à la douane bolivienne, l'Aduana, six scanners mobiles.", 'Organization:Aduana'],
    ['live blog', '11h45 — Le développeur allemand, Enertrag, confirme son retrait du projet.', 'Organization:Enertrag'],
    ['interview', '« Nous avons vendu le minerai à un négociant suisse, Trafigura, en 2023 », dit-il.', 'Organization:Trafigura'],
    ['analysis', "L'agence publique d'électricité, Eskom, a importé du charbon du Mozambique.", 'Organization:Eskom'],
    ['wire', 'Le parc éolien appartient à Windara, le promoteur australien, depuis 2022.', 'Organization:Windara'],
  ])('%s: %s', (_register, text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('a place, a state or a person in apposition is no body', () => {
    const text = 'Le groupe, Londres et Paris le savent, a perdu; le fabricant, Wang Li, a démissionné; la banque, selon Berlin, a payé.';
    expect(actorsOf(text).filter((a) => !a.startsWith('Country:') && !a.startsWith('Person:'))).toEqual([]);
  });
});
