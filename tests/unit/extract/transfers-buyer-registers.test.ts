import { describeTransferRegisters, type TransferCase } from './helpers';

// A buying verb in the passive with its auxiliary ("a été acheté par", "ont été importés par", "sera racheté par"):
// the goods are its subject, the agent after "par" is the buyer and receives, a seller after "à" or "auprès de" sends.
// Made-up sentences on energy, grain, arms and metals, from the Baltic to the Andes; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    // with no seller named, a purchase in the passive tells no more than one in the active
    { text: "Le gaz a été acheté par l'Italie, selon le ministère.", transfers: [] },
    { text: "L'Italie a acheté du gaz, selon le ministère.", transfers: [] },
    { text: 'Les vingt chars ont été achetés par le Maroc à la Pologne en 2023.', transfers: ['Pologne>Maroc:weapons:20'] },
  ],
  dispatch: [
    { text: "Quelque 300 000 tonnes de blé ont été achetées par l'Égypte auprès de la Roumanie.", transfers: ['Roumanie>Égypte:other:300000'] },
    { text: "Deux cargaisons de charbon ont été achetées à l'Indonésie le mois dernier par le Vietnam.", transfers: ['Indonésie>Viêt Nam:oil:2'] },
    // ... but a "par" after another participle is that participle's agent, not the buyer
    { text: "Ces drones ont été achetés à la Turquie selon un rapport rédigé par l'ONU.", transfers: [] },
  ],
  analysis: [
    { text: "Le cuivre extrait au nord du pays a longtemps été acheté par la Chine, qui l'a revendu au Japon.", transfers: ['>Chine:other', 'Chine>Japon:other'], open: true },
    // a buying verb in the active keeps its subject as the buyer
    { text: "L'Égypte a acheté à la Roumanie 300 000 tonnes de blé.", transfers: ['Roumanie>Égypte:other:300000'] },
  ],
  'live blog': [
    { text: '10h12 — Six hélicoptères ont été commandés par l’Irak à la Russie, annonce Bagdad.', transfers: ['Russie>Irak:weapons:6'] },
  ],
};

describeTransferRegisters('Buying verbs in the passive', registers);

// An aside inside a pronominal verb group ("s'est pour sa part procuré", "s'est à son tour fourni"): the reflexive
// before it still makes the pronominal frame, whose subject receives.
const asides: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "L'Inde s'est pour sa part procuré deux millions de tonnes de charbon auprès de l'Indonésie.", transfers: ['Indonésie>Inde:oil:2000000'] },
  ],
  dispatch: [
    { text: 'Le Kenya s’est à son tour fourni en blé auprès de la Russie, selon les douanes.', transfers: ['Russie>Kenya:aid'] },
  ],
  analysis: [
    { text: "Le Pérou s'est quant à lui procuré douze hélicoptères auprès des États-Unis.", transfers: ['États-Unis>Pérou:weapons:12'] },
    { text: 'Le Maroc a pour sa part acheté six drones à la Turquie.', transfers: ['Turquie>Maroc:weapons:6'] },
  ],
};

describeTransferRegisters('Pronominal buying verbs with an aside', asides);
