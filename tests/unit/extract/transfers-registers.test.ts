import { describeTransferRegisters, type TransferCase } from './helpers';

// A generalisation bench: made-up sentences and short paragraphs in six registers, on topics no rule was
// written on (Sahel, Gulf, Balkans, Caucasus, Asia-Pacific, Latin America; trade, aid, sanctions, arms,
// energy). Each lists the transfers a careful analyst would draw, "sender>recipient:kind[:quantity]"
// (no sender named: ">recipient:kind"); [] where the text asserts no movement between two actors.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "Le Kazakhstan a livré 12 hélicoptères à l'Ouzbékistan, a annoncé mardi le ministère kazakh de la Défense.", transfers: ['Kazakhstan>Ouzbékistan:weapons:12'] },
    // a contract's volume: the dev set's gold counts it as the transfer it provides for ("un contrat portant sur
    // 500 000 barils par jour"), the seller the party signed with; a contract with no goods named moves nothing
    { text: 'Le Chili a signé avec la France un contrat portant sur 40 hélicoptères.', transfers: ['France>Chili:weapons:40'] },
    { text: 'Le Maroc a signé avec Israël un contrat de 500 millions de dollars.', transfers: [] },
    // an order placed with a named supplier counts as the transfer it buys (as the dev set's gold reads it)
    { text: "L'Indonésie a commandé 24 avions de combat à la Corée du Sud pour 3 milliards de dollars.", transfers: ['Corée du Sud>Indonésie:weapons:24'] },
    { text: 'La Serbie a remis à la Bosnie-Herzégovine deux blindés.', transfers: ['Serbie>Bosnie-Herzégovine:weapons:2'] },
    { text: "Le Niger s'est vu remettre par la Turquie six drones.", transfers: ['Turquie>Niger:weapons:6'] },
    { text: "L'Arménie a obtenu de l'Inde des obusiers tractés.", transfers: ['Inde>Arménie:weapons'] },
    { text: 'Le Qatar a versé 30 millions de dollars au Liban.', transfers: ['Qatar>Liban:funds:30000000'] },
    // a seat city stands for its body like a capital for its state: "Bruxelles" gives as the European Union
    { text: "Bruxelles a versé 50 millions d'euros au Niger.", transfers: ['Union européenne>Niger:funds:50000000'] },
    { text: "Bruxelles a accordé une aide de 20 millions d'euros à la Moldavie.", transfers: ['Union européenne>Moldavie:funds:20000000'] },
    { text: 'Bruxelles a livré 40 000 tonnes de blé au Soudan.', transfers: ['Union européenne>Soudan:aid:40000'] },
    // ... and names no giver where it is only where people met
    { text: 'Les ministres réunis à Bruxelles ont promis des obus à l’Ukraine.', transfers: [] },
    // "financer" has its receiver as object ("financer le Laos"), so a passive's subject is financed by the agent
    { text: 'Le Laos a été financé à hauteur de 200 millions de dollars par la Chine.', transfers: ['Chine>Laos:funds:200000000'] },
    { text: "La Jordanie a été financée à hauteur de 500 millions de dollars par l'Arabie saoudite.", transfers: ['Arabie Saoudite>Jordanie:funds:500000000'] },
    { text: "La Banque mondiale a financé l'Ukraine à hauteur de 2 milliards de dollars en 2023.", transfers: ['Banque mondiale>Ukraine:funds:2000000000'] },
    { text: "Selon l'agence, la Somalie sera financée à hauteur de 80 millions d'euros par l'Union européenne.", transfers: [] },
    { text: 'Le Japon a financé la construction du port de Mombasa pour 300 millions de dollars.', transfers: [] },
    // a currency's nationality names no giver
    { text: 'Des dirhams émiratis ont été saisis à l’aéroport de Khartoum.', transfers: [] },
    { text: 'Selon Reuters, la Biélorussie aurait livré des munitions au Niger.', transfers: ['Biélorussie>Niger:munitions'] },
    { text: 'La Géorgie a réceptionné mardi quatre radars fournis par la France.', transfers: ['France>Géorgie:weapons:4'] },
    { text: 'Taïwan a réceptionné lundi les 38 premiers chars commandés aux États-Unis.', transfers: ['États-Unis>Taïwan:weapons:38'] },
    { text: 'Le Niger s’est fait livrer six drones par la Turquie.', transfers: ['Turquie>Niger:weapons:6'] },
    // a price a sale names is not what it moves
    { text: 'Les États-Unis ont vendu des lanceurs à Taïwan pour 2 milliards de dollars.', transfers: ['États-Unis>Taïwan:weapons'] },
    { text: 'Le Kazakhstan a vendu du fioul au Kirghizstan pour 40 millions de dollars.', transfers: ['Kazakhstan>Kirghizistan:oil'] },
    // a list of goods of different kinds is one transfer per kind, each with its own count; one kind stays one
    { text: 'Le Japon a livré 40 missiles et 20 obusiers aux Philippines.', transfers: ['Japon>Philippines:missiles:40', 'Japon>Philippines:weapons:20'] },
    { text: "L'Égypte a envoyé des vivres et des médicaments au Soudan.", transfers: ['Égypte>Soudan:aid'] },
  ],
  dispatch: [
    { text: "La Turquie a livré des drones à l'Azerbaïdjan via la Géorgie.", transfers: ['Turquie>Azerbaïdjan:weapons'] },
    { text: "L'Iran a envoyé des drones au Venezuela en passant par la Syrie.", transfers: ['Iran>Venezuela:weapons'] },
    { text: "Des armes à destination du Soudan ont été interceptées au large de Djibouti.", transfers: ['>Soudan:weapons'] },
    { text: 'La marine indienne a intercepté un navire qui transportait des fusils destinés aux rebelles du Manipur.', transfers: [] },
    // a cargo stopped on its way: from its named origin to its named destination; who stopped it is neither
    { text: "La marine américaine a saisi des missiles en provenance d'Iran à destination du Yémen.", transfers: ['Iran>Yémen:missiles'] },
    { text: 'La Libye a reçu des drones. La marine grecque a intercepté des armes en mer.', transfers: [] },
    { text: "Trois cents tonnes de riz en provenance du Vietnam ont été livrées au Sénégal.", transfers: ['Viêt Nam>Sénégal:aid:300'] },
    { text: 'Le Cameroun a cédé au Tchad une dizaine de blindés.', transfers: ['Cameroun>Tchad:weapons:10'] },
    { text: 'Le Tchad a reçu du Cameroun une dizaine de blindés.', transfers: ['Cameroun>Tchad:weapons:10'] },
    { text: "Le Pakistan n'a jamais livré d'armes aux talibans, assure Islamabad.", transfers: [] },
    { text: 'Les soldats boliviens ont quitté la frontière chilienne mardi.', transfers: [] },
    { text: 'Le Brésil a envoyé entre deux et trois mille soldats en Haïti.', transfers: ['Brésil>Haïti:troops:2000'] },
    // an airport, a port or a base of a capital stands for its state
    { text: "Une centaine d'instructeurs russes sont arrivés mercredi soir à l'aéroport de Niamey.", transfers: ['Russie>Niger:personnel:100'] },
    { text: 'Des drones turcs ont été livrés à la base aérienne de Niamey.', transfers: ['Turquie>Niger:weapons'] },
    // model designators are weapons by their shape
    { text: 'La Russie a livré des Yak-130 et des Mi-17 à la Birmanie.', transfers: ['Russie>Birmanie:weapons'] },
  ],
  'live blog': [
    { text: "14 h 05 – L'Arabie saoudite a livré 50 000 tonnes de blé au Yémen, selon l'ONU.", transfers: ['Arabie Saoudite>Yémen:aid:50000'] },
    { text: '09:12 La Chine annonce avoir livré un millier de tentes au Népal.', transfers: ['Chine>Népal:aid:1000'] },
    { text: "16 h 40 – Le convoi parti de Jordanie est arrivé en Syrie, selon le Croissant-Rouge.", transfers: [] },
    { text: '18 h 20 – Le Japon débloque 200 millions de dollars pour les Philippines.', transfers: ['Japon>Philippines:funds:200000000'] },
    { text: "11 h 00 – Les frappes se poursuivent à Khartoum. L'ONU n'a pas pu confirmer le nombre de victimes.", transfers: [] },
    { text: '07 h 30 – Pékin a livré des vaccins au Laos. 08 h 10 – Vientiane a remercié la Chine.', transfers: ['Chine>Laos:aid'] },
    { text: "21 h 15 – Le Maroc a expédié 300 tonnes de vivres vers la Libye.", transfers: ['Maroc>Libye:aid:300'] },
    { text: "19 h 50 – L'Iran a acheminé du kérosène au Venezuela, selon l'agence Reuters.", transfers: ['Iran>Venezuela:oil'] },
    // the fact a denial is about is drawn (alleged), and the denial is a stance on it; "n'a jamais livré" alone draws none
    { text: '10 h 45 – Le Kenya dément avoir envoyé des soldats en Somalie.', transfers: ['Kenya>Somalie:troops'] },
    { text: "12 h 30 – La Norvège et le Danemark ont débloqué des fonds pour l'Ukraine.", transfers: ['Danemark>Ukraine:funds', 'Norvège>Ukraine:funds'] },
    { text: '13 h 00 – Des obus bulgares ont été retrouvés au Yémen.', transfers: [] },
  ],
  interview: [
    { text: "Entretien avec Ana Rios, ministre colombienne de la Défense. Avez-vous reçu des hélicoptères des États-Unis ? Oui, Washington nous a livré huit hélicoptères l'an dernier.", transfers: ['États-Unis>Colombie:weapons:8'] },
    { text: 'Le Pérou vous a-t-il vendu des radars ?', transfers: [] },
    { text: "Question : la Russie arme-t-elle le Mali ? Réponse : nous ne commentons pas les rumeurs.", transfers: [] },
    { text: "« Nous avons envoyé deux cents instructeurs au Burkina Faso », a déclaré le ministre turc de la Défense.", transfers: ['Turquie>Burkina Faso:personnel:200'] },
    { text: "« La Russie n'a jamais livré de missiles à la Corée du Nord », affirme le porte-parole du Kremlin.", transfers: [] },
    { text: "Vous attendez des chars de l'Allemagne ? Nous les attendons depuis des mois.", transfers: [] },
    { text: "« La Serbie nous a cédé des munitions », reconnaît le général monténégrin.", transfers: ['Serbie>Monténégro:munitions'] },
    { text: "Avez-vous l'intention de livrer des drones à l'Arménie ? Pas à ce stade.", transfers: [] },
    // "nous" is the side of whoever a quote is attributed to; with no speaker (an op-ed's "nous") it names nobody
    { text: 'Le ministre kényan Paul Otieno : « Nous avons livré des vivres à la Somalie. »', transfers: ['Kenya>Somalie:aid'] },
    { text: "Nous devons livrer davantage d'obus à l'Ukraine.", transfers: [] },
    { text: "« Nous avons acheté à l'Iran des drones et des pièces détachées », admet le ministre vénézuélien.", transfers: ['Iran>Venezuela:technology', 'Iran>Venezuela:weapons'] },
    { text: "Le ministre philippin assure que le Japon n'a livré aucun navire à Manille.", transfers: [] },
  ],
  explainer: [
    { text: "Comment l'aide arrive-t-elle à Gaza ? Les camions passent par l'Égypte avant d'entrer dans le territoire.", transfers: [] },
    { text: "La livraison de chars polonais à la Slovaquie par la Pologne a commencé en 2023.", transfers: ['Pologne>Slovaquie:weapons'] },
    { text: "L'envoi de médecins cubains au Mexique a été décidé en 2022.", transfers: ['Cuba>Mexique:personnel'] },
    { text: "Les livraisons d'armes russes au Mali se sont accélérées depuis 2021.", transfers: ['Russie>Mali:weapons'] },
    // a nominalisation may name its receiver before its goods ("la vente à X de 40 missiles")
    { text: 'La Chine a confirmé la vente à la Birmanie de huit sous-marins.', transfers: ['Chine>Birmanie:weapons:8'] },
    { text: "La livraison à l'Irak de 30 000 tonnes de blé par l'Égypte a repris.", transfers: ['Égypte>Irak:aid:30000'] },
    { text: "Qu'est-ce qu'un embargo ? C'est l'interdiction de vendre des armes à un pays.", transfers: [] },
    { text: 'Le gaz algérien est acheminé vers l’Italie par un gazoduc qui traverse la Tunisie.', transfers: ['Algérie>Italie:oil'] },
    { text: "Les sanctions interdisent l'exportation de pétrole iranien vers la Chine.", transfers: [] },
    { text: "Le Venezuela a été ravitaillé en carburant par l'Iran en 2020.", transfers: ['Iran>Venezuela:oil'] },
    { text: "Les fonds du FMI versés à l'Argentine ont servi à rembourser la dette.", transfers: ['Fonds monétaire international>Argentine:funds'] },
    // grain traded is a commodity, not aid
    { text: "Le blé ukrainien exporté vers l'Égypte transite par le Bosphore.", transfers: ['Ukraine>Égypte:other'] },
  ],
  analysis: [
    { text: "La Russie et la Chine ont livré des armes au Myanmar.", transfers: ['Chine>Birmanie:weapons', 'Russie>Birmanie:weapons'] },
    { text: "La Turquie a vendu des drones au Kenya et à l'Éthiopie.", transfers: ['Turquie>Kenya:weapons', 'Turquie>Éthiopie:weapons'] },
    { text: "Le Brésil a vendu à l'Angola des blindés ainsi que des munitions.", transfers: ['Brésil>Angola:munitions', 'Brésil>Angola:weapons'] },
    // "dont", "notamment", "comme" name examples of the goods before them, not another item
    { text: "L'Iran a livré des armes, dont des missiles, aux Houthis.", transfers: ['Iran>Houthis:weapons'] },
    // a delivery a signed contract provides for is drawn, its supplier unnamed (the sample's and the dev set's gold read it so)
    // with no seller named anywhere, a transfer from nobody would match no gold: none is drawn
    { text: "Le contrat de 2019 prévoyait la livraison de 40 hélicoptères au Maroc.", transfers: [] },
    // private middlemen pass the goods on: no state sends them, the sender stays unnamed
    { text: "Des obus serbes, réexportés ensuite vers le Nigeria par des intermédiaires bulgares, ont été retrouvés au Sahel.", transfers: ['>Nigéria:artillery_shells'] },
    { text: 'Des fusils, acheminés par la suite vers le Tchad par des trafiquants, ont été saisis à Agadez.', transfers: ['>Tchad:weapons'] },
    { text: 'Des munitions, livrées discrètement au Venezuela par des armateurs privés, ont été découvertes.', transfers: ['>Venezuela:munitions'] },
    // two participles in a row: who the first says received the goods passes them on
    { text: 'Des fusils achetés par le Tchad, réexportés vers le Soudan, ont été saisis à Nyala.', transfers: ['Tchad>Soudan:weapons'] },
    { text: "Des obus achetés par la Bulgarie, puis revendus au Pakistan, ont été retrouvés au Yémen.", transfers: ['Bulgarie>Pakistan:artillery_shells'] },
    { text: "Les drones vendus par la Chine à l'Éthiopie, puis revendus à l'Érythrée, ont été filmés près d'Assab.", transfers: ['Chine>Éthiopie:weapons', 'Éthiopie>Érythrée:weapons'] },
    { text: "Des blindés cédés par la Jordanie à l'Irak et rétrocédés aux Kurdes d'Irak ont été repérés à Erbil.", transfers: ['Jordanie>Irak:weapons'] },
    { text: 'Des hélicoptères achetés par le Paraguay, rétrocédés ensuite à la Bolivie, ont été photographiés.', transfers: ['Paraguay>Bolivie:weapons'] },
    { text: 'La Corée du Nord aurait livré entre 3 et 5 millions d’obus à la Russie, selon Séoul.', transfers: ['Corée du Nord>Russie:artillery_shells:3000000'] },
    { text: "Le Rwanda soutient le M23. Il lui aurait livré des mortiers et des munitions.", transfers: ['Rwanda>M23:munitions', 'Rwanda>M23:weapons'] },
    { text: "L'Iran aurait vendu des drones à l'Éthiopie, ce que nie Téhéran.", transfers: ['Iran>Éthiopie:weapons'] },
    { text: "La Colombie veut acheter des avions suédois, mais le budget manque.", transfers: [] },
    // an op-ed's wish or a demand, in the subjunctive, is no fact; a purpose clause leaves its main verb a fact
    { text: "Il est temps que la France livre des chars à l'Arménie.", transfers: [] },
    { text: 'Kiev exige que Berlin livre des missiles à la Moldavie.', transfers: [] },
    { text: '« Nous devons livrer des radars à la Lituanie », a déclaré le ministre norvégien.', transfers: [] },
    { text: "Pour que l'Ukraine tienne, les États-Unis ont livré des missiles à Kiev.", transfers: ['États-Unis>Ukraine:missiles'] },
    { text: "Les exportations d'armes françaises vers l'Inde ont doublé en dix ans.", transfers: ['France>Inde:weapons'] },
    // a supplier is said of the state it supplies; a ranking among exporters names no receiver
    { text: "La Russie est le premier fournisseur d'armes de l'Algérie.", transfers: ['Russie>Algérie:weapons'] },
    { text: "La Chine est devenue le principal fournisseur d'armes de la Birmanie.", transfers: ['Chine>Birmanie:weapons'] },
    { text: 'La Russie est le premier exportateur de blé au monde.', transfers: [] },
    { text: "Sans les drones fournis par la Turquie, l'armée azerbaïdjanaise n'aurait pas percé.", transfers: ['Turquie>Azerbaïdjan:weapons'] },
    // who holds or uses goods a participle says were supplied received them; who merely saw them did not
    { text: "L'Iran arme le Hamas. Les Houthis disposent de missiles fournis par l'Iran.", transfers: ['Iran>Houthis:missiles'] },
    { text: "L'armée malienne utilise des drones livrés par la Turquie.", transfers: ['Turquie>Mali:weapons'] },
    { text: "Les experts de l'ONU ont identifié des drones fournis par l'Iran.", transfers: [] },
    // a participle after the goods' owner still qualifies the goods, and the owner sends them
    { text: 'Les armes de la Serbie livrées au Kenya ont été saisies.', transfers: ['Serbie>Kenya:weapons'] },
  ],
};

