import { describeTransferRegisters, type TransferCase } from './helpers';

// Money and credit moved by verbs a lender uses: "apporter" a sum (not "apporter son soutien"), "ouvrir" a credit or swap
// line to someone, and the concessive "n'en … pas moins" ("X n'en a pas moins accordé …"), which asserts, never denies.
// Made-up sentences on the Gulf, South Asia, East Africa, the Andes, the Caucasus; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "Le Koweït a apporté 3 milliards de dollars au Pakistan, selon la banque centrale.", transfers: ['Koweït>Pakistan:funds:3000000000'] },
    { text: 'La Chine a ouvert au Pakistan une ligne de crédit de 2 milliards de dollars.', transfers: ['Chine>Pakistan:funds:2000000000'] },
    { text: 'Le Japon n’en a pas moins accordé un prêt de 200 millions de dollars au Kenya.', transfers: ['Japon>Kenya:funds:200000000'] },
  ],
  dispatch: [
    { text: "Malgré les critiques, le Qatar a apporté une aide de 50 millions de dollars à la Somalie.", transfers: ['Qatar>Somalie:funds:50000000'] },
    { text: "La Banque centrale de Chine a ouvert à l'Argentine une ligne de swap de 5 milliards de dollars.", transfers: ['Banque centrale de Chine>Argentine:funds:5000000000'] },
    { text: "Ankara n'en a pas moins livré six blindés à l'Azerbaïdjan en mars.", transfers: ['Turquie>Azerbaïdjan:weapons:6'] },
  ],
  analysis: [
    // a stance or a backing carried is no goods
    { text: 'La France a apporté son soutien au Niger lors du sommet.', transfers: [] },
    { text: "L'Arabie saoudite a apporté au Yémen 1,2 milliard de dollars en 2023.", transfers: ['Arabie Saoudite>Yémen:funds:1200000000'] },
    // "pas moins de" counts at least, it does not deny
    { text: "Le Brésil n'a pas livré moins de douze avions au Chili.", transfers: ['Brésil>Chili:weapons:12'] },
    // ... but a verb that rules the transfer out still does, whatever the count
    { text: 'Le Brésil a refusé de vendre moins de douze avions au Chili.', transfers: [] },
  ],
  'interview answer': [
    { text: '« Washington n’en a pas moins offert quatre scanners à la Bolivie », rappelle le ministre.', transfers: ['États-Unis>Bolivie:technology:4'] },
    { text: '« La Russie n’a pas livré un seul char à l’Arménie depuis 2022 », dit-il.', transfers: [] },
  ],
};

describeTransferRegisters('Lending and money verbs', registers);
