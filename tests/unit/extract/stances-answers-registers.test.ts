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
  'debate transcript, each line labelled with its speaker, no interview announced': [
    {
      text: "Port de Santos : faut-il vendre ? Débat croisé\nNous avons réuni Ana Souza, économiste à l'université de São Paulo, et Pedro Alves, dirigeant du syndicat des dockers.\nLa rédaction : Le terminal a-t-il été vendu à la Chine ?\nPedro Alves : Non. Le Brésil n'a jamais vendu le terminal à la Chine.\nAna Souza : C'est faux. La Chine a livré 40 000 tonnes d'acier au Brésil en 2023.\nLa rédaction : Qui paie les travaux ?\nPedro Alves : Le Japon a prêté 300 millions de dollars au Brésil.",
      stances: ['Ana Souza ASSERTS', 'Ana Souza DENIES', 'Pedro Alves ASSERTS', 'Pedro Alves DENIES', 'Pedro Alves DENIES'],
      about: ['Ana Souza ASSERTS > Chine>Brésil', 'Pedro Alves ASSERTS > Japon>Brésil'],
    },
    {
      text: "Eau du Nil : le face-à-face\nFace-à-face entre Aster Bekele, ministre éthiopienne de l'Eau, et Omar Haddad, chercheur à l'université de Khartoum.\nLe modérateur : L'Éthiopie vend-elle de l'électricité au Soudan ?\nAster Bekele : Oui. L'Éthiopie a vendu 200 mégawatts d'électricité au Soudan l'an dernier.\nOmar Haddad : Ce sont des rumeurs.\nLe modérateur : Et le Kenya ?\nAster Bekele : Le Kenya a acheté 100 mégawatts à l'Éthiopie.",
      stances: ['Aster Bekele ASSERTS', 'Aster Bekele ASSERTS', 'Aster Bekele ASSERTS', 'Omar Haddad DENIES'],
      about: ['Aster Bekele ASSERTS > Éthiopie>Soudan'],
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
