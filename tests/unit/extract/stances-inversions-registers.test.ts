import { describe, expect, it } from 'vitest';
import { type Case, stancesOf } from './stances-helpers';

// Made-up statements whose speaker follows the verb in shapes the plain ", a déclaré X" does not cover: an interview's
// "nous a-t-il affirmé" or "m'a confié X" (a dative clitic before the auxiliary), a promise or an oath told after the
// quote ("promet X", "jure X"), and a subject held apart from its verb by relative clauses. Topics: mining in the Andes,
// East African ports, dams on the Nile, fisheries, Arctic gas, hospitals.
const cases: Record<string, Case[]> = {
  'interview answer': [
    // a dative clitic before the inverted auxiliary: the person the reporter met speaks
    { text: "Le ministre chilien des Mines, Diego Pardow, a visité la mine. « Nous ne brûlerons pas les étapes », nous a-t-il affirmé.", stances: ['Diego Pardow ASSERTS'] },
    { text: "La directrice de l'hôpital, Ana Ruiz, reçoit dans son bureau. « Nous manquons de tout », m'a-t-elle confié.", stances: ['Ana Ruiz ASSERTS'] },
    { text: "« Le port rouvrira en mai », nous a assuré le ministre kényan des Transports, Kipchumba Murkomen.", stances: ['Kipchumba Murkomen ASSERTS'] },
    { text: "« Aucun chalutier étranger n'a reçu de licence », nous a indiqué la ministre sénégalaise des Pêches, Fatou Diouf.", stances: ['Fatou Diouf DENIES'] },
  ],
  dispatch: [
    // a promise told after the quote states what its speaker holds will happen
    { text: "« Le barrage sera achevé en 2030 », promet le ministre éthiopien de l'Eau, Habtamu Itefa.", stances: ['Habtamu Itefa ASSERTS'] },
    { text: "« Les salaires seront versés avant la fin du mois », a promis le Premier ministre malien, Abdoulaye Maïga.", stances: ['Abdoulaye Maïga ASSERTS'] },
    // an oath with a bare infinitive is a statement, and a denial when the infinitive is negated
    { text: 'Ankara jure ne pas avoir livré de drones au Soudan.', stances: ['Turquie DENIES'] },
    { text: "Le président bolivien, Luis Arce, jure avoir remboursé toute la dette chinoise.", stances: ['Luis Arce ASSERTS'] },
  ],
  analysis: [
    // a subject held apart from its verb by two relative clauses is still the speaker, not a state inside them
    { text: "La Norvège, qui, comme la Suède, est membre de l'Otan et qui a fermé sa frontière, affirme que le gazoduc a été saboté.", stances: ['Norvège ASSERTS'] },
    { text: "Le Ghana, qui, à la différence du Togo, exporte son cacao par Tema et qui vient d'emprunter, assure que ses caisses sont pleines.", stances: ['Ghana ASSERTS'] },
  ],
  'live blog': [
    // ... but a promise to do something is no statement without "que", a quote or an infinitive after it
    { text: "9h10 — Le Japon promet une aide au Kenya.", stances: [] },
    { text: "9h40 — « Nous tiendrons », nous a-t-on répété à la mairie.", stances: [] },
  ],
};

describe.each(Object.entries(cases))('who speaks after the verb in a %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});
