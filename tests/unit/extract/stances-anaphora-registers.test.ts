import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements whose speaker is named again by the common noun of its kind alone: "l'institution", "l'ONG",
// "l'organisme" for a body named just before, and a bare "le gouvernement" for the government the article named.
// Topics: health, development banks, schools, mining, fisheries, rail.
const cases: Record<string, Case[]> = {
  'dispatch, a body named again by its kind': [
    { text: "La Banque mondiale a approuvé un prêt de 200 millions de dollars au Kenya pour ses écoles, a indiqué l'institution dans un communiqué.", stances: ['Banque mondiale ASSERTS'] },
    { text: "Amnesty International a publié mardi un rapport sur les mines de cobalt. Selon l'ONG, des enfants de dix ans y travaillent encore.", stances: ['Amnesty International ASSERTS'] },
    { text: "L'Organisation mondiale de la santé a ouvert un bureau à Juba en mars. L'organisme affirme que trois hôpitaux ont fermé faute de médicaments.", stances: ['OMS ASSERTS'] },
    // ... but with no body named before, the noun names no one
    { text: "Selon l'ONG, des enfants de dix ans travaillent encore dans les mines.", stances: [] },
  ],
  'wire brief, a bare government': [
    { text: "Le gouvernement malien a signé un nouveau code minier. Les syndicats ont dénoncé un texte bâclé. Le gouvernement a rejeté ces critiques.", stances: ['Mali DENIES'] },
    { text: "Le gouvernement péruvien a relevé les redevances de pêche. Le gouvernement assure que les armateurs étrangers paieront leur part.", stances: ['Pérou ASSERTS'] },
    // ... but no government named, no speaker
    { text: 'Les syndicats ont dénoncé un texte bâclé. Le gouvernement a rejeté ces critiques.', stances: [] },
  ],
  'dispatch, a person named again by a title alone': [
    // the person the article introduced with that title, even where the title names no state
    { text: "Le gouverneur de Bahia, Jerônimo Rodrigues, a inauguré l'usine de vaccins. L'État a financé l'usine à hauteur de 300 millions de reais, a rappelé le gouverneur.", stances: ['Jerônimo Rodrigues ASSERTS'] },
    { text: 'La maire de Valparaíso, Camila Nieto, a visité le port. La maire a affirmé que les grues chinoises étaient arrivées.', stances: ['Camila Nieto ASSERTS'] },
    // ... but a title no one was introduced with names no one
    { text: "Le gouverneur de Bahia a inauguré l'usine. L'État a financé l'usine, a rappelé le gouverneur.", stances: [] },
  ],
};

describeStanceRegisters(cases);
