import { describeTransferRegisters } from './helpers';

// What is sent, and whether anything is sent at all: made-up sentences on energy, grain, minerals, health and arms in
// the Sahel, Central Asia, the Caucasus, the Gulf and Latin America, in several registers. Each names a class of false
// transfer (a means of transport read as the goods, a label of earlier flows read as a new one, a topic label before a
// colon, the price of a barter read the wrong way) or a class of goods the lexicon did not list, read through the
// quantity grammar ("N tonnes de Y", "N cargaisons de Y").

describeTransferRegisters('a means of transport is not the goods', {
  dispatch: [
    { text: "Deux turbines, prêtées par l'Ouzbékistan au Tadjikistan, ont été livrées jeudi par camion à Douchanbé.", transfers: ['Ouzbékistan>Tadjikistan:technology:2'] },
    { text: 'Le Kenya a acheminé par camion 300 tonnes de maïs vers le Soudan du Sud.', transfers: ['Kenya>Soudan du Sud:aid:300'] },
  ],
  wire: [
    { text: 'Les vaccins ont été livrés par avion au Tchad par la France, a annoncé Paris.', transfers: ['France>Tchad:aid'] },
    { text: 'La Géorgie a reçu par bateau des générateurs envoyés par la Turquie.', transfers: ['Turquie>Géorgie:aid'] },
  ],
  live: [
    { text: '9h40 — Les fournitures médicales offertes par le Qatar sont arrivées par convoi routier au Liban.', transfers: ['Qatar>Liban:aid'] },
  ],
});

describeTransferRegisters('a label put on flows already told is no new flow', {
  interview: [
    { text: "Le Niger a livré 40 camions de vivres au Tchad. Interrogé sur ces envois, le ministre nigérien a assuré qu'ils relevaient de l'aide humanitaire.", transfers: ['Niger>Tchad:aid:40'] },
  ],
  wire: [
    { text: "L'Algérie a envoyé du blé au Mali. Selon Alger, il s'agit d'une aide humanitaire et non d'un prêt.", transfers: ['Algérie>Mali:aid'] },
  ],
  analysis: [
    { text: "Le Qatar a fourni des tentes au Soudan. Doha présente ces livraisons comme une aide d'urgence.", transfers: ['Qatar>Soudan:aid'] },
  ],
});

describeTransferRegisters('fuel is energy', {
  wire: [
    { text: 'La Turquie a livré du carburant à la Syrie en mars, selon Damas.', transfers: ['Turquie>Syrie:oil'] },
    { text: "Le Kazakhstan a expédié 20 000 tonnes de carburant vers l'Afghanistan.", transfers: ['Kazakhstan>Afghanistan:oil:20000'] },
  ],
  dispatch: [
    { text: 'Le Nigeria a démenti avoir livré du carburant gratuitement au Niger.', transfers: ['Nigéria>Niger:oil'] },
  ],
});

describeTransferRegisters('a topic label before a colon sends nothing', {
  headline: [
    { text: 'Drones turcs au Sahel : un rapport accuse Ankara et Doha de fermer les yeux', transfers: [] },
    { text: 'Gaz azerbaïdjanais : Bakou et Rome prolongent leur accord', transfers: [] },
    { text: 'Missiles balistiques iraniens : un rapport accuse Moscou et Pyongyang d’avoir aidé Téhéran', transfers: [] },
  ],
});

describeTransferRegisters('the price of a barter goes the other way', {
  analysis: [
    { text: 'Selon lui, quelque 500 médecins cubains auraient été envoyés au Venezuela en contrepartie du pétrole.', transfers: ['Cuba>Venezuela:personnel:500', 'Venezuela>Cuba:oil'] },
  ],
  dispatch: [
    { text: 'La Guinée a cédé des permis miniers à la Chine en échange de routes.', transfers: ['Guinée>Chine:other'] },
  ],
});

