import { describeTransferRegisters } from './helpers';

// A side named again by a common noun: "la société chinoise", "le groupe russe" (a firm and its nationality) stand for
// the last firm in focus of that nationality, not for its state; "l'île" for the island state in focus. Made-up texts
// on the Horn of Africa, the Caribbean, the Indian Ocean, Central Europe; "sender>recipient:kind[:quantity]".
describeTransferRegisters('a side named again by a common noun', {
  dispatch: [
    { text: "Le groupe chinois Huawei a signé un contrat avec l'Éthiopie. L'an dernier, l'Éthiopie a versé 30 millions de dollars à la société chinoise.", transfers: ['Éthiopie>Huawei:funds:30000000'] },
    { text: 'Le Kenya a signé un accord avec Rosatom. Le groupe russe a livré deux réacteurs au Kenya.', transfers: ['Rosatom>Kenya:technology:2'] },
  ],
  'wire brief': [
    { text: "Cuba manque de carburant. Le Mexique a livré 400 000 barils de pétrole à l'île en mars.", transfers: ['Mexique>Cuba:oil:400000'] },
    { text: "Madagascar manque de riz. Selon la FAO, le Japon a livré 20 000 tonnes de riz à l'île.", transfers: ['Japon>Madagascar:aid:20000'] },
  ],
  analysis: [
    // a firm of another nationality than the one in focus is no back-reference: the nationality names the state
    { text: "Le groupe chinois Huawei a signé un contrat avec l'Éthiopie. L'Éthiopie a aussi versé 30 millions de dollars à une société turque.", transfers: ['Éthiopie>Turquie:funds:30000000'] },
    // "l'île de X" names a place, not the state in focus
    { text: "Le Mexique a livré 400 000 barils de pétrole à Cuba. L'île de la Jeunesse n'en a rien reçu.", transfers: ['Mexique>Cuba:oil:400000'] },
  ],
});

// A capital whose name opens with its article ("Le Caire") stands for its state after a contracted preposition too
// ("au Caire", "du Caire"); goods unloaded somewhere ("déchargées") are delivered there.
describeTransferRegisters('a capital after a contracted article, goods unloaded', {
  dispatch: [
    { text: 'La Russie a livré des armes au Caire en mars.', transfers: ['Russie>Égypte:weapons'] },
    { text: "200 000 tonnes de blé ukrainien ont été déchargées au Caire en janvier.", transfers: ['Ukraine>Égypte:aid:200000'] },
  ],
  'wire brief': [
    { text: 'Des armes iraniennes ont été déchargées au Yémen, selon les garde-côtes.', transfers: ['Iran>Yémen:weapons'] },
    // a ship unloaded moves nothing to anyone
    { text: 'Les dockers ont déchargé le navire en deux jours.', transfers: [] },
  ],
});

// A party named by its part in the transfer just told: "l'acheteur", "le client", "l'emprunteur" for its receiver,
// "le vendeur", "le fournisseur", "le prêteur" for its sender, as the subject of the next move or its receiver.
describeTransferRegisters('a party named by its part in the last transfer', {
  dispatch: [
    { text: 'La Turquie a vendu 12 drones au Niger en 2023. L’acheteur a versé 50 millions de dollars au fournisseur.', transfers: ['Turquie>Niger:weapons:12', 'Niger>Turquie:funds:50000000'] },
  ],
  'finance column': [
    { text: 'La Chine a prêté 2 milliards de dollars au Laos en 2021. Le prêteur a depuis versé 300 millions de dollars de plus à l’emprunteur.', transfers: ['Chine>Laos:funds:2000000000', 'Chine>Laos:funds:300000000'] },
  ],
  'trade column': [
    { text: "Le Chili a vendu 40 000 tonnes de cuivre au Japon. Le client a aussi acheté 5 000 tonnes de lithium au fournisseur.", transfers: ['Chili>Japon:other:40000', 'Chili>Japon:other:5000'] },
    // with no transfer told before, the noun stands for nobody
    { text: "L’acheteur a versé 50 millions de dollars au fournisseur, selon la presse.", transfers: [] },
  ],
});
