import { describeTransferRegisters, type TransferCase } from './helpers';

// Two readings that move nothing: a flow frozen, suspended or barred by a verb with a date between it and the goods
// ("a gelé au printemps 2024 toutes ses importations de"), and a giving verb that only reports a quote, its subject after
// it ("« … », promet un conseiller"). Made-up sentences on trade, energy and arms; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  // goods a party still awaits or claims ("attend encore les 10 000 tonnes promises") have not moved, whatever flow came before
  'awaited goods': [
    { text: "L'Argentine a exporté 40 000 tonnes de soja vers la Chine. Le Pérou attend encore les 5 000 tonnes promises en mars.", transfers: ['Argentine>Chine:other:40000'] },
    { text: "Le Japon a livré deux patrouilleurs au Vietnam. Manille attend toujours les trois vedettes promises par Tokyo.", transfers: ['Japon>Viêt Nam:weapons:2'] },
    { text: "« Nous réclamons les 200 respirateurs promis », a déclaré le ministre malien de la Santé.", transfers: [] },
  ],
  // a sum that measures a stock ("dont la dette dépasse 5 milliards") is a figure, whatever verb the sentence has
  'stocks measured': [
    { text: "L'opérateur kényan KPLC, dont la dette dépasse 2 milliards de dollars, a cédé en 2022 la gestion de son réseau au français EDF.", transfers: [] },
    { text: "Le Ghana, dont les réserves atteignent 6 milliards de dollars, a reçu un prêt de 3 milliards de dollars du FMI.", transfers: ['Fonds monétaire international>Ghana:funds:3000000000'] },
    { text: "« Notre endettement s'élève à 40 milliards de dollars et la Chine nous a tout de même prêté 2 milliards de dollars », dit le ministre zambien.", transfers: ['Chine>Zambie:funds:2000000000'], open: true },
  ],
  // goods named as what something is ("c'est notre pétrole", "le thon est le pétrole des atolls") are a figure of speech
  'goods as a predicate': [
    { text: "« Le cacao, c'est notre pétrole à nous, et nous le vendions trop bon marché », a déclaré le ministre ivoirien.", transfers: [] },
    { text: "La Banque mondiale a approuvé un prêt de 300 millions de dollars au Ghana. « C'est notre or à nous, et nous le vendions trop bon marché », a déclaré le président ghanéen.", transfers: ['Banque mondiale>Ghana:funds:300000000'] },
    { text: "Pour le Chili, le cuivre était « l'or rouge » que la Chine achetait sans compter.", transfers: [] },
  ],
  // "contre 100 MW jusqu'ici": "contre" before a figure of an earlier time compares volumes, it pays for nothing
  comparisons: [
    { text: "Le Paraguay a livré en mars 300 MW au Brésil, contre 100 MW jusqu'ici.", transfers: ['Paraguay>Brésil:other:300'] },
    { text: "La Norvège a expédié 40 000 tonnes de saumon vers la Chine, contre 25 000 tonnes l'an dernier.", transfers: ['Norvège>Chine:other:40000'] },
    // a price after "contre" is still what the goods are exchanged for
    { text: "Le Venezuela a livré 2 millions de barils de pétrole à Cuba contre des médecins.", transfers: ['Venezuela>Cuba:oil:2000000', 'Cuba>Venezuela:personnel'] },
  ],
  'wire brief': [
    { text: 'Alger a gelé au printemps 2024 toutes ses importations de bétail français.', transfers: [] },
    { text: 'Moscou a suspendu en mars ses livraisons de gaz à la Moldavie.', transfers: [] },
    // a flow taken up again still moves
    { text: 'Le Japon a repris en mai ses importations de bétail australien.', transfers: ['Australie>Japon:other'] },
  ],
  dispatch: [
    { text: '« Si des navires de guerre chinois venaient faire escale, le Pérou dirait non », promet un conseiller du ministère.', transfers: [] },
    { text: '« Nous livrerons des chars à la Pologne », promet le ministre.', transfers: [] },
  ],
  analysis: [
    { text: 'Pékin a bloqué depuis 2023 toutes les exportations de graphite vers les États-Unis.', transfers: [] },
    // a giving verb after a quote with its goods and receiver after it is a transfer of its own
    { text: '« Nous tenons parole. » La Chine livre des drones au Niger.', transfers: ['Chine>Niger:weapons'] },
  ],
};

describeTransferRegisters('Flows stopped and quotes reported', registers);
