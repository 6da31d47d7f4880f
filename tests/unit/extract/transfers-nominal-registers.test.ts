import { describeTransferRegisters, type TransferCase } from './helpers';

// A transfer named by a noun whose complements carry the thing and the receiver ("le versement de N à X", "un don de N
// à X", "la cession de N à X"), governed by a verb of saying or doing whose subject is the giver ("confirme", "annonce",
// "a fait"), with a definite or an indefinite determiner. Made-up sentences on money, grain, arms and equipment.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "La Banque africaine de développement confirme le versement de 120 millions de dollars au Malawi.", transfers: ['Banque africaine de développement>Malawi:funds:120000000'] },
    { text: 'Le Canada annonce un don de 50 millions de dollars à la Jordanie.', transfers: ['Canada>Jordanie:funds:50000000'] },
  ],
  dispatch: [
    { text: "L'Arabie saoudite a fait un don de 30 000 tonnes de riz au Yémen, selon l'agence officielle.", transfers: ['Arabie Saoudite>Yémen:aid:30000'] },
    { text: "L'Espagne a confirmé une livraison de douze blindés au Maroc.", transfers: ['Espagne>Maroc:weapons:12'] },
  ],
  'live blog': [
    { text: '14h05 — La Norvège annonce la cession de deux frégates à la Pologne.', transfers: ['Norvège>Pologne:weapons:2'] },
  ],
  analysis: [
    { text: "Le Koweït a approuvé un versement de 200 millions de dollars à l'Égypte, le troisième en un an.", transfers: ['Koweït>Égypte:funds:200000000'] },
    // a plan under consideration named by the noun stays no fact
    { text: 'Le Canada envisage un don de 50 millions de dollars à la Jordanie.', transfers: [] },
    // a promise is a transfer, as in the golds (status "pledged"): the pledge cases are in transfers-pledge-registers
    { text: 'Le Canada a promis un versement de 50 millions de dollars à la Jordanie.', transfers: ['Canada>Jordanie:funds:50000000'] },
  ],
};

describeTransferRegisters('Transfers named by a noun with their complements', registers);
