import { describeTransferRegisters } from './helpers';

// "cofinancer" takes its recipient as direct object, like "financer": the subject pays, the object is paid, an amount
// follows "à hauteur de" or "pour". A project or a sector as object is no recipient. "subventionner" stays open: read
// the same way, it made a false transfer on text not read here (a state subsidising at home, most likely). Made-up sentences on farming, energy, development banks and armed groups, in several registers.
describeTransferRegisters('a subsidy verb with the recipient as object', {
  wire: [
    { text: "L'Allemagne subventionne la Moldavie à hauteur de 50 millions d'euros.", transfers: ['Allemagne>Moldavie:funds:50000000'], open: true },
    { text: "Berlin a subventionné le Niger pour 20 millions d'euros en 2023.", transfers: ['Allemagne>Niger:funds:20000000'], open: true },
  ],
  'development brief': [
    { text: 'La Banque mondiale a cofinancé le Rwanda à hauteur de 80 millions de dollars.', transfers: ['Banque mondiale>Rwanda:funds:80000000'] },
    // a project or a sector is no recipient
    { text: 'Le Japon cofinance le barrage de Ruzizi avec la Banque mondiale.', transfers: [] },
  ],
  analysis: [{ text: "L'Union européenne subventionne l'agriculture en Pologne.", transfers: [] }],
  'interview answer': [{ text: '« Nous subventionnons la Moldavie depuis trois ans », a dit le ministre allemand.', transfers: ['Allemagne>Moldavie:funds'], open: true }],
});
