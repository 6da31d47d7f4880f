import { describeTransferRegisters, type TransferCase } from './helpers';

// The count of a part of goods told before: "une cinquantaine de ces chars", "deux de ses frégates" move that count;
// "les deux premières des 41 rames" moves the first two, not the 41 (and "le deuxième de ses cinq radars" no counted
// batch). Rolling stock is goods. Made-up sentences; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "L'Espagne a cédé au Maroc une vingtaine de ces blindés.", transfers: ['Espagne>Maroc:weapons:20'] },
    { text: 'La Turquie a vendu au Qatar deux de ses frégates.', transfers: ['Turquie>Qatar:weapons:2'] },
  ],
  dispatch: [
    { text: "L'Italie a livré mercredi à l'Algérie les trois premières des 24 rames commandées.", transfers: ['Italie>Algérie:technology:3'] },
    { text: 'La Corée du Sud a livré au Pérou les quatre derniers des 12 avions prévus.', transfers: ['Corée du Sud>Pérou:weapons:4'] },
    { text: 'La France a livré au Maroc le deuxième de ses cinq radars.', transfers: ['France>Maroc:weapons'] },
  ],
  analysis: [
    { text: 'La Russie a livré 600 voitures de voyageurs au Kazakhstan.', transfers: ['Russie>Kazakhstan:technology:600'] },
    // a share of a country's trade is no count of goods
    { text: 'Le Japon a livré 30 % de ses exportations de riz aux Philippines.', transfers: ['Japon>Philippines:other'] },
  ],
};

describeTransferRegisters('A counted part of goods told before', registers);
