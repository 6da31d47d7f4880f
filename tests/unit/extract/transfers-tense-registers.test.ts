import { describeTransferRegisters, type TransferCase } from './helpers';

// Tenses a transfer is told in beyond the compound past: the narrative past of a portrait or a history ("offrit",
// "remit", "livra"), and the future of a standing arrangement, whose terms run on a schedule ("versera désormais",
// "par an", "chaque année", "à partir du 1er mars", "à compter de"): those are facts of the deal, not announcements.
// A bare future with no schedule stays an announcement, read as nothing.
// Made-up sentences on the Sahel, the Baltic, the Pacific, the Andes, football and energy; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'portrait or history': [
    { text: 'En 1962, la France offrit trois avions de transport au Sénégal.', transfers: ['France>Sénégal:weapons:3'] },
    { text: "Le Japon remit deux patrouilleurs aux Philippines l'année suivante.", transfers: ['Japon>Philippines:weapons:2'] },
    { text: 'Après la crue, la Norvège transmit 40 tonnes de médicaments au Pérou.', transfers: ['Norvège>Pérou:aid:40'] },
  ],
  'wire brief': [
    { text: "L'Allemagne versera désormais à la Lituanie 30 millions d'euros par an.", transfers: ['Allemagne>Lituanie:funds:30000000'] },
    { text: "Le Qatar versera chaque année 12 millions de dollars à l'UNRWA, selon un communiqué.", transfers: ['Qatar>UNRWA:funds:12000000'] },
    // an announcement with no schedule is no fact yet
    { text: "La France enverra des chars à l'Ukraine.", transfers: [] },
  ],
  'energy trade brief': [
    { text: "Le Paraguay livrera à partir du 1er mars 300 MW d'hydroélectricité au Brésil.", transfers: ['Paraguay>Brésil:other:300'] },
    { text: "À compter de janvier, la Norvège fournira 2 milliards de mètres cubes de gaz par an à la Pologne.", transfers: ['Norvège>Pologne:oil:2000000000'] },
  ],
  'live-blog line': [
    { text: "14 h 10 - Le Maroc versera 5 millions de dollars par an à la CAF, annonce la fédération.", transfers: ['Maroc>CAF:funds:5000000'] },
    // negated, scheduled or not, nothing moves
    { text: "Aucun mètre cube d'eau ne sera livré au Chili à partir de mars.", transfers: [] },
  ],
};

describeTransferRegisters('Narrative past and scheduled futures', registers);
