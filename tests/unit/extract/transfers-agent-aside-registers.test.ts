import { describeTransferRegisters, type TransferCase } from './helpers';

// An agent phrase inside an aside on the goods ("achetées par son agence sanitaire X", "financés par la banque publique
// Y"): the actor after "par" and a title is the participle's agent, never a subject the next clause can share, so
// "…, et Z en a offert N" keeps Z as its giver. Made-up sentences on vaccines, grain, arms and money.
const registers: Record<string, TransferCase[]> = {
  dispatch: [
    { text: "La France a fait parvenir à Nairobi 200 000 doses de vaccin, achetées par l'agence onusienne Unicef, et le Japon en a offert 30 000.", transfers: ['France>Kenya:aid:200000', 'Japon>Kenya:aid:30000'] },
  ],
  'wire brief': [
    { text: "L'Égypte a reçu de la Roumanie 90 000 tonnes de blé, financées par la banque publique Banque mondiale, et la Bulgarie en a vendu 40 000.", transfers: ['Roumanie>Égypte:aid:90000', 'Bulgarie>Égypte:aid:40000'] },
  ],
  analysis: [
    { text: "Les Pays-Bas ont livré à l'Ukraine 18 obusiers, produits par le groupe allemand Rheinmetall, et la Belgique en a cédé six.", transfers: ['Pays-Bas>Ukraine:weapons:18', 'Belgique>Ukraine:weapons:6'] },
  ],
};

describeTransferRegisters('An agent phrase with a title inside an aside on the goods', registers);
