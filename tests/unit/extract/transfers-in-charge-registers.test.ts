import { describeTransferRegisters, type TransferCase } from './helpers';

// "chargé(e) de la gestion des crises", "chargé du dossier", "chargé de mission": an official's remit in an incise is no
// cargo loaded, and must not take the goods from the giving verb before it; a ship "chargé de blé" still carries.
// Made-up sentences; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "Le Canada débloque une aide de 5 millions de dollars pour le Népal, a annoncé la ministre chargée du développement, Ahmed Hussen.", transfers: ['Canada>Népal:funds:5000000'] },
  ],
  'live blog': [
    { text: "[09 h 15] La Norvège verse 20 millions de couronnes au Soudan, indique le diplomate chargé de la coordination humanitaire.", transfers: ['Norvège>Soudan:funds:20000000'] },
  ],
  dispatch: [
    { text: "L'Australie a livré 40 tonnes de vivres aux Tonga, selon le chargé de mission de l'ambassade.", transfers: ['Australie>Tonga:aid:40'] },
  ],
};

describeTransferRegisters("An official's remit is no cargo", registers);
