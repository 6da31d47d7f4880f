import { describeTransferRegisters, type TransferCase } from './helpers';

// Who sends and who receives when the text names a side away from the verb: a relative in the dative ("auquel",
// "à qui", "auxquelles") whose head is the receiver; a nationality used as a noun before a firm's name ("l'italien
// Leonardo"), which names the firm, not its state; verbs of money whose slots are as plain as "verser" ("avancer",
// "virer", "injecter", "déposer auprès de") and a buying verb whose subject receives ("racheter à"). Made-up sentences
// on the Sahel, the Gulf, the Balkans, Central Asia, Latin America, the Pacific; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Le Tchad, auquel la France a livré six blindés en mars, dément tout accord secret.', transfers: ['France>Tchad:weapons:6'] },
    { text: "Le Kenya, à qui la Chine a vendu quatre patrouilleurs l'an dernier, en attend deux autres.", transfers: ['Chine>Kenya:weapons:4'] },
    { text: 'Le Maroc a reçu six hélicoptères livrés par l’italien Leonardo.', transfers: ['Leonardo>Maroc:weapons:6'] },
    { text: 'Le Tadjikistan a racheté à la Pologne vingt chars d’occasion.', transfers: ['Pologne>Tadjikistan:weapons:20'] },
    { text: "L'Azerbaïdjan a viré 80 millions de dollars à la Géorgie, selon Tbilissi.", transfers: ['Azerbaïdjan>Géorgie:funds:80000000'] },
  ],
  dispatch: [
    { text: "Les Philippines, auxquelles le Japon a fourni douze radars, dénoncent les incursions chinoises.", transfers: ['Japon>Philippines:weapons:12'] },
    // a joining verb after the goods ("renforcent") takes them from the relative's verb
    { text: "Les Philippines, auxquelles le Japon a fourni douze radars, renforcent leur présence en mer de Chine méridionale.", transfers: ['Japon>Philippines:weapons:12'], open: true },
    { text: 'Six drones ont été livrés au Niger par le turc Baykar, selon une source sécuritaire.', transfers: ['Baykar>Niger:weapons:6'] },
    { text: 'Le Qatar a injecté 500 millions de dollars dans la banque centrale du Liban.', transfers: ['Qatar>Liban:funds:500000000'] },
    // a relative in the dative after a receiving verb names the one it was bought from
    { text: "La Serbie, à laquelle la Hongrie a acheté du gaz cet hiver, réclame un prix plus bas.", transfers: ['Serbie>Hongrie:oil'] },
  ],
  analysis: [
    { text: "Selon l'ONU, la Somalie, à qui l'Égypte aurait envoyé des armes en août, dément toute livraison.", transfers: ['Égypte>Somalie:weapons'] },
    { text: 'Pour éviter le défaut, la Zambie a dû chercher ailleurs. La Chine lui a avancé 300 millions de dollars en 2020.', transfers: ['Chine>Zambie:funds:300000000'] },
    { text: "Riyad aurait déposé 2 milliards de dollars auprès de la Banque centrale d'Égypte pour soutenir la livre.", transfers: ["Arabie Saoudite>Banque centrale d'Égypte:funds:2000000000"] },
    // "dont" before the supplier's name: the head of the relative is supplied
    { text: "Le Népal, dont l'Inde est le principal fournisseur d'armes, renforce sa frontière nord.", transfers: ['Inde>Népal:weapons'] },
    { text: "Selon le Sipri, l'Arménie, dont la Russie était le premier fournisseur d'armes, se tourne vers la France.", transfers: ['Russie>Arménie:weapons'] },
    // a nationality used as a noun before a firm that buys: the firm receives
    { text: "Le Chili a vendu 40 000 tonnes de cuivre au chinois Sinopec l'an dernier.", transfers: ['Chili>Sinopec:other:40000'] },
  ],
  'trade column': [
    { text: "Le Cambodge, auquel le Vietnam a exporté 300 000 tonnes de riz, en réclame davantage.", transfers: ['Viêt Nam>Cambodge:other:300000'] },
    // a subject with no article right after the relative ("à laquelle Moscou"): the relative keeps its own "le"/"les"
    { text: "La Serbie, à laquelle Moscou a livré trente chars en 2021, n'en a reçu aucun depuis.", transfers: ['Russie>Serbie:weapons:30'] },
    { text: "Les Philippines, auxquelles Tokyo a vendu cinq patrouilleurs, en commandent d'autres.", transfers: ['Japon>Philippines:weapons:5'] },
    { text: 'Le Pérou a racheté au Brésil 12 avions de transport.', transfers: ['Brésil>Pérou:weapons:12'] },
    // "avancer", "virer", "injecter" move money only: troops that advance move nothing to anyone
    { text: "L'armée malienne a avancé ses blindés vers la frontière nigérienne.", transfers: [] },
  ],
  'aid bulletin': [
    // "dont" + a giving verb + a bare number: the part already moved of the goods just told, between the same sides
    { text: "L'Union européenne a promis 50 millions d'euros au Niger, dont elle a déjà versé 20 millions.", transfers: ['Union européenne>Niger:funds:20000000', 'Union européenne>Niger:funds:50000000'] },
    { text: 'Le Japon a accordé un prêt de 300 millions de dollars aux Philippines, dont il a décaissé 120 millions en mars.', transfers: ['Japon>Philippines:funds:120000000', 'Japon>Philippines:funds:300000000'] },
    { text: "La Turquie a vendu 24 drones à l'Éthiopie, dont elle a livré 10 en janvier.", transfers: ['Turquie>Éthiopie:weapons:10', 'Turquie>Éthiopie:weapons:24'], open: true },
    { text: 'Le FMI a accordé au Sri Lanka un programme de 3 milliards de dollars, dont il a déjà décaissé environ 1,3 milliard.', transfers: ['Fonds monétaire international>Sri Lanka:funds:1300000000', 'Fonds monétaire international>Sri Lanka:funds:3000000000'], open: true },
    // a part with no number moves no count of its own
    { text: "La Turquie a vendu 24 drones à l'Éthiopie, dont la plupart ont été livrés en janvier.", transfers: ['Turquie>Éthiopie:weapons:24'] },
    { text: "La Chine a prêté 2 milliards de dollars au Laos, dont la moitié a servi à rembourser d'anciennes dettes.", transfers: ['Chine>Laos:funds:2000000000'] },
  ],
  'finance column': [
    // a collective lender or supplier named by who leads it ("un consortium mené par X"): the leader stands for it
    { text: "Le Kenya a emprunté 2 milliards de dollars auprès d'un consortium de banques mené par la Banque africaine de développement.", transfers: ['Banque africaine de développement>Kenya:funds:2000000000'] },
    { text: "Le Ghana empruntait quelque 500 millions de dollars auprès d'un groupe de prêteurs, dirigé par la Banque mondiale.", transfers: ['Banque mondiale>Ghana:funds:500000000'] },
    // goods told past the lender's long name are out of the verb's reach
    { text: "Chaque année, le Ghana empruntait auprès d'un groupe de prêteurs, dirigé par la Banque mondiale, quelque 500 millions de dollars.", transfers: ['Banque mondiale>Ghana:funds:500000000'], open: true },
    { text: "Le Sénégal a reçu 300 millions d'euros d'un consortium de bailleurs emmené par la Banque européenne d'investissement.", transfers: ["Banque européenne d'investissement>Sénégal:funds:300000000"] },
    { text: 'Un consortium de banques mené par le groupe Rothschild a prêté 800 millions de dollars au Pakistan.', transfers: ['Rothschild>Pakistan:funds:800000000'] },
    { text: "Une coalition de pays dirigée par l'Arabie saoudite a livré des blindés au Yémen.", transfers: ['Arabie Saoudite>Yémen:weapons'] },
    // nobody named at its head: no giver Trame can name, and the article's flows do not stand in
    { text: 'Un consortium de fonds du Golfe a prêté 2 milliards de dollars au Kenya.', transfers: ['>Kenya:funds:2000000000'] },
  ],
  'running story': [
    // a clitic object for the goods the sentence before told: the subject gives them, the dative or "à" receives
    { text: 'Le Tchad a reçu des blindés en février. La France les lui a livrés depuis Abidjan.', transfers: ['France>Tchad:weapons'] },
    { text: "Les rebelles houthis disposent de missiles. L'Iran les leur a fournis, selon Washington.", transfers: ['Iran>Houthis:missiles'] },
    { text: 'La Russie a livré des chars au Mali. Le Mali les a revendus au Niger.', transfers: ['Mali>Niger:weapons', 'Russie>Mali:weapons'] },
    // ... the same goods told again with the same sides, or moved within the receiver's own borders, are no new move
    { text: 'La Serbie a acheté des drones à la Chine. Pékin les lui a livrés par avion.', transfers: ['Chine>Serbie:weapons'] },
    { text: 'Le Kenya a reçu des drones de la Turquie. Nairobi les a déployés à la frontière somalienne.', transfers: ['Turquie>Kenya:weapons'] },
    { text: "Le Japon a livré des radars aux Philippines. Manille les a déployés sur l'île de Palawan.", transfers: ['Japon>Philippines:weapons'] },
  ],
  'army bulletin': [
    // an army named as the subject gives abroad in its own name, as a firm does; a ministry still stands for its state
    { text: "L'armée kényane a déployé 400 soldats en Somalie.", transfers: ['armée kényane>Somalie:troops:400'] },
    { text: "Selon l'ONU, l'armée rwandaise a fourni des mortiers au M23.", transfers: ['armée rwandaise>M23:weapons'] },
    { text: "L'armée birmane a cédé deux hélicoptères au Laos, affirme Vientiane.", transfers: ['armée birmane>Laos:weapons:2'] },
    { text: 'Les forces armées tchadiennes ont envoyé 1 000 hommes au Niger.', transfers: ['armée tchadienne>Niger:troops:1000'] },
    { text: 'Le ministère turc de la Défense a livré six drones au Niger.', transfers: ['Turquie>Niger:weapons:6'] },
    // an army that receives stands for its state, as before
    { text: "L'armée malienne a reçu six drones de la Turquie.", transfers: ['Turquie>Mali:weapons:6'] },
    // at home an army only moves its own men
    { text: "L'armée kirghize a déployé 300 soldats le long de la frontière.", transfers: [] },
  ],
  'aid chronicle': [
    // a gapped clause with no new side ("puis six autres", "puis une seconde de 15 millions") moves goods again
    // between the same sides; "du même montant" repeats the count
    { text: 'La Turquie a livré six drones au Niger en janvier, puis six autres en mai.', transfers: ['Turquie>Niger:weapons:6', 'Turquie>Niger:weapons:6'] },
    { text: 'Le Japon a versé au Laos une première tranche de 10 millions de dollars, puis une seconde de 15 millions en mars.', transfers: ['Japon>Laos:funds:10000000', 'Japon>Laos:funds:15000000'] },
    { text: "L'Union européenne a accordé au Tchad en 2022 une première enveloppe de 20 millions d'euros, puis une seconde du même montant en 2024.", transfers: ['Union européenne>Tchad:funds:20000000', 'Union européenne>Tchad:funds:20000000'] },
    // what the goods are for, after a comma, closes the gapped clause
    { text: 'Le Japon a versé 10 millions de dollars au Laos en 2022, puis 15 millions en 2023, destinés à ses hôpitaux.', transfers: ['Japon>Laos:funds:10000000', 'Japon>Laos:funds:15000000'] },
    { text: "L'Arabie saoudite a accordé au Yémen un dépôt de 1 milliard de dollars, puis un second du même montant, qui a permis de stabiliser le rial.", transfers: ['Arabie Saoudite>Yémen:funds:1000000000', 'Arabie Saoudite>Yémen:funds:1000000000'] },
    // a destination given by a nested place noun that closes on a nationality ("sur les chantiers des futurs stades saoudiens")
    { text: 'Selon une ONG, le Népal a envoyé plus de 12 000 ouvriers sur les chantiers des futurs stades qatariens.', transfers: ['Népal>Qatar:workers:12000'] },
    { text: "L'Inde a dépêché 200 ingénieurs dans les ateliers des nouvelles raffineries nigérianes.", transfers: ['Inde>Nigéria:personnel:200'] },
    // the gapped clause names its receiver by any marker the verb takes for one ("vers", "à destination de"), not only "à"
    { text: "L'Argentine a exporté 40 000 tonnes de soja vers la Chine et 15 000 tonnes vers l'Égypte.", transfers: ['Argentine>Chine:other:40000', 'Argentine>Égypte:other:15000'] },
    { text: 'Le Kazakhstan a expédié 300 wagons de blé vers la Chine, puis 120 à destination de l’Iran en avril.', transfers: ['Kazakhstan>Chine:aid:300', 'Kazakhstan>Iran:aid:120'] },
    // a clause with a verb of its own is no gap
    { text: 'La Turquie a livré six drones au Niger, puis deux autres se sont écrasés.', transfers: ['Turquie>Niger:weapons:6'] },
    { text: 'La Turquie a livré six drones au Niger, puis deux autres pays en ont commandé.', transfers: ['Turquie>Niger:weapons:6'] },
  ],
  interview: [
    { text: "« La Mongolie, à qui nous avons livré 200 000 tonnes de blé, paie à temps », affirme le ministre kazakh de l'Agriculture.", transfers: ['Kazakhstan>Mongolie:aid:200000'], open: true },
    { text: "« La Banque mondiale nous a avancé 50 millions de dollars », a déclaré le ministre tongien des Finances.", transfers: ['Banque mondiale>Tonga:funds:50000000'] },
  ],
};

