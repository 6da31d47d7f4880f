import { describe, expect, it } from 'vitest';
import { type Case, stancesOf } from './stances-helpers';

// An interview's answers, in made-up exchanges on topics no rule was written on (mining, fisheries, health, energy).
// An answer line needs no reporting verb to be the guest's, but it is a stance only when it claims, denies or confirms
// something: a fact of the graph it states, a "no" or a negation, a "yes" to what was asked. Commentary, plans and
// small talk ("C'est un partenaire exigeant") put no edge on the map. A prompt of the interviewer that ends on
// suspension points instead of a question mark ("Les investisseurs s'en inquiètent…") is no answer either.
const cases: Record<string, Case[]> = {
  'interview, plain paragraphs': [
    {
      text: "Entretien avec Rosa Quispe, ministre bolivienne des Mines.\nQui achète votre lithium ?\nLa Chine nous a acheté vingt mille tonnes de lithium l'an dernier. C'est un partenaire exigeant. Nous travaillons beaucoup avec ses ingénieurs.\nEt l'Europe ?\nNous n'avons rien vendu à l'Allemagne.",
      stances: ['Rosa Quispe ASSERTS', 'Rosa Quispe DENIES'],
      about: ['Rosa Quispe ASSERTS > Bolivie>Chine'],
    },
    {
      text: "Entretien avec Tomas Berg, directeur de la pêche des îles Féroé.\nLa flotte se porte-t-elle bien ?\nLes prises ont doublé en dix ans. Nos marins sont fiers. Le hareng reste notre fierté.\nLe Parlement veut revoir les quotas. Les armateurs s'en inquiètent…\nLe Parlement a demandé une étude. Personne ne parle de fermer la pêche.",
      stances: [],
    },
  ],
  'interview, Q and R lines': [
    {
      text: "Entretien avec Grace Otieno, ministre kényane de la Santé.\nQuestion : Le Kenya a-t-il reçu des vaccins indiens ?\nRéponse : Oui.\nQuestion : Comment jugez-vous la campagne ?\nRéponse : Les équipes travaillent jour et nuit. Nous sommes optimistes.",
      stances: ['Grace Otieno ASSERTS'],
    },
    {
      text: "Entretien avec Grace Otieno, ministre kényane de la Santé.\nQ : L'Inde a-t-elle livré des vaccins au Kenya ?\nR : Absolument pas. L'Inde ne nous a livré aucune dose.\nQ : Et la suite ?\nR : Nous verrons bien. La saison des pluies commence.",
      stances: ['Grace Otieno DENIES', 'Grace Otieno DENIES'],
    },
    // a "yes" word that a "que non" or a "pas" turns round says no
    {
      text: "Entretien avec Ilse Berg, ministre norvégienne de la Pêche.\nQ : La Norvège a-t-elle vendu du saumon à la Russie ?\nR : Bien sûr que non.\nQ : Et du cabillaud ?\nR : Évidemment pas.",
      stances: ['Ilse Berg DENIES', 'Ilse Berg DENIES'],
    },
  ],
  'interview, dashes': [
    {
      text: "Mehdi Larbi, directeur de la compagnie pétrolière nationale, répond à nos questions.\n— Vous exportez vers l'Italie ?\n— L'Algérie a livré deux millions de tonnes de gaz à l'Italie en 2024. Les prix sont bons. Le marché est calme.\n— Vous accusez pourtant les acheteurs de tirer les prix vers le bas…\n— Je constate. Les prix ont baissé de moitié.",
      stances: ['Mehdi Larbi ASSERTS'],
      about: ['Mehdi Larbi ASSERTS > Algérie>Italie'],
    },
  ],
  'dispatch (no interview: unchanged)': [
    { text: "La Chine a acheté vingt mille tonnes de lithium à la Bolivie, a affirmé la ministre Rosa Quispe. C'est un partenaire exigeant.", stances: ['Rosa Quispe ASSERTS'] },
  ],
};

describe.each(Object.entries(cases))('answers in an %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});