describeTransferRegisters('goods the lexicon never listed, read through the quantity grammar', {
  wire: [
    { text: 'La Norvège a livré 12 transformateurs à la Lituanie.', transfers: ['Norvège>Lituanie:technology:12'] },
    { text: "Le Chili a expédié 40 000 tonnes d'hydroxyde vers le Japon.", transfers: ['Chili>Japon:other:40000'] },
    { text: "Le Brésil a exporté 3 cargaisons de sucre vers l'Algérie.", transfers: ['Brésil>Algérie:other:3'] },
  ],
  dispatch: [
    { text: 'Le Qatar a livré à la Pologne 15 cargaisons de GNL en 2024.', transfers: ['Qatar>Pologne:oil:15'] },
    { text: "L'Ukraine a exporté 2 millions de tonnes de tournesol vers l'Égypte.", transfers: ['Ukraine>Égypte:other:2000000'] },
  ],
  explainer: [
    { text: "La Russie fournit de l'uranium enrichi à la Hongrie.", transfers: ['Russie>Hongrie:other'] },
    { text: 'La Turquie assure la formation des pilotes azerbaïdjanais.', transfers: ['Turquie>Azerbaïdjan:personnel'], open: true },
  ],
});

// A batch or a measure names how goods are counted, its complement what they are: "N cargaisons de <noun>" moves that
// noun even when no lexicon lists it (a commodity: other), and "N mètres cubes d'eau" moves water, not the gas or oil
// the measure usually counts.
describeTransferRegisters('a batch or a measure takes the kind of what it holds', {
  wire: [
    { text: 'Rosatom a livré 2 cargaisons de combustible à la Slovaquie.', transfers: ['Rosatom>Slovaquie:other:2'] },
    { text: 'Le Canada livre chaque année aux États-Unis 60 milliards de mètres cubes d’eau.', transfers: ['Canada>États-Unis:other:60000000000'] },
  ],
  dispatch: [
    { text: "Entre mars et juin, l'Italie a expédié à l'Égypte au moins quatre chargements de pièces, selon les douanes.", transfers: ['Italie>Égypte:other:4'] },
    { text: 'La Norvège a livré à l’Allemagne 40 milliards de mètres cubes de gaz.', transfers: ['Norvège>Allemagne:oil:40000000000'] },
  ],
  'trade column': [
    { text: 'Le Pérou a vendu au Japon trois lots de farine de poisson.', transfers: ['Pérou>Japon:other:3'] },
    // a bare batch keeps its own kind; "de plus de" counts, it names no content
    { text: 'La Serbie a expédié 700 conteneurs vers le Kenya.', transfers: ['Serbie>Kenya:containers:700'] },
  ],
  analysis: [
    { text: "Selon l'accord de 1944, le Mexique cède aux États-Unis 400 millions de mètres cubes d'eau par an.", transfers: ['Mexique>États-Unis:other:400000000'] },
  ],
  // a bare measure told again counts what it counted just before, not what it usually counts
  'radio summary': [
    { text: "Chaque année, le Canada livre aux États-Unis 60 milliards de mètres cubes d'eau ; en retour, les États-Unis cèdent au Canada 20 milliards de mètres cubes.", transfers: ['Canada>États-Unis:other:60000000000', 'États-Unis>Canada:other:20000000000'] },
    { text: "L'Éthiopie a vendu au Soudan 3 millions de mètres cubes d'eau en mai. L'Égypte lui a cédé 2 millions de mètres cubes en juin.", transfers: ['Éthiopie>Soudan:other:3000000', 'Égypte>Soudan:other:2000000'] },
  ],
});

// Electricity is a commodity of its own, not oil, whatever unit counts it; doses are counted goods even with no
// vaccine named; one dose or one megawatt after "chaque" is the unit a rate is paid on, not a consignment.
describeTransferRegisters('power and doses are goods of their own', {
  wire: [
    { text: "La Roumanie fournit depuis janvier jusqu'à 400 mégawatts à la Moldavie.", transfers: ['Roumanie>Moldavie:other:400'] },
    { text: 'Le Japon a livré au Kenya 2 millions de doses.', transfers: ['Japon>Kenya:other:2000000'] },
  ],
  'interview answer': [
    { text: "« L'Ouzbékistan nous a vendu 300 mégawattheures d'électricité cet hiver », dit le ministre kirghiz.", transfers: ['Ouzbékistan>Kirghizistan:other:300'], open: true },
    { text: "Le Laos fournit de l'électricité à la Thaïlande depuis 2019.", transfers: ['Laos>Thaïlande:other'] },
  ],
  analysis: [
    { text: "Le Kenya verse à l'Inde une redevance sur chaque dose produite.", transfers: [] },
    { text: 'Le Paraguay touche du Brésil une compensation pour chaque mégawatt cédé.', transfers: [] },
  ],
});

