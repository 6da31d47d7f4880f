import { describeTransferRegisters, type TransferCase } from './helpers';

// Sums in any currency a state or a lender uses (the real, the yen, the franc, the pound, the naira, the dinar): the unit
// after "N millions de" makes the goods money. A lender "approuve" a loan to a borrower the way it grants one; an approval
// of anything but money moves nothing. A currency that is also a common noun (books, wreaths) is money only after a
// figure. Made-up sentences; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Le Japon a versé 3 milliards de yens au Kenya.', transfers: ['Japon>Kenya:funds:3000000000'] },
    { text: 'La Banque mondiale a accordé au Paraguay un prêt de 2 milliards de reais.', transfers: ['Banque mondiale>Paraguay:funds:2000000000'] },
    { text: 'La Banque mondiale a approuvé en mai un prêt de 300 millions de dollars au Ghana.', transfers: ['Banque mondiale>Ghana:funds:300000000'] },
  ],
  dispatch: [
    { text: 'Le Royaume-Uni a versé un million de livres au Soudan du Sud, selon Londres.', transfers: ['Royaume-Uni>Soudan du Sud:funds:1000000'] },
    { text: "La Suisse a versé l'an dernier 12 millions de francs à la Moldavie.", transfers: ['Suisse>Moldavie:funds:12000000'] },
    // "des livres", "des couronnes de fleurs" with no figure are books and wreaths, not pounds or crowns
    { text: 'La France a offert des livres au Sénégal.', transfers: [] },
    { text: 'La Suède a envoyé des couronnes de fleurs à la Norvège.', transfers: [] },
    { text: 'Le Danemark a versé 300 millions de couronnes à l\'Ukraine.', transfers: ['Danemark>Ukraine:funds:300000000'] },
  ],
  analysis: [
    { text: "Le Fonds monétaire international a approuvé au Sri Lanka un décaissement de 330 millions de dollars.", transfers: ['Fonds monétaire international>Sri Lanka:funds:330000000'] },
    { text: 'La Libye a prêté 500 millions de dinars à la Tunisie en 2019.', transfers: ['Libye>Tunisie:funds:500000000'] },
    // an approval of a plan or a text moves nothing
    { text: "Le Parlement européen a approuvé l'accord avec le Maroc.", transfers: [] },
    { text: 'Le gouvernement malien a approuvé la nouvelle constitution en juin.', transfers: [] },
  ],
  'live blog': [
    { text: '14 h 05 — Le Nigeria a reçu 800 millions de nairas de la Banque africaine de développement.', transfers: ['Banque africaine de développement>Nigéria:funds:800000000'] },
  ],
};

describeTransferRegisters('Sums in other currencies, and a lender that approves a loan', registers);
