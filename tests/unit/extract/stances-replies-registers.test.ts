import { describe, expect, it } from 'vitest';
import { type Case, stancesOf } from './stances-helpers';

// Replies to what was told before, in made-up sentences on topics no rule was written on (fisheries, farming, health,
// energy), each construction in several registers: a possessive title with no name speaks for the state or body the
// sentence before opened with; an adverb of contrast between the auxiliary and the verb; a figure called overstated;
// a quote whose denial opened a sentence before the one its speaker closes.
const cases: Record<string, Case[]> = {
  'possessive title, no name ("Son ministre … a démenti")': [
    { text: 'La Russie aurait livré du blé à la Syrie. Son ministre des Affaires étrangères a démenti.', stances: ['Russie DENIES'], about: ['Russie DENIES > Russie>Syrie'] },
    { text: "Le Japon a financé deux patrouilleurs pour les Philippines. Sa porte-parole a confirmé l'envoi.", stances: ['Japon ASSERTS'] },
    { text: '10h05 — La Norvège aurait livré des vedettes à la Russie. 10h40 — Son ministre de la Défense dément.', stances: ['Norvège DENIES'], about: ['Norvège DENIES > Norvège>Russie'] },
    // a name in apposition speaks itself
    { text: "Le Qatar a livré du gaz à l'Allemagne. Son ministre de l'Énergie, Saad al-Kaabi, a démenti toute baisse des volumes.", stances: ['Saad al-Kaabi DENIES'] },
  ],
  'adverb of contrast before the participle ("a en revanche démenti")': [
    { text: "La Norvège a vendu du saumon à la Chine. Le ministre norvégien de la Pêche, Per Hansen, a salué l'accord. Il a en revanche démenti que la Norvège ait livré du saumon à la Russie.", stances: ['Per Hansen ASSERTS', 'Per Hansen DENIES'] },
    { text: "L'Inde aurait vendu du riz au Bangladesh. New Delhi a par ailleurs démenti toute vente de blé.", stances: ['Inde DENIES'] },
    // a denied clause naming both sides of a fact the article never told is about that clause, not the last sale told
    { text: "L'Afrique du Sud a vendu du charbon à l'Inde. Le ministre des Mines, Sipho Dlamini, a en revanche démenti que Pretoria ait suspendu ses ventes de charbon à Israël.", stances: ['Sipho Dlamini DENIES'], notAbout: ['Sipho Dlamini DENIES > Afrique du Sud>Inde'] },
    { text: "Le Chili a vendu du cuivre à la Chine. « Ces chiffres sont exagérés », a répondu Ana Ruiz. Le ministre Pablo Soto a démenti que Santiago ait livré du cuivre à la Russie.", stances: ['Ana Ruiz DENIES', 'Pablo Soto DENIES'], notAbout: ['Pablo Soto DENIES > Chili>Chine'] },
  ],
  'an elided subject after a verb that states nothing ("a reconnu des retards, mais a nié que")': [
    { text: 'Pablo Soto est ministre chilien. Le ministre a reconnu des retards, mais a nié que le Chili ait cessé ses livraisons.', stances: ['Pablo Soto DENIES'] },
    { text: "L'Égypte a reçu du blé russe. Le Caire a salué la médiation turque et démenti toute commande de blé ukrainien.", stances: ['Égypte ASSERTS', 'Égypte DENIES'] },
  ],
  'a figure called overstated': [
    { text: '« Ces chiffres sont exagérés », a répondu la présidente de la fédération, Ana Ruiz.', stances: ['Ana Ruiz DENIES'] },
    { text: "L'Argentine aurait exporté 80 000 bovins vers la Chine. Buenos Aires juge ce chiffre largement surestimé.", stances: ['Argentine DENIES'] },
    // ... but an overstated reaction is a judgement, not a denial of a fact
    { text: 'La Chine a dénoncé une réaction exagérée de Manille.', stances: ['Chine ASSERTS'] },
  ],
  'a quote whose denial opens a sentence before its speaker': [
    { text: "Le Brésil aurait livré du soja à l'Iran. « C'est faux. Nos cargaisons vont en Chine », a répondu Carlos Lima.", stances: ['Carlos Lima DENIES'] },
    { text: "L'Ouganda aurait vendu de l'or au Soudan. « Ce sont des mensonges. Notre or part à Dubaï », tranche le ministre ougandais des Mines.", stances: ['Ouganda DENIES'] },
    // ... a quote that asserts all through stays an assertion
    { text: "« Le Brésil a livré du soja à la Chine. Les cargaisons sont parties de Santos », a déclaré Carlos Lima.", stances: ['Carlos Lima ASSERTS'] },
  ],
};

describe.each(Object.entries(cases))('%s', (_construction, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});
