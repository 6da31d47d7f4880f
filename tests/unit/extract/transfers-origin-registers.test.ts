import { describeTransferRegisters } from './helpers';

// Where goods come from: "provenir de" names the sender of a count of goods whose buyer was just told; the part's
// origin says nothing of the rest, so the whole keeps no sender of its own. Made-up texts on grain, oil and arms in
// North Africa, South Asia, the Balkans; "sender>recipient:kind[:quantity]".
describeTransferRegisters('an origin verb names the sender of a part', {
  'trade column': [
    { text: 'Le Maroc a importé 2 millions de tonnes de blé en 2024. 1,2 million de tonnes provenaient de France.', transfers: ['France>Maroc:other:1200000'] },
    { text: "L'Inde a acheté 3 millions de barils de pétrole en mai ; 2 millions de barils provenaient de Russie.", transfers: ['Russie>Inde:oil:2000000'] },
  ],
  analysis: [
    // an origin with no buyer in sight moves nothing to anyone yet
    { text: "Ces drones proviennent d'Iran, selon l'ONU.", transfers: [] },
    { text: 'Le financement du barrage provient de la Banque mondiale.', transfers: [] },
    // the buyer told on the goods themselves is not read yet
    { text: 'Le gaz importé par la Serbie provient de Russie.', transfers: ['Russie>Serbie:oil'], open: true },
  ],
});
