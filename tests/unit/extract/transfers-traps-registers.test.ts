import { describeTransferRegisters, type TransferCase } from './helpers';

// Two readings that move nothing: a flow frozen, suspended or barred by a verb with a date between it and the goods
// ("a gelé au printemps 2024 toutes ses importations de"), and a giving verb that only reports a quote, its subject after
// it ("« … », promet un conseiller"). Made-up sentences on trade, energy and arms; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
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
