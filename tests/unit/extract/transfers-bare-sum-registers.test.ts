import { describeTransferRegisters, type TransferCase } from './helpers';

// A sum with no currency followed by a paying participle ("les 275 millions prêtés en 2023", "des 40 millions versés"):
// the participle says it is money that moved; its sides come from its agent or from the money flow beside it.
const registers: Record<string, TransferCase[]> = {
  'live blog': [
    { text: '16h02 — La Banque mondiale a versé 120 millions de dollars au Malawi, en plus des 90 millions prêtés en 2022.', transfers: ['Banque mondiale>Malawi:funds:120000000', 'Banque mondiale>Malawi:funds:90000000'] },
  ],
  investigation: [
    { text: 'Les 40 millions versés au Tchad en 2022 par la France ont été détournés, selon la Cour des comptes.', transfers: ['France>Tchad:funds:40000000'] },
  ],
  analysis: [
    // a count of people is no sum
    { text: 'Le Soudan compte 48 millions d’habitants, dont 9 millions déplacés par la guerre.', transfers: [] },
  ],
};

describeTransferRegisters('A bare sum moved by a paying participle', registers);