describeTransferRegisters("a state's own army moving its men sends nothing", {
  live: [
    { text: 'La Commission européenne a versé 2 milliards d’euros au Kazakhstan. 10h10 — Les forces armées kazakhes ont déployé des soldats le long des pipelines, par précaution.', transfers: ['Commission européenne>Kazakhstan:funds:2000000000'] },
  ],
  dispatch: [
    { text: "L'armée malienne a déployé 300 soldats autour de Gao.", transfers: [] },
    { text: 'Les forces armées géorgiennes ont déployé des troupes près des lignes électriques.', transfers: [] },
    // an army named as the subject of a deployment abroad sends in its own name (transfers-sides-registers)
    { text: "L'armée tchadienne a déployé 1 000 soldats au Mali.", transfers: ['armée tchadienne>Mali:troops:1000'] },
  ],
});

describeTransferRegisters('a consignment restated at once by its count is one fact', {
  wire: [
    { text: 'Le Japon a reçu sa première cargaison australienne : 70 000 tonnes de GNL livrées par Woodside.', transfers: ['Australie>Japon:oil:70000'] },
  ],
  analysis: [
    { text: "L'Inde a reçu deux convois russes, soit 300 tonnes d'engrais.", transfers: ['Russie>Inde:aid:300'] },
  ],
  dispatch: [
    { text: 'Le Kenya a envoyé trois convois au Soudan du Sud : 40 tonnes de maïs et 12 tonnes de riz.', transfers: ['Kenya>Soudan du Sud:aid:40', 'Kenya>Soudan du Sud:aid:12'], open: true },
  ],
});

describeTransferRegisters('a fixed phrase on a transfer verb moves nothing', {
  headline: [
    { text: 'Drones turcs : Ankara aurait prêté main-forte à Bamako', transfers: [] },
  ],
  analysis: [
    { text: 'Le Kazakhstan livre bataille contre la hausse du prix du blé.', transfers: [] },
    { text: 'En fermant ses ports aux navires russes, la Norvège envoie un signal clair à Moscou.', transfers: [] },
    { text: 'La Chine a prêté 2 milliards de dollars à l’Angola.', transfers: ['Chine>Angola:funds:2000000000'] },
  ],
  dispatch: [
    { text: 'Le Qatar a prêté main-forte au Soudan en livrant des drones.', transfers: ['Qatar>Soudan:weapons'], open: true },
  ],
});

describeTransferRegisters('goods by family: equipment, materials, energy, payments', {
  wire: [
    { text: "Le Japon a livré au Kazakhstan deux réacteurs et six centrifugeuses.", transfers: ['Japon>Kazakhstan:technology:2', 'Japon>Kazakhstan:technology:6'] },
    { text: "L'Indonésie a exporté 80 000 tonnes d'acier vers le Vietnam.", transfers: ['Indonésie>Viêt Nam:other:80000'] },
  ],
  dispatch: [
    { text: "La Namibie a versé à l'Allemagne une indemnité de 20 millions d'euros.", transfers: ['Namibie>Allemagne:funds:20000000'] },
    // ammonia is a chemical and a fertiliser feedstock, not a fuel
    { text: "L'Algérie a livré de l'ammoniac à la Tunisie en mars.", transfers: ['Algérie>Tunisie:other'] },
    // ships sold as such are goods
    { text: 'La Grèce a cédé quatre tankers au Nigeria.', transfers: ['Grèce>Nigéria:other:4'] },
    { text: 'Le Japon a vendu deux vraquiers au Vietnam en 2024.', transfers: ['Japon>Viêt Nam:other:2'] },
    // "pétroliers", "navires", "cargos" are goods only when counted: "les groupes pétroliers" is an adjective
    { text: 'La Norvège a vendu trois pétroliers au Ghana.', transfers: ['Norvège>Ghana:other:3'] },
    { text: 'Les revenus pétroliers de la Norvège financent son aide au Ghana.', transfers: [] },
  ],
  analysis: [
    { text: "La Mongolie fournit du cuivre à la Chine ; en échange, Pékin lui accorde un accès prioritaire aux ports de Tianjin.", transfers: ['Mongolie>Chine:other', 'Chine>Mongolie:other'] },
    { text: "L'usine devait produire de l'hydroxyde pour la Corée du Sud, sans qu'un seul kilo ne soit livré à Séoul.", transfers: [] },
  ],
});

