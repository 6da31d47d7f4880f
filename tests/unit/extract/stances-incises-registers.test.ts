import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements whose speaker or content is cut by something in commas, or stands for a pronoun: a subject
// pronoun is never a person its own complement names; a pronoun inverted in commas cuts the clause it reports; an
// incise between the auxiliary and the verb; "ce qu'il a reconnu" after the clause it answers. Topics: rice, ports,
// frigates, gas, grants, vaccines.
const cases: Record<string, Case[]> = {
  'dispatch, a subject pronoun and a name in its complement': [
    { text: "L'ambassadeur du Japon au Bangladesh, Iwama Kiminori, est arrivé lundi à Dacca. Il a déclaré que Fumio Kishida avait promis 20 millions de dollars au Bangladesh.", stances: ['Iwama Kiminori ASSERTS'] },
    { text: "La ministre béninoise du Commerce, Shadiya Assouman, a reçu la presse. Elle a affirmé que Narendra Modi avait livré 40 000 tonnes de riz au Bénin.", stances: ['Shadiya Assouman ASSERTS'] },
  ],
  'live blog, a pronoun inverted in commas': [
    { text: '10 h 05 — Le ministre malien de la Défense, Sadio Camara, s’exprime à Bamako. La Russie, a-t-il affirmé, a livré des blindés au Mali.', stances: ['Sadio Camara ASSERTS'], about: ['Sadio Camara ASSERTS > Russie>Mali'] },
    { text: 'Le ministre kényan des Finances, Njuguna Ndung’u, reçoit la presse. Pékin, assure-t-il, a versé 300 millions de dollars au Kenya.', stances: ['Njuguna Ndung’u ASSERTS'], about: ['Njuguna Ndung’u ASSERTS > Chine>Kenya'] },
  ],
  'wire brief, an incise between the auxiliary and the verb': [
    { text: 'Moscou a, par la voix de son ambassadeur, démenti toute livraison de blindés au Mali.', stances: ['Russie DENIES'] },
    { text: 'La Turquie aurait livré des drones au Niger. Niamey a, dans un communiqué publié lundi, confirmé cette livraison.', stances: ['Niger ASSERTS'], about: ['Niger ASSERTS > Turquie>Niger'] },
    { text: 'Le gouvernement kényan a, mardi, démenti avoir reçu des blindés chinois.', stances: ['Kenya DENIES'], about: ['Kenya DENIES > Chine>Kenya'] },
  ],
  'analysis, "ce qu\'il a reconnu" after the clause it answers': [
    { text: 'La Russie a livré des blindés au Mali, ce qu’elle a reconnu elle-même.', stances: ['Russie ASSERTS'], about: ['Russie ASSERTS > Russie>Mali'] },
    { text: 'Le Qatar a versé 20 millions de dollars au Hamas, ce qu’il a toujours nié.', stances: ['Qatar DENIES'], about: ['Qatar DENIES > Qatar>Hamas'] },
    { text: "L'Inde a livré deux millions de doses de vaccin au Népal, ce qu'elle a d'ailleurs confirmé mardi.", stances: ['Inde ASSERTS'], about: ['Inde ASSERTS > Inde>Népal'] },
  ],
};

describeStanceRegisters(cases);
