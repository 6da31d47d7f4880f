import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up quotes standing as their own sentence, named in the next one by a noun for words ("La phrase de X",
// "Ces mots du ministre …, X", "La déclaration de X"): the person so named says the quote, and it is about the fact
// the quote names or points back to. Topics: armour, drones, wheat.
const cases: Record<string, Case[]> = {
  'portrait, the quote as its own paragraph': [
    { text: "La Russie aurait livré des blindés au Mali.\n\n« Nous n'avons jamais livré le moindre blindé au Mali. »\n\nLa phrase de Dmitri Peskov, porte-parole du Kremlin, a fait le tour des réseaux sociaux.", stances: ['Dmitri Peskov DENIES'], about: ['Dmitri Peskov DENIES > Russie>Mali'] },
    { text: 'La Turquie a livré des drones au Niger.\n\n« Ces drones ont changé la guerre. »\n\nCes mots du ministre nigérien de la Défense, Salifou Mody, ont été prononcés lundi à Niamey.', stances: ['Salifou Mody ASSERTS'], about: ['Salifou Mody ASSERTS > Turquie>Niger'] },
  ],
  'analysis, the quote in the paragraph': [
    { text: "L'Ukraine a livré 20 000 tonnes de blé au Soudan. « Ce blé a sauvé des milliers de familles. » La déclaration de Jibril Ibrahim a surpris à Khartoum.", stances: ['Jibril Ibrahim ASSERTS'], about: ['Jibril Ibrahim ASSERTS > Ukraine>Soudan'] },
    // a quote already given its speaker is not taken again
    { text: "La Turquie a livré des drones au Niger. « Ces drones ont changé la guerre », a déclaré Salifou Mody. La phrase de Mahamadou Issoufou a surpris.", stances: ['Salifou Mody ASSERTS'] },
  ],
};

describeStanceRegisters(cases);