describeTransferRegisters('money moved by a transfer, an injection or an advance; counts by approximate nouns', {
  wire: [
    { text: "Le Koweït a viré 500 millions de dollars à l'Égypte.", transfers: ['Koweït>Égypte:funds:500000000'] },
    { text: 'Le Japon a avancé 200 millions de dollars au Sri Lanka.', transfers: ['Japon>Sri Lanka:funds:200000000'] },
    { text: 'Les troupes russes avancent vers Pokrovsk.', transfers: [] },
  ],
  dispatch: [
    { text: "La Turquie a envoyé une quarantaine d'instructeurs en Somalie.", transfers: ['Turquie>Somalie:personnel:40'] },
    { text: 'Le Rwanda a déployé une quinzaine de policiers en Centrafrique.', transfers: ['Rwanda>République centrafricaine:personnel:15'] },
    { text: 'Les passagers ont été placés en quarantaine à Doha.', transfers: [] },
  ],
  analysis: [
    { text: "Les Émirats ont injecté 1 milliard de dollars dans l'économie soudanaise.", transfers: ['Émirats arabes unis>Soudan:funds:1000000000'] },
  ],
});

describeTransferRegisters('a price named first stands only with the flow it pays for', {
  analysis: [
    { text: "En contrepartie de cet accès à la technologie, Astana finance l'outil industriel de ses partenaires.", transfers: [] },
    { text: "En échange de l'accès à la technologie nucléaire, le Kazakhstan a versé 2 milliards de dollars à la France.", transfers: ['France>Kazakhstan:technology', 'Kazakhstan>France:funds:2000000000'] },
  ],
  wire: [
    { text: 'En échange du pétrole vénézuélien, l’Iran a envoyé des techniciens au Venezuela.', transfers: ['Iran>Venezuela:personnel', 'Venezuela>Iran:oil'] },
  ],
});

describeTransferRegisters('a sum a paying verb moves needs no currency', {
  wire: [
    { text: 'Le Japon a versé 300 millions au Sri Lanka en 2023.', transfers: ['Japon>Sri Lanka:funds:300000000'] },
    { text: 'La Chine a prêté 2 milliards à l’Angola.', transfers: ['Chine>Angola:funds:2000000000'] },
    { text: "Le pays compte 300 millions d'habitants.", transfers: [] },
    { text: 'La Chine a versé à l’Iran 40 milliards de dollars en 2024.', transfers: ['Chine>Iran:funds:40000000000'] },
  ],
  explainer: [
    { text: 'Le FMI a accordé au Kenya un programme de 3 milliards de dollars, dont il a déjà décaissé environ 1,2 milliard.', transfers: ['Fonds monétaire international>Kenya:funds:3000000000', 'Fonds monétaire international>Kenya:funds:1200000000'], open: true },
  ],
});

// Industrial machines by their family noun, whatever qualifies it ("fours de cuisson", "fours industriels", "malaxeurs").
describeTransferRegisters('industrial machines by their family noun', {
  dispatch: [{ text: "L'Allemagne a livré huit fours de cuisson et deux malaxeurs à l'Égypte.", transfers: ['Allemagne>Égypte:technology:2', 'Allemagne>Égypte:technology:8'] }],
  'trade column': [{ text: 'Le Japon a vendu six fours industriels au Vietnam.', transfers: ['Japon>Viêt Nam:technology:6'] }],
});
