import { describe, expect, it } from 'vitest';
import { flows } from './helpers';

// Made-up sentences: "il"/"elle" agree in gender and number with what they stand for, and "lui"/"leur"
// after a buying verb name the seller.

describe('transfers: pronouns agree with what they stand for', () => {
  it.each([
    ['Le Kenya dépend de la Serbie. Elle lui a vendu 300 obus en 2023.', ['Serbie>Kenya:artillery_shells:300']],
    ['La Serbie dépend du Kenya. Il lui a vendu 300 obus en 2023.', ['Kenya>Serbie:artillery_shells:300']],
    ["Le Brésil a signé un accord avec l'Inde. Elle lui a vendu des avions.", ['Inde>Brésil:weapons']],
    ['Le Kenya est proche de la Serbie. Il lui a acheté 300 obus en 2023.', ['Serbie>Kenya:artillery_shells:300']],
    ['La Serbie est proche du Kenya. Il lui a acheté 300 obus en 2023.', ['Serbie>Kenya:artillery_shells:300']],
    ['Le Chili est un client de la Suède. Le Chili lui a acheté des radars.', ['Suède>Chili:weapons']],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});

describe('transfers: a nameless official or body stands for its state', () => {
  it.each([
    ['Le ministre kényan de la Défense a reçu des obus de la Serbie.', ['Serbie>Kenya:artillery_shells']],
    ['Un haut responsable serbe aurait livré des obus au Kenya.', ['Serbie>Kenya:artillery_shells']],
    // the state criticised is not the one that speaks, and the relative's subject sends
    ['Le ministre kényan a critiqué la Serbie, qui a livré des obus au Soudan.', ['Serbie>Soudan:artillery_shells']],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});

describe('transfers: goods told again complete the first telling', () => {
  it('fills the missing sender rather than adding a second transfer', () => {
    expect(flows('Le Chili a reçu des drones. Ils lui ont été fournis par la Suède.')).toEqual(['Suède>Chili:weapons']);
    expect(flows('Le Chili a reçu des drones. Ils ne peuvent avoir été fournis que par la Suède.')).toEqual(['Suède>Chili:weapons']);
  });
});

describe('transfers: a bare state noun means the state it was last tied to', () => {
  it.each([
    [
      'Le régime vénézuélien a reçu des drones de Téhéran. Le Nicaragua a aussi reçu des drones. Le régime a ensuite reçu des missiles de la Russie.',
      ['Iran>Venezuela:weapons', 'Russie>Venezuela:missiles'],
    ],
    [
      'Le régime syrien a acheté des blindés à la Russie. La Jordanie a reçu des radars. Le régime a ensuite reçu des drones iraniens.',
      ['Iran>Syrie:weapons', 'Russie>Syrie:weapons'],
    ],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});
