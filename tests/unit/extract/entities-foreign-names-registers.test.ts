import { describe, expect, it } from 'vitest';
import { actorsOf as actors, rolesOf as roles } from './helpers';

// Made-up sentences in several registers (wire, dispatch, live blog, interview) on fisheries, trade, aviation and
// health: foreign names the French reader would cut, a surname with an apostrophe ("O'Brien", "D'Souza") and a
// surname that spells a French particle ("Du", "Le") apposed to a title.

describe('foreign names the French reader would cut', () => {
  it('wire and interview: a surname with an apostrophe after a capital is one word', () => {
    expect(actors('« Les quotas sont clairs », a affirmé Sean O’Brien, ministre irlandais de la Pêche.')).toEqual(['Country:Irlande', 'Person:Sean O’Brien']);
    expect(roles('« Les quotas sont clairs », a affirmé Sean O’Brien, ministre irlandais de la Pêche.')).toEqual(['person:sean-o-brien>country:IE']);
    expect(actors("Le contrat a été signé par Maria D'Souza, directrice de la compagnie Air Goa.")).toEqual(['Organization:Air Goa', "Person:Maria D'Souza"]);
  });

  it('live blog and dispatch: a surname that spells a particle, apposed to a title, opens the name', () => {
    expect(actors('16 h 10 — Le consul de Chine à Lusaka, Du Wenbin, dément toute pression.')).toEqual(['Country:Chine', 'Country:Zambie', 'Person:Du Wenbin']);
    expect(roles('Le ministre vietnamien du Commerce, Du Quang Minh, a signé l’accord.')).toEqual(['person:du-quang-minh>country:VN']);
    // Not after a title: "Du" opens a phrase, no one is named.
    expect(actors('Le Vietnam exporte. Du Mékong au delta, les rizières sèchent.').filter((a) => a.startsWith('Person'))).toEqual([]);
  });

  it('interview and wire: foreign function words inside a body\'s name keep it whole', () => {
    expect(actors('« Le barrage noie nos villages », dit Ana Ruiz, chargée de campagne à l’ONG allemande Rettet den Regenwald für die Zukunft.').filter((a) => a.startsWith('Organization'))).toEqual(['Organization:Rettet den Regenwald für die Zukunft']);
    expect(roles('Selon Tom Hale, chercheur à l’organisation Friends of the Earth, la mine pollue la rivière.')).toEqual(['person:tom-hale>org:friends-of-the-earth']);
  });

  it('analysis: capitalised English modifiers before a head both languages share open the body\'s name', () => {
    expect(actors('Les pêcheurs n’ont pas été consultés, selon le Coastal Justice Centre de Mombasa.')).toEqual(['Organization:Coastal Justice Centre de Mombasa']);
  });
});
