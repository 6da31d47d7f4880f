import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements a body makes "par la voix de" an office-holder, or with an adjunct in commas between it and its
// verb: the body (or the named holder) speaks, wherever the phrase stands. Topics: armour, drones, grain, a port.
const cases: Record<string, Case[]> = {
  'dispatch, the body before its verb': [
    { text: 'La Russie aurait livré des blindés au Mali. Le gouvernement malien, par la voix de son porte-parole, a démenti toute livraison.', stances: ['Mali DENIES'], about: ['Mali DENIES > Russie>Mali'] },
    { text: "La Russie aurait livré des blindés au Mali. Le gouvernement malien, par la voix d'Abdoulaye Maïga, a démenti toute livraison.", stances: ['Mali DENIES'], about: ['Mali DENIES > Russie>Mali'] },
    { text: 'La Turquie aurait livré des drones au Niger. Le gouvernement nigérien, dans un communiqué publié lundi, a confirmé cette livraison.', stances: ['Niger ASSERTS'], about: ['Niger ASSERTS > Turquie>Niger'] },
  ],
  'wire brief, the body after its verb': [
    { text: 'La Russie a livré des blindés au Mali, a affirmé par la voix de son porte-parole le gouvernement malien.', stances: ['Mali ASSERTS'], about: ['Mali ASSERTS > Russie>Mali'] },
    { text: "L'Ukraine a livré 20 000 tonnes de blé au Soudan, a confirmé par la voix d'un porte-parole le ministère ukrainien de l'Agriculture.", stances: ["Ministère ukrainien de l'Agriculture ASSERTS"], about: ["Ministère ukrainien de l'Agriculture ASSERTS > Ukraine>Soudan"] },
  ],
  'analysis, an incise of two parts after the auxiliary': [
    { text: "La Russie aurait livré des blindés au Mali. L'Union africaine a, par la voix de son commissaire, Bankole Adeoye, qualifié cette livraison de « préoccupante ».", stances: ['Union africaine ASSERTS'], about: ['Union africaine ASSERTS > Russie>Mali'] },
  ],
};

describeStanceRegisters(cases);
