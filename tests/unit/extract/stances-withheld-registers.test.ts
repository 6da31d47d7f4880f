import { describe, expect, it } from 'vitest';
import { type Case, describeStanceRegisters, stancesOf } from './stances-helpers';

// One convention for withheld answers: a party that declines to comment on a fact put to it ("n'a pas souhaité
// commenter", "ne l'a ni confirmé ni démenti", "a refusé de nous le dire") gives an answer that cannot confirm it; a
// party that gave no answer at all ("n'a pas répondu", "n'a pas donné suite") said nothing, and takes no stance.
// Also: a "none" subject ("pas un flacon", "pas un seul dollar") says the fact did not happen.
// Topics: fisheries, rail, medicines, satellites, timber, water.
const cases: Record<string, Case[]> = {
  'wire brief, a clitic for the fact and an agreed participle': [
    { text: "Le Maroc aurait cédé des licences de pêche à l'Espagne. Le ministère marocain de la Pêche ne les a ni confirmées ni démenties.", stances: ['Ministère marocain de la Pêche CANNOT_CONFIRM'], about: ['Ministère marocain de la Pêche CANNOT_CONFIRM > Maroc>Espagne'] },
    { text: "Selon Reuters, la Chine a livré des locomotives au Kenya. La compagnie Kenya Railways ne l'a ni confirmé ni infirmé.", stances: ['Kenya Railways CANNOT_CONFIRM', 'Reuters ASSERTS'] },
  ],
  'investigation, a refusal to give the fact': [
    { text: "Le ministère malien de la Santé n'a jamais publié le nombre de doses reçues, et a refusé de nous le communiquer.", stances: ['Ministère malien de la Santé CANNOT_CONFIRM'] },
    { text: "L'OMS a refusé de nous en donner le montant.", stances: ['OMS CANNOT_CONFIRM'] },
  ],
  'dispatch, a "none" subject': [
    { text: "« Pas un mètre cube n'a été vendu à l'Égypte », a assuré le ministre éthiopien de l'Eau.", stances: ['Éthiopie DENIES'] },
    { text: "« Pas une seule grume n'a quitté le pays », a affirmé la ministre gabonaise des Forêts, Nadège Bouma.", stances: ['Nadège Bouma DENIES'] },
  ],
  'dispatch, an embassy named by its noun alone speaks for the state of the ambassador named before': [
    { text: "L'ambassadeur du Japon au Kenya, Ken Okaniwa, a inauguré la centrale. L'ambassade n'a pas souhaité commenter ce point.", stances: ['Japon CANNOT_CONFIRM'] },
    { text: "L'ambassadeur de France au Mali, Christian Rouyer, a quitté Bamako. Selon l'ambassade, la France a livré 30 000 tonnes de riz au Mali en 2024.", stances: ['France ASSERTS'], about: ['France ASSERTS > France>Mali'] },
  ],
};

describeStanceRegisters(cases);

// No answer reached the reporter: nothing was said.
describe('no stance for a party that did not answer', () => {
  it.each([
    "Le Maroc aurait cédé des licences de pêche à l'Espagne. Le ministère marocain de la Pêche n'a pas répondu à nos questions.",
    "La Chine aurait livré des locomotives au Kenya. Kenya Railways n'a pas donné suite à nos sollicitations.",
  ])('%s', (text) => {
    expect(stancesOf(text).stances).toEqual([]);
  });
});
