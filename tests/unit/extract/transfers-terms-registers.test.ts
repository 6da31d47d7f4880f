import { describeTransferRegisters } from './helpers';

// The terms of an agreement told as signed, in its sentence or the next, are facts of the deal, not plans: "un accord,
// signé en mai ... ; la Russie prêtera 10 milliards à la Hongrie". A future with no agreement signed, or under a
// condition, stays a plan. Made-up texts on energy, sport, ports and loans; "sender>recipient:kind[:quantity]".
describeTransferRegisters('a future that states the terms of a signed agreement', {
  analysis: [
    { text: 'Le Kenya et la Chine ont signé un accord en mai. La Chine prêtera 2 milliards de dollars au Kenya pour la ligne ferroviaire.', transfers: ['Chine>Kenya:funds:2000000000'] },
  ],
  'business brief': [
    { text: 'Le contrat, signé en mars par les deux gouvernements, court jusqu’en 2030 ; le Qatar versera 50 millions de dollars par an à la Somalie.', transfers: ['Qatar>Somalie:funds:50000000'] },
  ],
  dispatch: [
    // no agreement signed: a plan
    { text: 'La Chine prêtera 2 milliards de dollars au Kenya, affirme un diplomate.', transfers: [] },
    // a condition keeps it a plan even after a signature
    { text: 'Le Kenya et la Chine ont signé un accord en mai. La Chine prêtera 2 milliards de dollars au Kenya si le Parlement l’approuve.', transfers: [] },
  ],
});
