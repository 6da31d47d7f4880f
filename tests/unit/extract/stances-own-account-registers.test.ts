import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements sourced to the subject's own accounts ("selon ses propres comptes", "d'après ses services"):
// the subject of the clause the source governs speaks, before it when the source closes the sentence, after it when
// the source opens it. Topics: armour, grants, frigates.
const cases: Record<string, Case[]> = {
  'wire brief, the source at the end': [
    { text: 'La Russie a livré 40 blindés au Mali en 2024, selon ses propres comptes.', stances: ['Russie ASSERTS'], about: ['Russie ASSERTS > Russie>Mali'] },
    { text: "Le Qatar a versé 20 millions de dollars au Liban, d'après ses services.", stances: ['Qatar ASSERTS'], about: ['Qatar ASSERTS > Qatar>Liban'] },
  ],
  'analysis, the source at the head': [
    { text: 'Selon ses propres chiffres, la Russie a livré 40 blindés au Mali en 2024.', stances: ['Russie ASSERTS'], about: ['Russie ASSERTS > Russie>Mali'] },
  ],
};

describeStanceRegisters(cases);