// Short paragraphs: a side the text leaves out may come from the article's flows, never one it names otherwise.
const paragraphs: TransferCase[] = [
  // a receiver named but not known ("aux milices du régime") is not replaced by the sender's usual one
  { text: 'La Russie livre des armes au Mali depuis 2021. En Syrie, Moscou a aussi livré des avions aux milices du régime.', transfers: ['Russie>Mali:weapons'] },
  // "en contrepartie" answers the shipment before it, from its receiver
  { text: 'Cuba a envoyé des médecins au Nicaragua. En contrepartie, Managua fournit du pétrole à prix réduit.', transfers: ['Cuba>Nicaragua:personnel', 'Nicaragua>Cuba:oil'] },
  { text: "L'Iran livre des drones au Soudan depuis 2023. Le Qatar a aussi envoyé des vivres.", transfers: ['Iran>Soudan:weapons', 'Qatar>Soudan:aid'] },
  // a receiving subject the text names but Trame does not know ("les rebelles") is not the article's usual receiver
  { text: "L'Iran livre des drones à la Syrie. Les rebelles ont aussi reçu des missiles de la Russie.", transfers: ['Iran>Syrie:weapons'] },
  // far from any flow, the article's one recipient stands in only for goods of a kind it already receives
  { text: "Le Niger a reçu des drones de la Turquie en 2022. Les essais ont eu lieu au nord. Les vols ont repris. L'aéroport a rouvert. Le Qatar a aussi envoyé des vivres.", transfers: ['Turquie>Niger:weapons'] },
  { text: "Le Niger a reçu des drones de la Turquie en 2022. Les essais ont eu lieu au nord. Les vols ont repris. L'aéroport a rouvert. Le Qatar a aussi envoyé des drones.", transfers: ['Qatar>Niger:weapons', 'Turquie>Niger:weapons'] },
  // a delivery received is its receiving subject's; its sender comes from the article's flow
  { text: 'Les États-Unis livrent des missiles à la Grèce. Athènes avait déjà reçu en 2021 une première livraison de 24 missiles.', transfers: ['États-Unis>Grèce:missiles', 'États-Unis>Grèce:missiles:24'] },
  { text: 'WASHINGTON, 3 mai (AFP) - Washington a approuvé jeudi la vente de 40 missiles à la Grèce.', transfers: ['États-Unis>Grèce:missiles:40'] },
  { text: 'LIMA, 4 juin (AFP) - Washington a approuvé jeudi la vente au Pérou de 12 hélicoptères.', transfers: ['États-Unis>Pérou:weapons:12'] },
  { text: "Brasilia a autorisé la vente à l'Équateur de 20 blindés.", transfers: ['Brésil>Équateur:weapons:20'] },
];
registers['paragraphs'] = paragraphs;

