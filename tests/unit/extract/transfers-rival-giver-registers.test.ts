import { describe, expect, it } from 'vitest';
import { flows } from './helpers';

// Made-up sentences: once a sentence has told who gave what to whom, a second giver's "lui"/"leur" stands for the
// receiver of the first gift, not for the first giver (a rival supplier serves the same client).

describe('transfers: a rival giver\'s "lui" is the earlier receiver', () => {
  it.each([
    // wire
    ['La Turquie a vendu au Pakistan quatre corvettes en 2021. La Chine lui a livré huit sous-marins.', ['Chine>Pakistan:weapons:8', 'Turquie>Pakistan:weapons:4']],
    // dispatch, an apposition between the subject and the clitic
    ["L'Arabie saoudite a livré l'an dernier au Soudan 200 000 tonnes de blé. L'Égypte, deuxième fournisseur, lui a expédié 90 000 tonnes de farine.", ['Arabie Saoudite>Soudan:aid:200000', 'Égypte>Soudan:aid:90000']],
    // analysis, plural receivers
    ['Le Japon a donné aux Philippines trois patrouilleurs. Les États-Unis leur ont cédé deux frégates.', ['Japon>Philippines:weapons:3', 'États-Unis>Philippines:weapons:2']],
  ])('%s', (text, expected) => {
    expect(flows(text).sort()).toEqual(expected.sort());
  });

  it.each([
    // the earlier subject received: "lui" is still that subject
    ['Le Niger a acheté des drones à la Turquie. La Russie lui a fourni des blindés.', ['Russie>Niger:weapons', 'Turquie>Niger:weapons']],
    // no transfer before: the earlier subject
    ['Le Tchad a rompu avec la France. La Russie lui a livré des hélicoptères.', ['Russie>Tchad:weapons']],
  ])('keeps the earlier subject: %s', (text, expected) => {
    expect(flows(text).sort()).toEqual(expected.sort());
  });
});

describe('transfers: an actor named inside a relative clause is not the sentence\'s subject', () => {
  it.each([
    // dispatch
    ["L'Égypte, qui a rejoint les Brics en janvier 2024, multiplie les fournisseurs. La Russie lui a livré 1 100 locomotives.", ['Russie>Égypte:technology:1100']],
    // analysis
    ['Le Kenya, que la Chine courtise depuis dix ans, diversifie ses achats. La Turquie lui a vendu six drones.', ['Turquie>Kenya:weapons:6']],
  ])('%s', (text, expected) => {
    expect(flows(text).sort()).toEqual(expected.sort());
  });
});
