import { describeTransferRegisters, type TransferCase } from './helpers';

// Clause-level transfer shapes in several registers, on topics no rule was written on: relatives on the goods,
// participles and adjectives that tell where goods come from, and the traps that move nothing.
// Each lists "sender>recipient:kind[:quantity]" (no sender named: ">recipient:kind"); [] where nothing moves.
const registers: Record<string, TransferCase[]> = {
  'relative on goods under a main verb': [
    // the main verb deploys or shows the goods, the relative tells how its subject got them
    { text: "Le Mali a déployé les drones qu'il a achetés à la Turquie.", transfers: ['Turquie>Mali:weapons'] },
    { text: "La Somalie a positionné à Kismayo les blindés qu'elle a obtenus de l'Égypte.", transfers: ['Égypte>Somalie:weapons'] },
    { text: "Les Philippines utilisent les radars que le Japon leur a livrés.", transfers: ['Japon>Philippines:weapons'] },
    { text: "Selon des images satellites, l'Éthiopie exhibe les drones qu'elle aurait achetés à l'Iran.", transfers: ['Iran>Éthiopie:weapons'] },
    // goods passed on: both moves are told
    { text: "La Serbie a livré à la Hongrie les obus qu'elle avait achetés à la Bulgarie.", transfers: ['Bulgarie>Serbie:artillery_shells', 'Serbie>Hongrie:artillery_shells'] },
    { text: "Le Tchad a revendu au Soudan les fusils qu'il avait importés de Serbie.", transfers: ['Serbie>Tchad:weapons', 'Tchad>Soudan:weapons'] },
    { text: "Le Venezuela a exporté vers Cuba le pétrole qu'il a importé de Russie.", transfers: ['Russie>Venezuela:oil', 'Venezuela>Cuba:oil'] },
    // the relative tells the same delivery from the buyer's side, or names one side only: one transfer
    { text: "La Russie a livré à l'Inde les radars que New Delhi avait commandés en 2018.", transfers: ['Russie>Inde:weapons'] },
    { text: "Le Brésil a livré au Chili les blindés que Santiago attendait.", transfers: ['Brésil>Chili:weapons'] },
    { text: "Le Kenya a déployé les hélicoptères qu'il a reçus.", transfers: [] },
  ],
  'ammunition named by its weapon': [
    // "obus de mortier": the weapon after "de" says what fires the ammunition; one consignment, counted as shells
    { text: "Selon des documents douaniers, au moins 20 000 obus de mortier ont été exportés par la Bulgarie vers la Pologne.", transfers: ['Bulgarie>Pologne:artillery_shells:20000'] },
    { text: "Des munitions de char ont été livrées par la Slovaquie à l'Ukraine, a confirmé Bratislava.", transfers: ['Slovaquie>Ukraine:munitions'] },
    { text: '« Nous avons reçu 3 000 obus de mortier de la Corée du Sud », explique le ministre estonien.', transfers: ['Corée du Sud>Estonie:artillery_shells:3000'] },
    { text: "Quelque 500 roquettes de lance-roquettes multiples ont été acheminées par le Pakistan vers l'Azerbaïdjan.", transfers: ['Pakistan>Azerbaïdjan:missiles:500'] },
    // coordinated goods stay two consignments
    { text: "Des missiles de croisière et des lanceurs ont été livrés par la France à l'Ukraine.", transfers: ['France>Ukraine:missiles', 'France>Ukraine:weapons'] },
  ],
  'negations closed after the verb': [
    // "ne ... ni ... ni": the verb is denied for every item or receiver
    { text: "Officiellement, l'Ouzbékistan ne vend d'armes ni au Tadjikistan ni à l'Afghanistan.", transfers: [] },
    { text: "Le Qatar ne livre ni gaz ni pétrole à l'Égypte, rappelle l'analyste.", transfers: [] },
    { text: "Le Brésil n'exporte plus de bœuf vers la Chine ni vers l'Iran.", transfers: [] },
    // "ne ... pas seulement", "ne ... que" restrict, they do not deny
    { text: "La Turquie ne livre pas seulement des drones à l'Ukraine, mais aussi des radars.", transfers: ['Turquie>Ukraine:weapons'] },
    { text: "Le Japon n'a livré qu'une partie des radars aux Philippines.", transfers: ['Japon>Philippines:weapons'] },
  ],
  'goods that equip their receiver': [
    // "équiper" with the goods as subject: its object is who received them from the participle's agent
    { text: "Vendus par la Corée du Sud, les obusiers K9 équipent aussi la Norvège.", transfers: ['Corée du Sud>Norvège:weapons'] },
    { text: "Les radars livrés par l'Inde équipent désormais l'Arménie, selon Erevan.", transfers: ['Inde>Arménie:weapons'] },
    { text: "Fournies par la Chine, ces vedettes équipaient déjà la marine cambodgienne en 2020.", transfers: ['Chine>Cambodge:weapons'] },
    // with no giver told, equipping moves nothing between two actors
    { text: 'Ces radars équipent désormais l’armée arménienne.', transfers: [] },
    { text: "L'équipe de France a visité la base.", transfers: [] },
  ],
  'carriers and asides': [
    // a carrier named by its nationality sends, with a number before it or a date fronted before the clause
    { text: 'Deux avions turcs ont livré des armes à la Libye.', transfers: ['Turquie>Libye:weapons'] },
    { text: 'En mars 2025, trois navires militaires indiens ont débarqué à Colombo des vivres et des tentes.', transfers: ['Inde>Sri Lanka:aid'] },
    { text: 'Jeudi, deux avions-cargos saoudiens ont débarqué à Beyrouth 40 tonnes de médicaments.', transfers: ['Arabie Saoudite>Liban:aid:40'] },
    // an aside between commas after the verb does not part it from its goods
    { text: "Le Bangladesh a acheté, par l'intermédiaire de sa compagnie publique Petrobangla, deux cargaisons de gaz naturel liquéfié qatari.", transfers: ['Qatar>Bangladesh:oil:2'] },
    { text: "Le Ghana a reçu, d'après un communiqué du ministère de la Santé, 2 000 tonnes de riz de l'Inde.", transfers: ['Inde>Ghana:aid:2000'] },
    // a nationality on people with nothing moved draws nothing
    { text: 'Trois responsables serbes ont visité le port.', transfers: [] },
  ],
  'accused named by a common noun': [
    // the accused gives, never the accuser, also when the accused is "des ..." rather than a name
    { text: "Moscou accuse des mercenaires polonais d'avoir livré des armes à l'Ukraine.", transfers: ['Pologne>Ukraine:weapons'] },
    { text: "Le SVR a accusé des entreprises bulgares d'avoir fait parvenir à Kiev un million de cartouches.", transfers: ['>Ukraine:munitions:1000000'] },
    { text: 'Le Soudan accuse des sociétés émiraties de livrer des armes aux FSR.', transfers: ['>FSR:weapons'] },
    { text: 'Le Soudan accuse des trafiquants de livrer des armes aux FSR.', transfers: [] },
    { text: "Pékin a accusé Taïwan d'avoir livré des missiles aux Philippines.", transfers: ['Taïwan>Philippines:missiles'] },
  ],
  'origin on the goods, route after': [
    // the nationality on the goods sends; a country the goods pass through afterwards is a route, not the agent
    { text: "Du blé russe livré à l'Égypte a transité par la Turquie.", transfers: ['Russie>Égypte:aid'] },
    { text: 'Selon les douanes, des armes iraniennes livrées aux Houthis ont transité par Oman.', transfers: ['Iran>Houthis:weapons'] },
    { text: "Le pétrole kazakh livré à l'Allemagne transite par la Russie.", transfers: ['Kazakhstan>Allemagne:oil'] },
    { text: "Des obus sud-coréens acheminés vers la Pologne ont transité par l'Allemagne.", transfers: ['Corée du Sud>Pologne:artillery_shells'] },
    // the agent before the verb of passage still sends
    { text: 'Les armes livrées par la Serbie sont arrivées au Kenya.', transfers: ['Serbie>Kenya:weapons'] },
    { text: "Des drones livrés à la Russie par l'Iran sont arrivés par bateau.", transfers: ['Iran>Russie:weapons'] },
  ],
  'brand and model after the goods': [
    // "drones Bayraktar TB2": a maker's name and a model are the same consignment, never goods of their own
    { text: "L'Égypte a livré au Soudan des drones Bayraktar TB2 achetés à la Turquie.", transfers: ['Égypte>Soudan:weapons'] },
    { text: 'Selon Ankara, la Turquie a livré au Niger des drones Bayraktar TB2 et Akinci.', transfers: ['Turquie>Niger:weapons'] },
    { text: "Le Japon a livré des radars Mitsubishi J/FPS-3 aux Philippines l'an dernier.", transfers: ['Japon>Philippines:weapons'] },
  ],
  'goods that stay with their owner': [
    // a sum released to buy on a market named by a nationality: the market is no seller, and nothing goes from a body to itself
    { text: "Bruxelles débloque 80 millions d'euros de dons, dont vingt millions doivent être versés dès mars pour acheter de l'électricité sur le marché européen.", transfers: [] },
    { text: 'Bruxelles a versé 30 millions d’euros pour acheter des vaccins sur le marché européen.', transfers: [] },
    { text: 'Washington débloque 100 millions de dollars pour acheter des obus sur le marché américain.', transfers: [] },
  ],
  'aid named as a frame': [
    // "dans le cadre de son programme d'aide": the frame of the transfer told, not one more
    { text: "15 h 05 — Tokyo a livré les premiers radars à la marine philippine, dans le cadre de son programme d'aide à la sécurité.", transfers: ['Japon>Philippines:weapons'] },
    { text: "Dans le cadre de son programme d'aide, le Japon a livré des radars aux Philippines.", transfers: ['Japon>Philippines:weapons'] },
    { text: "Au titre de l'aide humanitaire, la France a envoyé 20 tonnes de vivres au Liban.", transfers: ['France>Liban:aid:20'] },
    // aid announced with its sum is still a transfer
    { text: "Le Japon a annoncé un programme d'aide de 5 millions de dollars pour les Philippines.", transfers: ['Japon>Philippines:funds:5000000'] },
  ],
  'paying for goods': [
    // "payer" moves funds: its object of another kind is what the money pays for, not what the payer sends
    { text: 'Le Qatar a payé les armes destinées au Hamas.', transfers: [] },
    { text: 'La junte malienne paierait les drones turcs en or, selon un diplomate.', transfers: [] },
    { text: "L'Inde a payé 2 milliards de dollars à la Russie.", transfers: ['Inde>Russie:funds:2000000000'] },
    { text: 'Le Mali paie 10 millions de dollars à Wagner.', transfers: ['Mali>Wagner:funds:10000000'] },
  ],
  'relative past an apposition': [
    // an apposition on the relative's subject does not part the receiving verb from the goods it takes
    { text: "Ces appareils s'ajoutent aux six drones que le Niger, au pouvoir depuis juillet 2023, avait reçus d'Ankara.", transfers: ['Turquie>Niger:weapons:6'] },
    { text: 'Les observateurs ont compté les dix blindés que le Tchad, allié de Paris, avait achetés à la Serbie.', transfers: ['Serbie>Tchad:weapons:10'] },
    { text: 'Les quatre radars que la Mongolie, enclavée entre deux géants, a obtenus du Japon sont arrivés.', transfers: ['Japon>Mongolie:weapons:4'] },
  ],
  'prices per unit': [
    // a market price or a discount per unit moves no money; a payment per month does
    { text: "Le Chili a livré du cuivre à la Chine. Le métal rouge s'échangeait mardi à 9 000 dollars la tonne.", transfers: ['Chili>Chine:other'] },
    { text: "Le Qatar vend son gaz au Japon. Le gaz qatari est cédé avec une remise de deux dollars par mégawattheure.", transfers: ['Qatar>Japon:oil'] },
    { text: "Analyse. Le Niger a exporté de l'uranium vers la France ; le minerai se négocie autour de 80 dollars la livre à Londres.", transfers: ['Niger>France:other'] },
    { text: "« La Côte d'Ivoire a vendu son cacao à la Belgique à environ 8 000 dollars la tonne », explique l'économiste.", transfers: ["Côte d'Ivoire>Belgique:other"] },
    // a future on a schedule ("désormais", "par mois") states the terms of an arrangement in force: read as a fact
    { text: 'Le Japon versera désormais 5 millions de dollars par mois aux Philippines.', transfers: ['Japon>Philippines:funds:5000000'] },
    { text: 'Le Japon a versé 5 millions de dollars par mois aux Philippines en 2024.', transfers: ['Japon>Philippines:funds:5000000'] },
  ],
  'deals undone later in the sentence': [
    // a purchase cancelled or a sale never signed moves nothing (a sale not yet delivered still does); a cancelled deal
    // beside a delivery leaves it
    { text: "Le Pérou avait commandé huit frégates à la Corée du Sud, une commande finalement annulée en 2021.", transfers: [] },
    { text: "Dépêche. Le Maroc a acheté à Israël des drones Hermes, dont aucun n'a encore été livré.", transfers: ['Israël>Maroc:weapons'] },
    { text: "Selon nos informations, le Kazakhstan avait acheté à la France deux frégates en 2019, un achat annulé depuis.", transfers: [] },
    { text: "Washington a autorisé la vente de 24 hélicoptères au Nigeria, mais aucun contrat ferme n'a été signé à ce jour.", transfers: [] },
    { text: "La Bolivie a exporté 40 000 tonnes de lithium vers la Chine, alors que le contrat avec l'Argentine a été annulé.", transfers: ['Bolivie>Chine:other:40000'] },
  ],
  'units no figure counts': [
    // "chaque tonne", "une tonne" with no figure is a way of speaking, not a consignment
    { text: "Au fond, chaque baril vendu à l'Inde est un baril refusé à l'Europe.", transfers: [] },
    { text: "Éditorial. Chaque tonne promise à Tokyo est une tonne de moins pour Séoul.", transfers: [] },
    { text: "La Guinée a expédié 3 000 tonnes de bauxite vers la Chine.", transfers: ['Guinée>Chine:other:3000'] },
  ],
  'bodies owned by an organisation': [
    // "au fonds fiduciaire de la Banque mondiale": the owner after the body receives (open: the owner is read as the goods' owner)
    { text: "Depuis 2022, le Japon a versé au fonds fiduciaire de la Banque mondiale plus de 300 millions de dollars.", transfers: ['Japon>Banque mondiale:funds:300000000'], open: true },
  ],
  'resold from where the goods went': [
    // a resale verb in the passive: whoever the first verb says received the goods sends them on to the receiver it names
    { text: "Selon Reuters, une partie du cuivre livré à la Turquie aurait été réexportée vers l'Iran.", transfers: ['Turquie>Iran:other'] },
    { text: "Enquête. Des obus serbes ont été vendus à la Bulgarie, avant d'être réexportés vers l'Ukraine.", transfers: ['Bulgarie>Ukraine:artillery_shells', 'Serbie>Bulgarie:artillery_shells'] },
    { text: "Le blé russe est acheminé vers la Turquie, d'où il est réexporté vers le Liban.", transfers: ['Russie>Turquie:aid', 'Turquie>Liban:aid'] },
    { text: "— D'où vient l'or ? — Quelque 2 tonnes d'or sont acheminées chaque mois vers l'Ouganda, où il est fondu avant d'être réexporté, notamment vers les Émirats.", transfers: ['>Ouganda:funds:2', 'Ouganda>Émirats arabes unis:funds'] },
    // no receiver named for the resale: nothing more
    { text: "Des fusils tchèques ont été vendus au Kenya, avant d'être réexportés.", transfers: ['Tchéquie>Kenya:weapons'] },
  ],
  'a batch that carries the goods just told': [
    { text: "La société slovaque Konštrukta a acheté 30 000 obus à la Bulgarie. Elle aurait ensuite livré la totalité du lot à la Pologne.", transfers: ['Bulgarie>Konštrukta:artillery_shells:30000', 'Konštrukta>Pologne:artillery_shells'] },
    { text: "Le Qatar a acheté du blé à l'Ukraine. Cette cargaison a été livrée au Yémen en mars.", transfers: ['>Yémen:other', 'Ukraine>Qatar:other'] },
  ],
  'police sent abroad': [
    // police officers and gendarmes a state sends are personnel, like instructors
    { text: "EN DIRECT — Le Rwanda a envoyé 300 policiers en Centrafrique, confirme Kigali.", transfers: ['Rwanda>République centrafricaine:personnel:300'] },
    { text: "Dépêche. Le Sénégal confirme l'envoi de 150 gendarmes sénégalais supplémentaires en Gambie.", transfers: ['Sénégal>Gambie:personnel:150'] },
    // open: "nous" is the side of a speaker named only by a title and a nationality after the verb
    { text: "— Combien d'hommes ? — Nous avons déployé 400 policiers à Bangui, explique le ministre rwandais.", transfers: ['Rwanda>République centrafricaine:personnel:400'], open: true },
    { text: "La police du Kenya a arrêté 20 personnes à Nairobi.", transfers: [] },
  ],
};

describeTransferRegisters('transfers', registers);