// A second bench, written before any rule was changed: shapes the first misses most (passive with and without
// agent, participles and relatives, pronoun parties, numbers in words, nominalisations, verbs beyond "livrer",
// coordination, contracts and re-exports), each in several registers.
const shapes: Record<string, TransferCase[]> = {
  'wire brief (shapes)': [
    { text: "Washington a donné son feu vert à la vente de 400 missiles à l'Arabie saoudite.", transfers: ['États-Unis>Arabie Saoudite:missiles:400'] },
    { text: 'La Chine a fait don au Cambodge de 20 véhicules blindés, selon Phnom Penh.', transfers: ['Chine>Cambodge:weapons:20'] },
    // one piece of equipment is goods as well as many
    { text: 'La Serbie a vendu un patrouilleur au Monténégro.', transfers: ['Serbie>Monténégro:weapons'] },
    { text: "La Turquie a envoyé des mercenaires syriens en Azerbaïdjan, selon l'OSDH.", transfers: ['Turquie>Azerbaïdjan:troops'] },
    { text: 'Quarante blindés ont été livrés au Tchad par les Émirats arabes unis, selon une source militaire.', transfers: ['Émirats arabes unis>Tchad:weapons:40'] },
    { text: 'Des véhicules blindés ont été livrés au Burkina Faso, a indiqué l’état-major.', transfers: ['>Burkina Faso:weapons'] },
    { text: "Le Bénin s'est vu livrer quatre patrouilleurs par la France.", transfers: ['France>Bénin:weapons:4'] },
    { text: 'La Macédoine du Nord a été dotée de douze blindés par les États-Unis.', transfers: ['États-Unis>Macédoine du Nord:weapons:12'] },
    { text: "L'Union européenne a octroyé 50 millions d'euros au Niger, a annoncé Bruxelles.", transfers: ['Union européenne>Niger:funds:50000000'] },
    { text: "Le Paraguay a acquis auprès d'Israël six drones de surveillance.", transfers: ['Israël>Paraguay:weapons:6'] },
    { text: "La Mauritanie s'est procuré des radars auprès de la Chine.", transfers: ['Chine>Mauritanie:weapons'] },
    { text: "L'Équateur a importé 30 000 tonnes de blé d'Argentine.", transfers: ['Argentine>Équateur:other:30000'] },
    { text: 'Oman a transféré 20 millions de dollars au Yémen, a indiqué l’agence officielle.', transfers: ['Oman>Yémen:funds:20000000'] },
  ],
  'dispatch (shapes)': [
    // who hosts troops receives them; a private army sends its own men
    { text: 'La Biélorussie a accueilli en juillet des combattants de Wagner.', transfers: ['Wagner>Biélorussie:troops'] },
    { text: 'Le Niger a accueilli 200 soldats français après leur départ du Mali.', transfers: ['France>Niger:troops:200'] },
    { text: 'Le Tchad accueille des réfugiés soudanais.', transfers: [] },
    { text: 'Moscou a envoyé des instructeurs en Centrafrique.', transfers: ['Russie>République centrafricaine:personnel'] },
    { text: 'Les drones, fournis par la Turquie au Mali, ont été aperçus près de Gao.', transfers: ['Turquie>Mali:weapons'] },
    { text: "La Turquie a acheminé des blindés par bateau jusqu'au port de Conakry.", transfers: ['Turquie>Guinée:weapons'] },
    { text: 'La Chine est le premier partenaire du Cambodge. Elle lui a aussi livré douze patrouilleurs en 2023.', transfers: ['Chine>Cambodge:weapons:12'] },
    { text: "L'Iran soutient les Houthis depuis des années. Il leur aurait livré des missiles balistiques.", transfers: ['Iran>Houthis:missiles'] },
    { text: 'La Russie a renforcé ses liens avec le Mali. Elle lui a vendu quatre hélicoptères.', transfers: ['Russie>Mali:weapons:4'] },
    { text: 'Les Émirats arabes unis ont expédié un millier de tonnes de vivres au Soudan.', transfers: ['Émirats arabes unis>Soudan:aid:1000'] },
    { text: "L'Algérie a envoyé plusieurs centaines de soldats au Niger.", transfers: ['Algérie>Niger:troops'] },
    { text: 'Le Brésil a livré une vingtaine de blindés au Paraguay.', transfers: ['Brésil>Paraguay:weapons:20'] },
    { text: 'Deux mille cinq cents tonnes de blé ont été expédiées au Liban par la Russie.', transfers: ['Russie>Liban:aid:2500'] },
  ],
  'live blog (shapes)': [
    { text: "19h30 — L'Allemagne, elle, a préféré envoyer des casques et des gilets pare-balles à la Moldavie.", transfers: ['Allemagne>Moldavie:other'] },
    { text: '20h10 — Le Japon a livré des générateurs à la Jordanie.', transfers: ['Japon>Jordanie:aid'] },
    { text: '08h55 — Le Japon a fait don de 30 tonnes de riz au Laos.', transfers: ['Japon>Laos:aid:30'] },
    { text: "13h25 — L'Inde a livré un obusier au Sri Lanka, indique Colombo.", transfers: ['Inde>Sri Lanka:weapons'] },
    { text: '12h10 — L’envoi en Haïti de 400 soldats kényans a commencé.', transfers: ['Kenya>Haïti:troops:400'] },
    { text: '14h05 — Les Pays-Bas ont livré 18 chars à la Macédoine du Nord, selon le ministère.', transfers: ['Pays-Bas>Macédoine du Nord:weapons:18'] },
    { text: "15h20 — L'Azerbaïdjan a exporté 2 millions de barils de pétrole vers Israël.", transfers: ['Azerbaïdjan>Israël:oil:2000000'] },
    { text: '16h10 — La Banque mondiale a débloqué une aide de 300 millions de dollars au Mozambique.', transfers: ['Banque mondiale>Mozambique:funds:300000000'] },
    { text: '17h45 — Des médicaments ont été remis au Soudan par le Koweït.', transfers: ['Koweït>Soudan:aid'] },
    { text: '18h00 — Le Japon a cédé des patrouilleurs aux Philippines et au Vietnam.', transfers: ['Japon>Philippines:weapons', 'Japon>Viêt Nam:weapons'] },
    { text: '09h30 — Entre deux et trois mille tonnes de riz ont été livrées à Haïti par le Brésil.', transfers: ['Brésil>Haïti:aid:2000'] },
    { text: '10h15 — Plusieurs centaines de soldats tchadiens ont été déployés au Niger.', transfers: ['Tchad>Niger:troops'] },
    { text: "11h40 — La Géorgie n'a toujours pas reçu les hélicoptères promis par l'Ukraine.", transfers: [] },
  ],
  'interview (shapes)': [
    { text: "Le ministre géorgien de la Défense : « L'Ukraine nous a transféré des systèmes antiaériens. »", transfers: ['Ukraine>Géorgie:weapons'] },
    { text: 'Avez-vous reçu une aide du Qatar ? Le ministre somalien : « Oui, Doha nous a versé 10 millions de dollars. »', transfers: ['Qatar>Somalie:funds:10000000'] },
    { text: "« Nous avons importé du gaz russe pendant des années », reconnaît le ministre serbe de l'Énergie.", transfers: ['Russie>Serbie:oil'] },
    { text: "« Nous n'avons reçu aucune arme de l'Iran », assure le ministre vénézuélien de la Défense.", transfers: [] },
    { text: "Le ministre arménien : « L'Inde nous a vendu des obusiers, et elle nous en livrera d'autres. »", transfers: ['Inde>Arménie:weapons'] },
  ],
  'explainer (shapes)': [
    // a flow a noun names takes its count from the verb that measures it, never a share
    { text: 'Les exportations de gaz russe vers la Chine ont atteint 30 milliards de mètres cubes en 2024.', transfers: ['Russie>Chine:oil:30000000000'] },
    { text: "L'aide japonaise au Cambodge s'élève à 60 millions de dollars.", transfers: ['Japon>Cambodge:aid:60000000'] },
    { text: "Les livraisons d'armes israéliennes à l'Azerbaïdjan ont atteint 70 % de ses importations.", transfers: ['Israël>Azerbaïdjan:weapons'] },
    { text: "L'Argentine vend du maïs et de l'orge à l'Algérie.", transfers: ['Argentine>Algérie:other'] },
    { text: 'Le Niger a organisé le transfert vers le Mali de plusieurs centaines de combattants tchadiens.', transfers: ['Niger>Mali:troops'] },
    { text: 'La livraison de 40 blindés par la Turquie au Kenya s’est achevée en 2024.', transfers: ['Turquie>Kenya:weapons:40'] },
    { text: "L'envoi de troupes rwandaises au Mozambique date de 2021.", transfers: ['Rwanda>Mozambique:troops'] },
    { text: 'Les livraisons de gaz qatari au Pakistan couvrent un tiers de ses besoins.', transfers: ['Qatar>Pakistan:oil'] },
    { text: "Le cessez-le-feu prévoyait l'envoi d'observateurs.", transfers: [] },
    { text: 'Le pétrole vénézuélien est exporté vers Cuba depuis 2000.', transfers: ['Venezuela>Cuba:oil'] },
    { text: "L'Arabie saoudite finance l'armée libanaise à hauteur de 3 milliards de dollars.", transfers: ['Arabie Saoudite>Liban:funds:3000000000'] },
    { text: "Le Kazakhstan importe de Russie l'essentiel de son pétrole.", transfers: ['Russie>Kazakhstan:oil'] },
  ],
  'analysis (shapes)': [
    // a buyer a participle names passes the goods on when the main verb re-exports them with no agent of its own
    { text: "Des armes bulgares, achetées par l'Arabie saoudite, ont été réexportées ensuite vers le Yémen.", transfers: ['Arabie Saoudite>Yémen:weapons', 'Bulgarie>Arabie Saoudite:weapons'] },
    { text: 'Des fusils achetés par le Tchad ont ensuite été revendus au Soudan.', transfers: ['Tchad>Soudan:weapons'] },
    // "en" and a bare number stand for goods told earlier in the same sentence; "ne ... que" restricts, it does not deny
    { text: "L'Union européenne avait promis un million d'obus à l'Ukraine ; elle n'en a livré que 300 000.", transfers: ['Union européenne>Ukraine:artillery_shells:1000000', 'Union européenne>Ukraine:artillery_shells:300000'] },
    { text: 'La Chine a livré des drones au Pakistan, qui en a reçu une trentaine en 2021.', transfers: ['Chine>Pakistan:weapons', 'Chine>Pakistan:weapons:30'] },
    // a contract's volume moves from the party signed with to the signer; its value is a price, not goods
    { text: 'La Pologne a signé mardi avec la Corée du Sud un contrat de 6 milliards de dollars portant sur 180 chars.', transfers: ['Corée du Sud>Pologne:weapons:180'] },
    { text: "Le Kenya a conclu avec l'Inde un contrat pour la livraison de 12 patrouilleurs.", transfers: ['Inde>Kenya:weapons:12'] },
    { text: 'Le contrat de 2 milliards de dollars signé avec la Turquie a été suspendu.', transfers: [] },
    // a dative pronoun stands for the clause's free actor before one a preposition governs
    { text: "Le Niger, qui a rompu avec la France, s'est tourné vers la Russie, qui lui a fourni un système de défense aérienne.", transfers: ['Russie>Niger:weapons'] },
    { text: 'La Serbie entretient des liens étroits avec le Kenya et elle lui vend des armes.', transfers: ['Serbie>Kenya:weapons'] },
    { text: "Les enquêteurs reprochent à l'Érythrée d'avoir livré des fusils au Soudan du Sud.", transfers: ['Érythrée>Soudan du Sud:weapons'] },
    { text: "L'ONU reproche aussi au Rwanda d'avoir organisé l'envoi de munitions au M23.", transfers: ['Rwanda>M23:munitions'] },
    // the part delivered of a sale or an order is a transfer of its own, as the dev set's gold counts "Trois ont été livrés"
    { text: 'La France a vendu 36 hélicoptères au Brésil, dont 12 ont déjà été livrés.', transfers: ['France>Brésil:weapons:12', 'France>Brésil:weapons:36'] },
    { text: 'Sur les 24 Rafale commandés par la Grèce à la France, 18 ont déjà été livrés.', transfers: ['France>Grèce:weapons:18', 'France>Grèce:weapons:24'] },
    { text: 'La Turquie a vendu 40 drones au Maroc, dont aucun n’a encore été livré.', transfers: ['Turquie>Maroc:weapons:40'] },
    { text: 'Des fusils serbes ont été réexportés ensuite vers le Burkina Faso par la Bulgarie.', transfers: ['Bulgarie>Burkina Faso:weapons'] },
    { text: "L'Azerbaïdjan et la Turquie ont livré des drones au Pakistan.", transfers: ['Azerbaïdjan>Pakistan:weapons', 'Turquie>Pakistan:weapons'] },
    { text: "Le Qatar a déployé 500 soldats au Tchad en soutien de l'armée tchadienne.", transfers: ['Qatar>Tchad:troops:500'] },
    { text: 'La Mongolie a obtenu de la Corée du Sud un prêt de 200 millions de dollars.', transfers: ['Corée du Sud>Mongolie:funds:200000000'] },
    { text: 'Le Chili a acquis auprès du Royaume-Uni deux frégates d’occasion.', transfers: ['Royaume-Uni>Chili:weapons:2'] },
    { text: 'Les deux frégates, cédées par le Royaume-Uni au Chili en 2020, ont été modernisées.', transfers: ['Royaume-Uni>Chili:weapons:2'] },
    { text: "L'Inde a livré des obusiers à l'Arménie, qui les a déployés près de la frontière.", transfers: ['Inde>Arménie:weapons'] },
    { text: 'Plusieurs centaines de mercenaires syriens ont été envoyés en Azerbaïdjan par la Turquie.', transfers: ['Turquie>Azerbaïdjan:troops'] },
    { text: 'La Biélorussie achète des missiles à la Russie, puis les réexporte vers la Birmanie.', transfers: ['Biélorussie>Birmanie:missiles', 'Russie>Biélorussie:missiles'] },
  ],
  'paragraphs (shapes)': [
    { text: "L'Arabie saoudite reste le principal soutien de l'Égypte. Elle lui a versé 5 milliards de dollars en 2023.", transfers: ['Arabie Saoudite>Égypte:funds:5000000000'] },
    { text: 'Les Émirats arabes unis ont resserré leurs liens avec le Tchad. Ils lui ont livré des blindés.', transfers: ['Émirats arabes unis>Tchad:weapons'] },
    { text: 'La Serbie a reçu des drones de la Chine. Pékin lui a aussi vendu des missiles.', transfers: ['Chine>Serbie:missiles', 'Chine>Serbie:weapons'] },
    { text: "Le Venezuela manque de carburant. L'Iran lui a envoyé du kérosène.", transfers: ['Iran>Venezuela:oil'] },
    { text: "La Turquie a livré des drones à l'Azerbaïdjan en 2020. Elle leur a aussi fourni des instructeurs, selon Bakou.", transfers: ['Turquie>Azerbaïdjan:personnel', 'Turquie>Azerbaïdjan:weapons'] },
  ],
};
Object.assign(registers, shapes);

