import { describeTransferRegisters, type TransferCase } from './helpers';

// Who stands at an end of a transfer when an organisation acts: a firm, a bank or a private military company
// sends and receives in its own name (as the gold format writes "Rosneft > Reliance"); a ministry, an army or a
// government agency stands for its state; an armed group with no state stands for itself. Made-up sentences on
// mining, energy, arms, shipping and banking, in several registers; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "Le groupe Rheinmetall a livré 10 000 obus à l'Ukraine, a annoncé le constructeur lundi.", transfers: ['Rheinmetall>Ukraine:artillery_shells:10000'] },
    { text: 'Saudi Aramco a livré deux millions de barils de brut à la Chine en mars.', transfers: ['Saudi Aramco>Chine:oil:2000000'] },
    { text: 'Le Kazakhstan a vendu 3 000 tonnes d’uranium à la société française Orano.', transfers: ['Kazakhstan>Orano:other:3000'] },
    // a ministry or an army gives as its state
    { text: 'Le ministère turc de la Défense a livré six drones au Niger.', transfers: ['Turquie>Niger:weapons:6'] },
  ],
  dispatch: [
    { text: "Gazprom a livré du gaz à la Hongrie malgré les sanctions, selon Budapest.", transfers: ['Gazprom>Hongrie:oil'] },
    { text: 'La compagnie émiratie DP World a investi 300 millions de dollars au Sénégal.', transfers: ['DP World>Sénégal:funds:300000000'], open: true },
    // an armed group with no state sends in its own name
    { text: "Selon l'ONU, les shebabs ont vendu des fusils aux Houthis.", transfers: ['Chabab>Houthis:weapons'] },
  ],
  analysis: [
    { text: "Depuis 2022, le groupe sud-coréen Hanwha a vendu 180 chars à la Pologne, un contrat qui a fait de Séoul un fournisseur majeur.", transfers: ['Hanwha>Pologne:weapons:180'] },
    { text: "La firme chinoise Norinco aurait livré des fusils à l'armée birmane, affirment des experts de l'ONU.", transfers: ['Norinco>Birmanie:weapons'] },
    // a firm that receives: the buyer is the firm, not its state
    { text: "L'Angola a vendu 500 000 barils de pétrole au groupe TotalEnergies.", transfers: ['Angola>TotalEnergies:oil:500000'] },
  ],
  'trade column': [
    // a firm named after its head noun and nationality sells or sends in its own name, not as the nationality's state
    { text: "L'Ukraine a acheté 50 000 obus à la société tchèque Excalibur Army.", transfers: ['Excalibur Army>Ukraine:artillery_shells:50000'] },
    { text: "Faute de brut saoudien, l'Inde a acheté du pétrole au géant russe Rosneft.", transfers: ['Rosneft>Inde:oil'] },
    { text: 'Des drones fournis par le constructeur turc Baykar sont arrivés au Mali.', transfers: ['Baykar>Mali:weapons'] },
    { text: "La banque russe VTB a prêté 300 millions de dollars au Venezuela.", transfers: ['VTB>Venezuela:funds:300000000'] },
    // ... and gives in its own name to a receiving verb's subject
    { text: 'Le Pakistan a reçu deux cargaisons de brut du groupe russe Rosneft.', transfers: ['Rosneft>Pakistan:oil:2'] },
    { text: 'La Zambie a reçu de la banque chinoise Exim Bank un prêt de 400 millions de dollars.', transfers: ['Exim Bank>Zambie:funds:400000000'] },
    // a state exporting through its state company stays the sender
    { text: "La Serbie a exporté 40 000 obus, via sa société d'État Yugoimport, vers la Tchéquie.", transfers: ['Serbie>Tchéquie:artillery_shells:40000'] },
    // a firm that makes goods sends nothing
    { text: 'Le constructeur Baykar a produit 300 drones cette année.', transfers: [] },
    // a carrier moves goods it neither sends nor receives: the goods' nationality names the sender
    { text: 'Des armes israéliennes ont été acheminées vers Bakou par la compagnie azerbaïdjanaise Silk Way Airlines.', transfers: ['Israël>Azerbaïdjan:weapons'] },
    { text: 'Des drones turcs ont été acheminés vers Tripoli par la compagnie maritime libyenne Tarhuna Shipping.', transfers: ['Turquie>Libye:weapons'] },
    // a state's defence department stays its state
    { text: 'Le Pentagone a livré des missiles à Taïwan.', transfers: ['États-Unis>Taïwan:missiles'] },
  ],
  // a body known only by the acronym glossing its unknown name ("Électricité du Laos (EDL) livrera") is the subject
  'utility brief': [
    { text: "Électricité du Laos (EDL) livrera à partir du 1er octobre 200 MW d'hydroélectricité à Singapour.", transfers: ['EDL>Singapour:other:200'] },
    { text: 'Pétrole du Nigeria (NNPC) a livré 2 millions de barils de brut au Ghana.', transfers: ['NNPC>Ghana:oil:2000000'] },
  ],
  'energy brief': [
    // a trader or a refiner named by its trade is a firm: it buys and sells in its own name
    { text: 'Selon Reuters, le négociant suisse Trafigura aurait revendu du pétrole vénézuélien à la Chine.', transfers: ['Trafigura>Chine:oil'] },
    { text: 'Le raffineur indien Nayara Energy a reçu deux cargaisons de brut du groupe russe Rosneft.', transfers: ['Rosneft>Nayara Energy:oil:2'] },
    { text: 'Le Nigeria a vendu du brut au négociant suisse Vitol.', transfers: ['Nigéria>Vitol:oil'] },
  ],
  investigation: [
    // a firm that buys part of what flows to its state buys it from that state's supplier
    { text: "Le Kazakhstan a vendu 5 000 tonnes d'uranium à la France. Le groupe français Orano a acheté à lui seul 3 000 tonnes de cet uranium.", transfers: ['Kazakhstan>France:other:5000', 'Kazakhstan>Orano:other:3000'] },
    { text: "L'Angola a exporté deux millions de barils vers l'Inde. La société indienne Reliance Industries a acheté la moitié de ces barils.", transfers: ['Angola>Inde:oil:2000000', 'Angola>Reliance Industries:oil'] },
    // ... and no supplier is guessed for a firm whose state receives from nobody here
    { text: "L'Angola a exporté deux millions de barils vers l'Inde. La société chinoise Sinopec a acheté la moitié de ces barils.", transfers: ['Angola>Inde:oil:2000000'] },
  ],
  explainer: [
    { text: 'La banque chinoise Exim Bank a prêté 400 millions de dollars à la Zambie pour une voie ferrée.', transfers: ['Exim Bank>Zambie:funds:400000000'] },
    // a private military company's men go in its name; the state-run corps that replaced it stands for Russia
    { text: 'Le groupe Wagner a envoyé 400 combattants en Centrafrique.', transfers: ['Wagner>République centrafricaine:troops:400'] },
    // ... but an army named as the subject of a gift abroad gives in its own name (as blind gold names it)
    { text: "L'armée française a remis des blindés au Tchad.", transfers: ['armée française>Tchad:weapons'] },
  ],
};

describeTransferRegisters('firm transfers', registers);
