import { describeTransferRegisters } from './helpers';

// Money or aid a verb gives with no receiver told, in an article whose headline is about one state (a donors'
// conference, a relief effort, a rescue package): that state receives, when no flow of the article says otherwise.
// A receiver told by a pronoun ("nous", "lui"), a common noun ("à l'entreprise") or in a condition stays untold.
// Made-up texts on the Sahel, the Horn of Africa, the Caribbean, Central Asia; "sender>recipient:kind[:quantity]".
describeTransferRegisters('a pledge with no receiver goes to the state the headline is about', {
  'live blog': [
    {
      text: "Conférence de Genève pour le Soudan : les annonces en direct\n9 h 40 - L'Union européenne promet 400 millions d'euros pour 2026.\n10 h 15 - Le Japon annonce qu'il versera 50 millions de dollars.",
      transfers: ['Union européenne>Soudan:funds:400000000'],
    },
  ],
  dispatch: [
    {
      text: "Haïti compte ses morts après le passage du cyclone\nLa Banque mondiale a débloqué 80 millions de dollars mardi, a indiqué son représentant à Port-au-Prince.",
      transfers: ['Banque mondiale>Haïti:funds:80000000'],
    },
  ],
  analysis: [
    {
      text: "Le sauvetage du Kirghizistan en trois chiffres\nLa Banque asiatique de développement a versé 200 millions de dollars en juin. La Chine, elle, a décaissé 150 millions de dollars en septembre.",
      transfers: ['BAsD>Kirghizistan:funds:200000000', 'Chine>Kirghizistan:funds:150000000'],
    },
    // a receiver named by a common noun or a pronoun, a pledge in a condition, goods that are not money: no guess
    {
      text: "Le Tchad face à la crise du coton\nLa Banque africaine de développement a accordé à l'entreprise un prêt de 30 millions de dollars.",
      transfers: [],
    },
    {
      text: "Le Tchad face à la crise du coton\n« La Banque africaine de développement nous a par ailleurs versé 30 millions de dollars », dit le directeur.",
      transfers: [],
    },
    {
      text: "Le Tchad face à la crise du coton\nSi la France versait 30 millions d'euros, le calcul changerait.",
      transfers: [],
    },
  ],
  'wire brief': [
    // a headline with two states names no single topic
    {
      text: "Le Kenya et l'Ouganda se disputent le lac Victoria\nLa Banque mondiale a versé 40 millions de dollars en mars.",
      transfers: [],
    },
  ],
});
