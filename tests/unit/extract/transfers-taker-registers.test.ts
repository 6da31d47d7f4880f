import { describeTransferRegisters, type TransferCase } from './helpers';

// The receiver as subject: "X a pris livraison de" takes what a delivery noun moves, from the seller the goods or a
// supplier marker name; with no seller named at all, a receipt stays no fact to draw. Made-up sentences;
// "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Le Kenya a pris livraison de six hélicoptères turcs.', transfers: ['Turquie>Kenya:weapons:6'] },
    { text: 'Le Pérou a pris livraison mardi de deux frégates auprès de la Corée du Sud.', transfers: ['Corée du Sud>Pérou:weapons:2'] },
  ],
  dispatch: [
    { text: 'La Bolivie a pris livraison de quatre avions brésiliens.', transfers: ['Brésil>Bolivie:weapons:4'] },
    { text: 'Le Chili a pris livraison de 300 tonnes de matériel médical.', transfers: [] },
  ],
  analysis: [
    // a wish, or a purchase with no seller, is no fact to draw
    { text: 'Le Kenya souhaite acheter 12 000 obus.', transfers: [] },
    { text: 'Le Kenya a acheté des obus en 2020.', transfers: [] },
  ],
};

describeTransferRegisters('The receiver as subject', registers);
