import { describeTransferRegisters, type TransferCase } from './helpers';

// A side named by a part of a known actor ("une filiale de X", "la branche locale de X", "sa division de X"): the
// whole it belongs to sends or receives. Made-up sentences on ships, aircraft, coal and money.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "L'Inde a racheté à une filiale de Gazprom quatre méthaniers.", transfers: ['Gazprom>Inde:oil:4'] },
  ],
  dispatch: [
    { text: 'Le Maroc a acheté six hélicoptères à une filiale de Rostec.', transfers: ['Rostec>Maroc:weapons:6'] },
  ],
  analysis: [
    { text: 'La Serbie a reçu 200 000 tonnes de charbon d’une filiale de Gazprom.', transfers: ['Gazprom>Serbie:oil:200000'] },
  ],
};

describeTransferRegisters('A side named by a part of a known actor', registers);
