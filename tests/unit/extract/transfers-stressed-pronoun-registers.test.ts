import { describeTransferRegisters, type TransferCase } from './helpers';

// A stressed pronoun with "aussi" inside the verb group ("a lui aussi reçu", "ont elles aussi livré"): it repeats the
// subject, it is no dative, and the subject keeps its side. Made-up sentences on vaccines, grain, arms and money.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Le Ghana a lui aussi reçu 20 000 doses de vaccin du Japon.', transfers: ['Japon>Ghana:aid:20000'] },
    { text: 'La Tunisie a elle aussi reçu 50 000 tonnes de blé de la France en mai.', transfers: ['France>Tunisie:aid:50000'] },
  ],
  dispatch: [
    { text: "Le Pérou, frappé par les crues de l'hiver, a lui aussi reçu 300 tentes du Chili.", transfers: ['Chili>Pérou:aid:300'] },
  ],
  analysis: [
    { text: 'Les Pays-Bas ont eux aussi livré 18 obusiers à la Lituanie.', transfers: ['Pays-Bas>Lituanie:weapons:18'] },
  ],
  'interview answer': [
    { text: '« Le Sénégal a lui aussi obtenu 40 millions de dollars de la Banque mondiale », rappelle-t-il.', transfers: ['Banque mondiale>Sénégal:funds:40000000'] },
  ],
};

describeTransferRegisters('A stressed pronoun repeating the subject inside the verb group', registers);
