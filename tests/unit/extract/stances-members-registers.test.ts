import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements by an unnamed member of a body ("un membre du bureau politique de", "un cadre de"): the body
// speaks, also through one of its organs. Topics: grants, a levy, armour.
const cases: Record<string, Case[]> = {
  'wire brief, the member before the verb': [
    { text: 'Un membre du bureau politique du Hamas a affirmé que le Qatar avait versé 20 millions de dollars au Hamas.', stances: ['Hamas ASSERTS'], about: ['Hamas ASSERTS > Qatar>Hamas'] },
    { text: 'Des cadres du Parti communiste chinois affirment que Pékin a versé 300 millions de dollars au Kenya.', stances: ['Parti communiste chinois ASSERTS'], about: ['Parti communiste chinois ASSERTS > Chine>Kenya'] },
  ],
  'dispatch, the member after the verb': [
    { text: 'Moscou a livré des blindés au Mali, a affirmé un membre de la direction du Hamas.', stances: ['Hamas ASSERTS'], about: ['Hamas ASSERTS > Russie>Mali'] },
  ],
};

describeStanceRegisters(cases);
