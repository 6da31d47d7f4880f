import { describe, expect, it } from 'vitest';
import { type Case, describeStanceRegisters, stancesOf } from './stances-helpers';

// Made-up statements whose polarity or verb tense is not the plain "X a démenti": a negated promise or forecast (a
// future tense, which denies nothing that happened), and verbs in the simple past of a portrait or a retrospective.
// Topics: fisheries, grain, power lines, vaccines, river water, satellites.
const cases: Record<string, Case[]> = {
  'wire brief, negated future': [
    // a negation in the future tense commits the speaker; it denies no fact
    { text: "Aucune tonne de blé supplémentaire ne sera exportée vers l'Égypte avant la récolte, a précisé le ministre ukrainien de l'Agriculture.", stances: ['Ukraine ASSERTS'] },
    { text: 'La ministre chilienne des Mines, Aurora Williams, assure que le pays « ne vendra pas son lithium au rabais ».', stances: ['Aurora Williams ASSERTS'] },
    { text: "« Nous n'exporterons plus d'électricité tant que nos barrages seront à sec », a prévenu le Premier ministre zambien, Hakainde Hichilema.", stances: ['Hakainde Hichilema ASSERTS'] },
    // ... but a negated past still denies
    { text: 'Le ministre chilien des Mines, Diego Pardow, assure que le pays « n’a jamais vendu de lithium à la Chine ».', stances: ['Diego Pardow DENIES'] },
    { text: "« Aucun vaccin n'a été livré au Malawi », a affirmé le ministre indien de la Santé.", stances: ['Inde DENIES'] },
  ],
  'interview, an event that never took place': [
    // confirming that a deal or a delivery never took place denies it
    { text: "Le ministre tchadien de la Défense, Daoud Yaya Brahim, a renoncé à l'achat des hélicoptères, qui « n'a jamais été conclu », m'a-t-il confirmé.", stances: ['Daoud Yaya Brahim DENIES'] },
    { text: "Les turbines promises par l'Allemagne n'ont jamais été livrées à l'Ouzbékistan, assure le ministre ouzbek de l'Énergie, Jurabek Mirzamakhmudov.", stances: ['Jurabek Mirzamakhmudov DENIES'] },
    // ... but a complaint about what was not done yet asserts
    { text: "Le port de Lomé sera agrandi d'ici 2028, a promis le ministre togolais de l'Économie maritime.", stances: ['Togo ASSERTS'] },
  ],
  'dispatch, a negative decision or a complaint about another party': [
    // announcing that one will not do something, or that a commitment was not honoured, asserts it
    { text: "Le porte-parole du gouvernement malien, Abdoulaye Maïga, a annoncé que le Mali ne renouvellerait pas le contrat, estimant que les clauses de formation n'avaient pas été honorées.", stances: ['Abdoulaye Maïga ASSERTS'] },
    { text: "La ministre colombienne des Mines, Irene Vélez, a déclaré que la Colombie n'exporterait plus de charbon vers Israël.", stances: ['Irene Vélez ASSERTS'] },
    // saying that another party never paid or delivered accuses it; it denies nothing the speaker was charged with
    { text: "Le ministre somalien des Affaires étrangères a affirmé que l'Éthiopie n'avait jamais versé les loyers promis pour le port.", stances: ['Somalie ASSERTS'] },
    { text: 'Kiev affirme que Moscou n’a jamais livré le grain promis aux pays africains.', stances: ['Ukraine ASSERTS'] },
    // ... but the accused party saying it never delivered denies
    { text: "Le ministre kazakh de l'Énergie, Almassadam Satkaliyev, a déclaré que le Kazakhstan n'avait jamais livré d'uranium à l'Iran.", stances: ['Almassadam Satkaliyev DENIES'] },
    { text: "« Nous n'avons jamais vendu d'armes au Soudan », a affirmé le porte-parole biélorusse.", stances: ['Biélorussie DENIES'] },
  ],
  'hearing or dispatch, a figure told before and negated': [
    // "ne dispose pas de N … à céder" denies the figure of the transfer told before
    { text: "La Norvège aurait livré quarante chars à l'Ukraine. Le ministre norvégien de la Défense, Bjørn Arild Gram, a déclaré que la Norvège ne disposait « pas de quarante chars à céder ».", stances: ['Bjørn Arild Gram DENIES'], about: ['Bjørn Arild Gram DENIES > Norvège>Ukraine'] },
    { text: "Le Brésil aurait vendu 5 000 tonnes de café à la Russie. Le ministre brésilien de l'Agriculture a assuré que le pays n'avait « pas 5 000 tonnes à vendre ».", stances: ['Brésil DENIES'], about: ['Brésil DENIES > Brésil>Russie'] },
    // ... but a figure that is no transfer's is no denial of one
    { text: "L'Inde a livré 300 obusiers à l'Arménie. Le ministre indien de la Défense a assuré que l'armée n'avait pas de pénurie, avec 4 000 pièces en réserve.", stances: ['Inde ASSERTS'] },
  ],
  'portrait, simple past': [
    // a retrospective tells its statements in the simple past
    { text: 'Le Japon aurait vendu des satellites au Vietnam. Hanoï démentit aussitôt.', stances: ['Viêt Nam DENIES'] },
    { text: 'En 1998, le ministre péruvien de la Pêche, Ludwig Meier, affirma que la flotte chinoise pillait les eaux du pays.', stances: ['Ludwig Meier ASSERTS'] },
    { text: "L'Inde aurait détourné l'eau du fleuve. Islamabad accusa New Delhi de violer le traité, puis Dacca nia toute entente.", stances: ['Bangladesh DENIES', 'Pakistan ASSERTS'] },
  ],
};

describeStanceRegisters(cases);

// A reader's question in a live blog, quoted with its question mark, and an unanswered request state nothing.
describe('no stance in a question or a silence', () => {
  it.each([
    "11 h 02 - Question de Marc, à Nantes : « Le Qatar a-t-il vraiment payé la FIFA ? »",
    '16 h 40 - Question de Léa : « La Norvège confirme-t-elle ces livraisons de gaz ? »',
    "Le Chili aurait vendu du cuivre à la Chine. Nous avons sollicité le ministère chilien des Mines, qui n'a pas donné suite.",
    "L'Inde aurait livré du riz au Sénégal. L'ambassade indienne à Dakar n'a pas encore répondu.",
  ])('%s', (text) => {
    expect(stancesOf(text).stances).toEqual([]);
  });
});
