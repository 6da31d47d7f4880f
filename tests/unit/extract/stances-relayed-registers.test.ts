import { describe, expect, it } from 'vitest';
import { type Case, describeStanceRegisters, stancesOf } from './stances-helpers';

// A claim told before, then relayed by someone in the passive ("Elle a été reprise par X", "Cette rumeur a été relayée
// par Y"): whoever relays it asserts it, about what it says. Topics: rice, shells, wheat; a town and a factory.
const cases: Record<string, Case[]> = {
  'fact-check, a pronoun for the claim': [
    {
      text: "L'affirmation circule depuis lundi sur les réseaux sociaux : « Le Vietnam a vendu 500 000 tonnes de riz à la Chine. » Elle a été reprise par le député philippin Rodante Marcoleta, qui l'a relayée devant ses abonnés.",
      stances: ['Rodante Marcoleta ASSERTS'],
      about: ['Rodante Marcoleta ASSERTS > Viêt Nam>Chine'],
    },
  ],
  'analysis, a claim noun as the subject': [
    {
      text: "Selon des blogs anonymes, l'Allemagne aurait livré des obus à la Pologne. Cette rumeur a été largement relayée par le parti AfD.",
      stances: ['AfD ASSERTS'],
      about: ['AfD ASSERTS > Allemagne>Pologne'],
    },
    {
      text: "Le Maroc aurait vendu 20 000 tonnes de blé au Sénégal, selon un site d'information. L'information a été reprise par le ministre sénégalais de la Pêche, Fatou Diouf.",
      stances: ['Fatou Diouf ASSERTS'],
      about: ['Fatou Diouf ASSERTS > Maroc>Sénégal'],
    },
  ],
};

describeStanceRegisters(cases);

// A place taken back, a sale taken over: "reprise par" an army or a firm relays nobody's words.
describe('no relay where nothing was said', () => {
  it.each([
    "Les rebelles avaient pris la ville de Goma en janvier. Elle a été reprise par l'armée congolaise en mars.",
    "L'usine appartenait à Renault. Elle a été reprise par le groupe chinois BYD.",
  ])('%s', (text) => {
    expect(stancesOf(text).stances).toEqual([]);
  });
});