describeTransferRegisters('Senders and recipients named away from the verb', registers);

// A verb right after "mais", with no subject of its own, shares the subject of the clause "mais" closes: "La Turquie ne
// promet rien mais a fourni", "Le Japon proteste mais livre". A subject of its own, or a pronoun, keeps its own reading.
describeTransferRegisters('a verb after "mais" shares the subject before it', {
  'live blog': [
    { text: "14 h 10 - La Norvège ne promet pas d'argent mais affirme avoir livré 300 tonnes de riz au Soudan.", transfers: ['Norvège>Soudan:aid:300'] },
  ],
  dispatch: [
    { text: 'Le Japon proteste mais a vendu six radars aux Philippines.', transfers: ['Japon>Philippines:weapons:6'] },
    // a subject of its own after "mais" is the giver
    { text: "Le Japon proteste mais la Corée du Sud a vendu six radars aux Philippines.", transfers: ['Corée du Sud>Philippines:weapons:6'] },
  ],
  analysis: [
    { text: "Le Chili reste discret sur ses contrats, mais lui a déjà expédié 40 000 tonnes de cuivre, selon les douanes chinoises.", transfers: [] },
    { text: "Le Chili reste discret sur ses contrats avec Pékin mais a déjà expédié 40 000 tonnes de cuivre vers la Chine.", transfers: ['Chili>Chine:other:40000'] },
  ],
});
