import { describeTransferRegisters, type TransferCase } from './helpers';

// A demonstrative subject ("celle-ci", "celui-ci", "ceux-ci") stands for the latest actor named before it that agrees
// with it, "the latter", not for the subject a personal "il"/"elle" would take up: "Le Tchad s'appuie sur le PAM.
// Celui-ci a livré..." is the agency, not Chad.
// Made-up sentences on food aid, football, space, health, fisheries; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  dispatch: [
    { text: "Le Tchad s'appuie sur le Programme alimentaire mondial. Celui-ci a livré 8 000 tonnes de sorgho au Soudan en mars.", transfers: ['PAM>Soudan:other:8000'] },
    { text: "L'Ukraine a demandé l'aide de la Banque mondiale. Celle-ci a versé 200 millions de dollars à la Moldavie.", transfers: ['Banque mondiale>Moldavie:funds:200000000'] },
  ],
  analysis: [
    { text: "La Norvège finance en partie l'Organisation mondiale de la santé, et celle-ci a envoyé 40 médecins au Yémen.", transfers: ['OMS>Yémen:personnel:40'] },
  ],
  // a personal pronoun takes up the subject just before it even when Trame cannot name that subject ("L'agence
  // indonésienne ..."): the giver is then unknown, never an older sentence's subject nor another flow's giver
  explainer: [
    { text: "La Gambie attend du riz. L'agence indonésienne de logistique n'a pas tout misé sur un fournisseur. Pour ces tonnes, elle a versé 120 millions de dollars à l'Inde.", transfers: ['>Inde:funds:120000000'] },
    { text: "Le Pérou a reçu 20 000 tonnes de blé du Canada. La coopérative nationale des meuniers n'a pas attendu. Elle a versé 3 millions de dollars à l'Argentine.", transfers: ['>Argentine:funds:3000000', 'Canada>Pérou:aid:20000'] },
  ],
  'wire brief': [
    // a personal pronoun still takes up the subject
    { text: "Le Tchad s'appuie sur le Programme alimentaire mondial. Il a livré 8 000 tonnes de sorgho au Soudan en mars.", transfers: ['Tchad>Soudan:other:8000'] },
  ],
};

describeTransferRegisters('Demonstrative subjects', registers);