// A third bench, written before the rules it checks: pronominal frames, parties told by a periphrasis or a pronoun,
// goods an answer or a later sentence leaves to "en", private armies that send their own men.
const third: Record<string, TransferCase[]> = {
  'wire brief (third)': [
    // a pronominal lemma is a frame of its own: "se fournir auprès de" receives where "fournir" gives
    { text: 'Le Mali se fournit en armes auprès de la Russie.', transfers: ['Russie>Mali:weapons'] },
    { text: 'La Serbie s’est dotée de drones chinois en 2022.', transfers: ['Chine>Serbie:weapons'] },
    { text: "Le Maroc s'est doté de drones auprès de la Turquie.", transfers: ['Turquie>Maroc:weapons'] },
    { text: 'La Serbie s’est équipée de drones chinois.', transfers: ['Chine>Serbie:weapons'] },
    { text: "L'Inde s'approvisionne en pétrole russe depuis 2022.", transfers: ['Russie>Inde:oil'] },
    { text: "L'Arménie s'approvisionne en gaz auprès de la Russie.", transfers: ['Russie>Arménie:oil'] },
    // a lemma with no pronominal frame keeps its plain one, and "se livrer à" moves nothing
    { text: 'Les rebelles se sont livrés aux autorités.', transfers: [] },
  ],
  'interview (third)': [
    // the answer's "en" stands for the goods the question asked about, and its sides are the question's
    { text: 'Question : Les États-Unis ont-ils livré des bombes à Israël ? Réponse : Oui, ils en ont livré plusieurs milliers.', transfers: ['États-Unis>Israël:weapons'] },
    { text: "La Turquie a-t-elle livré des drones à la Somalie ? Oui, elle en a livré douze l'an dernier.", transfers: ['Turquie>Somalie:weapons:12'] },
    { text: 'Le Qatar a-t-il versé des fonds au Hamas ? Le ministre : « Non, jamais. »', transfers: [] },
    { text: "Avez-vous acheté des drones à l'Iran ? Nous n'en avons acheté aucun.", transfers: [] },
    // a question alone asserts nothing
    { text: 'La Russie livre-t-elle des armes au Mali ?', transfers: [] },
  ],
  'dispatch (third)': [
    // "lui en a livré": the receiver is the dative's, the goods the sentence before's
    { text: "Le Pakistan dispose d'une flotte de drones. La Chine lui en a livré une trentaine.", transfers: ['Chine>Pakistan:weapons:30'] },
    { text: "La junte birmane manque d'avions. La Russie lui en a livré six.", transfers: ['Russie>Birmanie:weapons:6'] },
    { text: 'Le Soudan manque de vivres. Le Tchad en a reçu dix mille tonnes.', transfers: [] },
    // a receiver the text names as "plusieurs pays" is unknown, not the one a later part names
    { text: "Le Qatar a vendu du gaz à plusieurs pays d'Asie. Le Pakistan en a acheté trois millions.", transfers: ['Qatar>Pakistan:oil:3000000'] },
    { text: "Le Qatar a vendu du gaz à l'Inde. Le Pakistan en a acheté deux millions de doses.", transfers: ['Qatar>Inde:oil', 'Qatar>Pakistan:oil:2000000'] },
    // a total's receiver is not guessed from the receiver of one part of it
    { text: "La Russie a exporté 30 millions de tonnes de blé en 2023. L'Égypte en a reçu cinq millions.", transfers: ['Russie>Égypte:other:5000000'] },
    { text: "La Russie a exporté 30 millions de tonnes de blé en 2023. L'Égypte en a reçu environ cinq millions, devant le Liban, qui en a reçu deux millions.", transfers: ['Russie>Liban:other:2000000', 'Russie>Égypte:other:5000000'] },
  ],
  'paragraphs (third)': [
    // a periphrasis after a fused article ("au pays", "au groupe") is the receiver it stands for
    { text: "L'Égypte traverse une crise. L'Arabie saoudite a versé 2 milliards de dollars au pays.", transfers: ['Arabie Saoudite>Égypte:funds:2000000000'] },
    { text: 'Les Houthis contrôlent le nord du Yémen. Téhéran a livré des missiles au groupe.', transfers: ['Iran>Houthis:missiles'] },
    { text: 'La junte birmane est isolée. Pékin a livré des drones à la junte.', transfers: ['Chine>Birmanie:weapons'] },
    { text: "L'Arabie saoudite a annoncé une nouvelle aide. Le royaume a versé 500 millions de dollars au Yémen.", transfers: ['Arabie Saoudite>Yémen:funds:500000000'] },
    // "y" stands for the place the sentences before put the actor in; none told, none drawn
    { text: 'La Russie a renforcé sa présence au Mali. Elle y a envoyé des soldats en 2023.', transfers: ['Russie>Mali:troops'] },
    { text: 'La Turquie a renforcé sa frontière. Elle y a envoyé des chars.', transfers: [] },
    { text: 'Les soldats turcs sont en Turquie. Ankara y a envoyé des chars.', transfers: [] },
    { text: 'Il y a deux ans, la Chine a livré des drones au Pakistan.', transfers: ['Chine>Pakistan:weapons'] },
    // a one-sided sentence takes no side from an actor merely nearby
    { text: 'Le Soudan fait face à une famine. Des vivres ont été livrés au Darfour.', transfers: [] },
  ],
  'analysis (third)': [
    // a verb joined by "et" shares the subject of the verb before it; the actor before "et" is that verb's object
    { text: "La Turquie forme l'armée somalienne et livre des blindés à la Somalie.", transfers: ['Turquie>Somalie:weapons'] },
    { text: 'La Russie remplace la France et envoie des soldats au Mali.', transfers: ['Russie>Mali:troops'] },
    { text: "L'Iran soutient la Russie et lui livre des drones.", transfers: ['Iran>Russie:weapons'] },
    { text: "La France et l'Allemagne livrent des chars à l'Ukraine.", transfers: ['Allemagne>Ukraine:weapons', 'France>Ukraine:weapons'] },
    // troops a state deploys at "la frontière" stay at home: no receiver is borrowed from its other flows
    { text: "La Turquie a envoyé de l'aide en Syrie après le séisme. Mais Ankara a aussi déployé des soldats à la frontière.", transfers: ['Turquie>Syrie:aid'] },
    { text: 'La Russie a massé des troupes à la frontière ukrainienne.', transfers: [] },
    { text: 'Le Tchad a déployé un millier de soldats le long de la frontière.', transfers: [] },
    // a private military company sends in its own name, a state's ministry for its state
    { text: 'Le groupe Wagner a envoyé des combattants au Mali.', transfers: ['Wagner>Mali:troops'] },
    { text: 'Wagner a remis aux autorités centrafricaines des blindés.', transfers: ['Wagner>République centrafricaine:weapons'] },
    { text: 'Le ministère russe de la Défense a envoyé des instructeurs au Mali.', transfers: ['Russie>Mali:personnel'] },
  ],
  'aid to a body\'s agencies': [
    // "aux agences de l'ONU", "à une mission de l'Union africaine": a body's agencies receive for the body
    { text: "Le Qatar a versé 100 millions de dollars aux agences de l'ONU.", transfers: ['Qatar>ONU:funds:100000000'] },
    { text: "Le Koweït a versé 5 millions de dollars aux agences des Nations unies.", transfers: ['Koweït>ONU:funds:5000000'] },
    { text: "Le Japon a envoyé des générateurs à une mission de l'Union africaine.", transfers: ['Japon>Union africaine:aid'] },
    { text: 'La Norvège a versé 10 millions de dollars aux services de l\'Union africaine.', transfers: ['Norvège>Union africaine:funds:10000000'] },
    // a body's partners are others
    { text: "L'Allemagne a livré des tentes aux partenaires de l'ONU.", transfers: [] },
  ],
  'troops leaving': [
    // a force's departure, withdrawal or repatriation sends it home: no transfer to the country it leaves
    { text: 'Le Niger a réceptionné deux drones. Les 1 500 soldats français sont partis.', transfers: [] },
    { text: 'La Somalie a reçu des blindés turcs. Le retrait des 3 000 soldats éthiopiens inquiète Mogadiscio.', transfers: ['Turquie>Somalie:weapons'] },
    { text: 'Le Tchad a acheté des drones. Les 400 soldats américains quittent le pays cette année.', transfers: [] },
    { text: "L'Arménie a reçu des obusiers indiens. Le rapatriement des 2 000 soldats russes de la mission est achevé.", transfers: ['Inde>Arménie:weapons'] },
    // troops sent in stay a transfer
    { text: 'Le Mali a reçu des hélicoptères russes. Moscou a envoyé 1 000 soldats au Mali.', transfers: ['Russie>Mali:troops:1000', 'Russie>Mali:weapons'] },
  ],
  'gifts and payments': [
    // two gifts joined by "et" under one subject both go its way: the money is no price paid back
    { text: "Le Japon a livré trois vedettes aux Philippines et versé 40 millions de dollars aux Philippines pour la formation.", transfers: ['Japon>Philippines:funds:40000000', 'Japon>Philippines:weapons:3'] },
    { text: 'La Norvège a rappelé avoir livré deux patrouilleurs à la police salomonaise et versé 10 millions de dollars pour ses effectifs.', transfers: ['Norvège>Îles Salomon:funds:10000000', 'Norvège>Îles Salomon:weapons:2'] },
    { text: "La Turquie a livré des tentes à l'ONU et versé 5 millions de dollars à l'ONU.", transfers: ['Turquie>ONU:aid', 'Turquie>ONU:funds:5000000'] },
    // a purchase paid for still pays the seller back
    { text: "L'Inde a acheté du pétrole russe, payé en roupies.", transfers: ['Inde>Russie:funds', 'Russie>Inde:oil'] },
    // nationality adjectives the country list lacks
    { text: "L'Australie a livré des vedettes à la police papoue.", transfers: ['Australie>Papouasie-Nouvelle-Guinée:weapons'] },
    { text: 'La Nouvelle-Zélande a livré des radars à la marine tongienne.', transfers: ['Nouvelle-Zélande>Tonga:weapons'] },
  ],
  'a neighbour': [
    // "à son voisin": the state in focus other than the ones the sentence named before it
    { text: "La Moldavie manque d'énergie. Elle compte sur la Roumanie. Bucarest fournit depuis janvier 400 mégawatts d'électricité à son voisin.", transfers: ['Roumanie>Moldavie:other:400'] },
    { text: 'Le Tchad accueille des réfugiés. Le Soudan est en guerre. Le Tchad a livré des vivres à son voisin.', transfers: ['Tchad>Soudan:aid'] },
    // no other state in focus: no receiver guessed
    { text: 'Le Japon a livré des radars à son voisin.', transfers: [] },
    // a neighbour named by its nationality is that state
    { text: "L'Inde fait face au Pakistan. La Chine a vendu des drones au Pakistan, et l'Inde a acheté des radars à son voisin russe.", transfers: ['Chine>Pakistan:weapons', 'Russie>Inde:weapons'] },
  ],
  'fronted participle': [
    // "Livrés par la Turquie, les six drones ...": a participle and its agent put before the subject they qualify
    { text: 'Livrés par la Turquie, les six drones ont atterri au Niger.', transfers: ['Turquie>Niger:weapons:6'] },
    { text: "Livrés par l'Inde, les quatre radars équipent désormais l'Arménie.", transfers: ['Inde>Arménie:weapons:4'] },
    { text: 'La Bolivie manque de vivres. Envoyées par le Brésil, les 300 tonnes de riz sont arrivées à La Paz.', transfers: ['Brésil>Bolivie:aid:300'] },
    // a participle fronted before the sentence qualifies the goods, whatever verb of arrival follows
    { text: 'Envoyés par la Turquie, les six drones sont arrivés à Niamey.', transfers: ['Turquie>Niger:weapons:6'] },
    { text: 'Livrés par la Chine, quatre radars sont arrivés au Cambodge.', transfers: ['Chine>Cambodge:weapons:4'] },
    { text: "Fournis par l'Iran, les douze drones sont arrivés à Caracas.", transfers: ['Iran>Venezuela:weapons:12'] },
    { text: "Expédiées par l'Égypte, les 2 000 tonnes de blé sont arrivées à Khartoum.", transfers: ['Égypte>Soudan:aid:2000'] },
    // a passive with no agent: the origin told on the goods ("en provenance de", "venus de") sends
    { text: "Selon l'ONU, des armes en provenance d'Iran ont été livrées aux Houthis.", transfers: ['Iran>Houthis:weapons'] },
    { text: "Mardi, 20 000 tonnes de blé en provenance d'Ukraine ont été acheminées vers le Soudan.", transfers: ['Ukraine>Soudan:aid:20000'] },
    { text: 'Des missiles venus de Corée du Nord ont été livrés à la Russie.', transfers: ['Corée du Nord>Russie:missiles'] },
    // not read yet above: a receiver given by "équiper" or by a capital after "arrivées à"; a maker is no sender
    { text: 'Fabriqués par Baykar, les drones volent au Niger.', transfers: [] },
  ],
  'relative of a receiving verb': [
    // "les six drones que le Niger avait reçus d'Ankara": a relative's object is its antecedent, for a receiving verb too
    { text: "Ces appareils s'ajoutent aux six drones que le Niger avait reçus d'Ankara l'an dernier.", transfers: ['Turquie>Niger:weapons:6'] },
    { text: "Le Tchad a exposé les quatre hélicoptères que l'armée tchadienne a reçus de la Russie en mars.", transfers: ['Russie>Tchad:weapons:4'] },
    { text: 'Les observateurs ont compté les dix blindés que le Mali avait reçus de la Turquie.', transfers: ['Turquie>Mali:weapons:10'] },
    // a pronoun subject in a relative under a main verb that moves the goods on or nowhere
    { text: "L'Arménie a déployé les obusiers qu'elle a reçus de l'Inde.", transfers: ['Inde>Arménie:weapons'] },
    { text: "Le Kenya a présenté les douze blindés qu'il a achetés à l'Afrique du Sud.", transfers: ['Afrique du Sud>Kenya:weapons:12'] },
    { text: 'Les chars que la Pologne a achetés à la Corée du Sud sont arrivés.', transfers: ['Corée du Sud>Pologne:weapons'] },
    // a purchase's buyer is the subject of the relative on the goods, named or a pronoun for the actor in focus
    { text: "Le Pérou a montré les six hélicoptères qu'il a commandés à la Russie.", transfers: ['Russie>Pérou:weapons:6'] },
    { text: 'Les drones que le Nigeria a achetés à la Turquie survolent désormais le delta.', transfers: ['Turquie>Nigéria:weapons'] },
    { text: "Selon un diplomate, les missiles que l'Azerbaïdjan avait achetés à Israël ont servi en 2023.", transfers: ['Israël>Azerbaïdjan:missiles'] },
    // a bare participle names no buyer: nothing is drawn
    { text: 'Les blindés commandés à la France sont arrivés.', transfers: [] },
    // no giver named: nothing drawn
    { text: "Les drones que l'armée a reçus sont neufs.", transfers: [] },
  ],
  'energy and grids': [
    // electricity moves between grids like gas through a pipe: the energy kind, counted in its own units
    { text: "La Roumanie fournit depuis janvier jusqu'à 400 mégawatts d'électricité à la Moldavie.", transfers: ['Roumanie>Moldavie:other:400'] },
    { text: "Le Laos exporte de l'électricité vers la Thaïlande.", transfers: ['Laos>Thaïlande:other'] },
    { text: "L'Éthiopie vend chaque année 1 500 gigawattheures d'électricité à Djibouti.", transfers: ['Éthiopie>Djibouti:other:1500'] },
    { text: "Le Paraguay livre de l'électricité au Brésil depuis le barrage d'Itaipu.", transfers: ['Paraguay>Brésil:other'] },
    // a plant's output or a grid connection moves nothing between two actors
    { text: 'La centrale produit 900 mégawatts.', transfers: [] },
    { text: 'Le Kenya a raccordé 300 mégawatts au réseau.', transfers: [] },
  ],
};
Object.assign(registers, third);

describeTransferRegisters('transfers', registers);
