import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements carrying a gerund of speech ("tout en avertissant que", "en assurant que"): the gerund is a
// second statement by the speaker of the clause it hangs on, with a stance of its own, and the first statement ends
// where the gerund begins. Topics: armour, grants, fuel.
const cases: Record<string, Case[]> = {
  'dispatch, a denial then a gerund that asserts': [
    { text: "Sadio Camara a démenti que la Russie ait livré des blindés au Mali, tout en avertissant que d'autres pays pourraient le faire.", stances: ['Sadio Camara ASSERTS', 'Sadio Camara DENIES'], about: ['Sadio Camara DENIES > Russie>Mali'] },
    { text: 'La Russie aurait livré des blindés au Mali. Le Kremlin a démenti toute livraison, tout en affirmant que la coopération militaire se poursuivait.', stances: ['Kremlin ASSERTS', 'Kremlin DENIES'], about: ['Kremlin DENIES > Russie>Mali'] },
  ],
  'wire brief, an inverted confirmation then a gerund': [
    { text: 'La Russie a livré des blindés au Mali, a confirmé le Kremlin, tout en assurant que ces véhicules ne serviraient pas au combat.', stances: ['Kremlin ASSERTS', 'Kremlin ASSERTS'], about: ['Kremlin ASSERTS > Russie>Mali'] },
  ],
  'analysis, a gerund that is no statement': [
    // a gerund that reports no fact adds no stance
    { text: 'La Russie aurait livré des blindés au Mali. Le Kremlin a démenti toute livraison, en appelant Paris à la retenue.', stances: ['Kremlin DENIES'], about: ['Kremlin DENIES > Russie>Mali'] },
  ],
};

describeStanceRegisters(cases);
