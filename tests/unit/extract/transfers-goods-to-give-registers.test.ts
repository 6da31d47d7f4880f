import { describeTransferRegisters, type TransferCase } from './helpers';

// Goods followed by "à" and a giving infinitive ("des chars à céder", "200 obus à livrer", "pas de blé à vendre"):
// what is there to be given, or not, is a stock, not a consignment. A verb before "à" ("a commencé à livrer") still gives.
// Made-up sentences on arms, grain, energy and money, in several registers.
const registers: Record<string, TransferCase[]> = {
  'interview answer': [
    { text: "« Nous n'avons pas de chars à céder à l'Ukraine », a dit le ministre polonais.", transfers: [] },
  ],
  dispatch: [
    { text: "Le ministre a assuré que l'Espagne ne disposait « pas de soixante obusiers à céder » au Maroc.", transfers: [] },
    { text: 'La Roumanie a encore 300 000 tonnes de blé à vendre à l’Égypte, selon les négociants.', transfers: [] },
  ],
  analysis: [
    { text: "L'Algérie a du gaz à vendre à l'Italie, mais ses gisements s'épuisent.", transfers: [] },
    // a verb before "à" still gives
    { text: 'La Pologne a commencé à livrer 200 obusiers à l’Ukraine.', transfers: ['Pologne>Ukraine:weapons:200'] },
  ],
};

describeTransferRegisters('Goods to be given', registers);

// Goods of the same kind named between a flow and the "en" that points back to them, with no flow of their own,
// keep that flow's sides: "en" still stands for goods that went from the same giver to the same receiver.
describeTransferRegisters('"en" past goods named without a flow', {
  'fact-check': [
    { text: "La France a cédé des Mirage à l'Ukraine. Son ministre a dit n'avoir « pas de soixante appareils à céder ». Paris en aurait livré entre six et huit.", transfers: ['France>Ukraine:weapons', 'France>Ukraine:weapons:6'] },
  ],
  dispatch: [
    { text: 'La Turquie a vendu des drones au Niger. Ces drones, dit-on, sont très demandés. Ankara en aurait livré six.', transfers: ['Turquie>Niger:weapons', 'Turquie>Niger:weapons:6'] },
  ],
  analysis: [
    { text: 'Le Japon a livré des vaccins au Kenya. Les vaccins restent rares dans le nord du pays. Tokyo en a livré 20 000 en mai.', transfers: ['Japon>Kenya:aid', 'Japon>Kenya:aid:20000'] },
  ],
});
