import { describeTransferRegisters, type TransferCase } from './helpers';

// The receiver as subject: "X a pris livraison de" takes what a delivery noun moves; a counted purchase or receipt told
// by its taker alone ("Berlin avait acheté quelque 12 000 obus") stands with its seller unnamed, while a wish or an
// uncounted one does not. Made-up sentences; "sender>recipient:kind[:quantity]", an empty sender left unnamed.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Le Kenya a pris livraison de six hélicoptères turcs.', transfers: ['Turquie>Kenya:weapons:6'] },
    { text: 'Le Pérou a pris livraison mardi de deux frégates auprès de la Corée du Sud.', transfers: ['Corée du Sud>Pérou:weapons:2'] },
  ],
  dispatch: [
    { text: 'Varsovie avait acheté dans les années 1990 quelque 40 000 obus de 122 mm pour ses canons.', transfers: ['>Pologne:artillery_shells:40000'] },
    { text: 'Le Chili a reçu en mars 300 tonnes de matériel médical.', transfers: ['>Chili:other:300'] },
  ],
  analysis: [
    // a wish, a plan or an uncounted purchase with no seller is no fact to draw
    { text: 'Le Kenya souhaite acheter 12 000 obus.', transfers: [] },
    { text: 'Le Kenya a acheté des obus en 2020.', transfers: [] },
  ],
};

describeTransferRegisters('The receiver as subject', registers);
