import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences of the shapes news articles use, on topics and in registers the dev set does not cover:
// they check that a rule holds on a sentence nobody tuned it on. Transfers read "sender>recipient:kind[:quantity]"
// with the names the graph gives; an empty list is a trap that must yield no transfer.
interface Case {
  text: string;
  transfers?: string[];
  roles?: string[];
  stances?: string[];
  members?: string[];
  signed?: string[];
}

const cases: Case[] = [
  // passives and participles
  { text: "Trois cents véhicules blindés ont été livrés par l'Allemagne à la Pologne en mars.", transfers: ['Allemagne>Pologne:weapons:300'] },
  { text: 'Selon Reuters, des drones avaient été fournis par l’Iran aux forces soudanaises.', transfers: ['Iran>Soudan:weapons'] },
  { text: "Ces équipements ont été livrés par Israël à l'Azerbaïdjan en 2020.", transfers: ['Israël>Azerbaïdjan:other'] },
  { text: "Les drones ont été réexportés ensuite vers le Yémen par l'Iran.", transfers: ['Iran>Yémen:weapons'] },
  { text: 'Une dizaine de conseillers militaires russes ont été envoyés au Mali.', transfers: ['Russie>Mali:personnel:10'] },
  // relative clauses
  // re-exported with no agent: whoever the relative says received the goods passes them on
  { text: 'Les obus, que la Bulgarie a vendus au Portugal, ont ensuite été réexportés vers l’Ukraine.', transfers: ['Bulgarie>Portugal:artillery_shells', 'Portugal>Ukraine:artillery_shells'] },
  { text: "Le Japon, qui a fourni 400 millions de dollars à l'Indonésie, reste discret.", transfers: ['Japon>Indonésie:funds:400000000'] },
  { text: 'Les drones observés au-dessus de la ville sont des Shahed, fabriqués en Iran, que Téhéran aurait vendus à la Russie.', transfers: ['Iran>Russie:weapons'] },
  // a relative's antecedent after "à" is still what the verb moves ("accès à …, que X a cédée à Y")
  { text: "Le Chili aurait obtenu l'accès à la technologie spatiale française, que Paris a cédée au Chili en 2019.", transfers: ['France>Chili:technology'] },
  // pronouns and capitals pointing back
  { text: "Le Qatar a signé un contrat avec la France. Paris lui a vendu trois radars, puis trente-six canons Caesar.", transfers: ['France>Qatar:weapons:3', 'France>Qatar:weapons:36'] },
  { text: 'La Norvège soutient la Lituanie. Elle lui a livré six radars en 2024.', transfers: ['Norvège>Lituanie:weapons:6'] },
  { text: 'Bakou a livré des drones à Erevan.', transfers: ['Azerbaïdjan>Arménie:weapons'] },
  // goods named by a pronoun or a bare number: the sentence's own sides win, a restatement adds nothing
  { text: 'Le Soudan dispose de drones. Ils lui ont été livrés par les Émirats arabes unis.', transfers: ['Émirats arabes unis>Soudan:weapons'] },
  { text: "En 2018, l'Inde a commandé à la Russie cinq systèmes S-400. Trois ont été livrés depuis décembre 2021.", transfers: ['Russie>Inde:weapons:5', 'Russie>Inde:weapons:3'] },
  { text: "L'Iran a vendu des drones à la Russie. Ils ont été livrés par bateau en 2023.", transfers: ['Iran>Russie:weapons'] },
  // a list summed up by a demonstrative after a colon: the listed goods are what moved
  { text: "Des chars Leopard, des obusiers Caesar : ces équipements ont été livrés par la Norvège à l'Estonie.", transfers: ['Norvège>Estonie:weapons'] },
  // a noun after "à" qualifies the goods: "turbines à gaz" are equipment, not gas
  { text: "L'Allemagne a livré des turbines à gaz à la Russie.", transfers: ['Allemagne>Russie:technology'] },
  { text: "L'Allemagne a livré du gaz à la Pologne.", transfers: ['Allemagne>Pologne:oil'] },
  // a measure and its content: the nationality may follow the content
  { text: 'La Hongrie importe chaque année 4,5 milliards de mètres cubes de gaz russe.', transfers: ['Russie>Hongrie:oil:4500000000'] },
  // the buyer of a part is not the buyer of the whole: the 400 keep no receiver, and none is drawn
  { text: 'La Corée du Sud a vendu 400 chars K2. La Pologne en a acheté 180.', transfers: ['Corée du Sud>Pologne:weapons:180'] },
  { text: 'La Corée du Sud a vendu des chars K2. La Pologne en a acheté 180.', transfers: ['Corée du Sud>Pologne:weapons', 'Corée du Sud>Pologne:weapons:180'] },
  { text: 'La France a commandé des drones à Israël. Elle en a reçu douze en mars.', transfers: ['Israël>France:weapons', 'Israël>France:weapons:12'] },
  // numbers in words and ranges
  { text: 'Le Canada a envoyé un millier de soldats en Lettonie.', transfers: ['Canada>Lettonie:troops:1000'] },
  { text: "L'Égypte a reçu de la France entre deux et trois mille fusils.", transfers: ['France>Égypte:weapons:2000'] },
  { text: 'La Chine a livré quarante-huit drones au Pakistan.', transfers: ['Chine>Pakistan:weapons:48'] },
  { text: 'La Corée du Sud a exporté entre 300 et 400 chars K2 vers la Pologne.', transfers: ['Corée du Sud>Pologne:weapons:300'] },
  { text: "Les États-Unis ont débloqué 1,2 milliard de dollars d'aide pour la Jordanie.", transfers: ['États-Unis>Jordanie:funds:1200000000'] },
  // energy, finance, aid, migration
  { text: "Le FMI a prêté 15 milliards de dollars à l'Ukraine.", transfers: ['Fonds monétaire international>Ukraine:funds:15000000000'] },
  { text: 'Le ministre a prêté serment devant le Parlement.', transfers: [] },
  { text: 'La Banque mondiale a accordé un prêt de 500 millions de dollars au Kenya.', transfers: ['Banque mondiale>Kenya:funds:500000000'] },
  { text: "L'Union européenne a versé 3 milliards d'euros à la Turquie pour accueillir les réfugiés syriens.", transfers: ['Union européenne>Turquie:funds:3000000000'] },
  { text: 'Environ 20 000 migrants ont été renvoyés vers la Libye par les garde-côtes.', transfers: [] },
  { text: 'Le Tchad a envoyé 1 000 soldats au Mali pour combattre les jihadistes.', transfers: ['Tchad>Mali:troops:1000'] },
  { text: 'La Corée du Nord a envoyé des soldats en Ukraine pour combattre aux côtés de la Russie.', transfers: ['Corée du Nord>Russie:troops'] },
  { text: 'Le ministère indien de la Défense a commandé 26 Rafale à la France.', transfers: ['France>Inde:weapons:26'] },
  { text: 'La Pologne a acheté des obus de 155 mm auprès de la Corée du Sud.', transfers: ['Corée du Sud>Pologne:artillery_shells'] },
  { text: "Le transfert de 200 missiles de l'Iran vers la Russie a été confirmé.", transfers: ['Iran>Russie:missiles:200'] },
  { text: "Les livraisons d'armes américaines à Israël ont repris.", transfers: ['États-Unis>Israël:weapons'] },
  { text: 'Le F-16 a été livré à la Roumanie par les Pays-Bas.', transfers: ['Pays-Bas>Roumanie:weapons'] },
  { text: "L'envoi par la France de 30 canons à l'Ukraine a été salué.", transfers: ['France>Ukraine:weapons:30'] },
  { text: 'La livraison par Washington de missiles Patriot à Kiev a pris du retard.', transfers: ['États-Unis>Ukraine:missiles'] },
  // prices are no counts, and the goods they pay for give the kind
  { text: 'La France a vendu pour 2 milliards d’euros d’armes à l’Égypte en 2023.', transfers: ['France>Égypte:weapons'] },
  { text: "L'Inde a acheté pour 5 milliards de dollars de missiles à la Russie.", transfers: ['Russie>Inde:missiles'] },
  // goods passed on: the buyer, or whoever received them, sends them on
  { text: "La République tchèque a acheté 800 000 obus pour les livrer à l'Ukraine.", transfers: ['Tchéquie>Ukraine:artillery_shells:800000'] },
  { text: "La Banque mondiale a quant à elle acheté 40 000 tonnes de riz au Vietnam, qu'elle a acheminées vers Haïti.", transfers: ['Viêt Nam>Banque mondiale:other:40000', 'Banque mondiale>Haïti:other:40000'] },
  { text: "La Russie a livré des drones à l'Iran, qui les a revendus au Soudan.", transfers: ['Russie>Iran:weapons', 'Iran>Soudan:weapons'] },
  // food given is aid, food sold is a commodity
  { text: 'La France a livré 3 000 tonnes de riz au Tchad.', transfers: ['France>Tchad:aid:3000'] },
  { text: "L'Argentine a vendu 2 millions de tonnes de blé à l'Algérie.", transfers: ['Argentine>Algérie:other:2000000'] },
  // indirect objects and the sides a noun names
  { text: 'La Pologne a promis à ses soldats de rentrer avant Noël.', transfers: [] },
  { text: 'La France a livré aux soldats ukrainiens des munitions.', transfers: ['France>Ukraine:munitions'] },
  { text: 'Le Rwanda aurait fourni des fusils aux miliciens du chef rebelle Sultani Makenga.', transfers: ['Rwanda>Sultani Makenga:weapons'] },
  { text: 'Le rapport décrit la livraison aux forces du général Mohamed Hamdan Dagalo de drones qui auraient été acheminés depuis le Tchad.', transfers: ['Tchad>Mohamed Hamdan Dagalo:weapons'] },
  { text: "L'État hébreu a vendu des radars à la Grèce.", transfers: ['Israël>Grèce:weapons'] },
  // "leur" stands for a plural: a group with no name leaves it unresolved, never the nearest state
  { text: 'La Turquie, voisine de la Syrie, soutient les rebelles. Elle leur aurait livré des drones.', transfers: [] },
  { text: 'Les Émirats arabes unis soutiennent les FSR. Ils leur ont livré des drones.', transfers: ['Émirats arabes unis>FSR:weapons'] },
  { text: 'Le Soudan accuse les Émirats de livrer des armes aux FSR. Abou Dhabi dément.', transfers: ['Émirats arabes unis>FSR:weapons'], stances: ['Soudan ASSERTS', 'Émirats arabes unis DENIES'] },
  { text: 'Le Soudan accuse les rebelles de livrer des armes aux FSR.', transfers: [] },
  { text: "Kiev accuse Téhéran d'avoir fourni des drones à Moscou.", transfers: ['Iran>Russie:weapons'] },
  { text: 'Les Houthis contrôlent le port. L’Iran leur aurait livré des missiles.', transfers: ['Iran>Houthis:missiles'] },
  { text: 'Le Hezbollah reste puissant. Téhéran lui fournit chaque année 700 millions de dollars.', transfers: ['Iran>Hezbollah:funds:700000000'] },
  // traps
  { text: "L'armée a testé un système S-400 près de la frontière.", transfers: [] },
  { text: "Le contrat, d'une valeur de 8 milliards d'euros, prévoit la livraison de 36 avions.", transfers: [] },
  { text: "Au moins 47 soldats ont été tués lors de l'attaque contre la base, selon l'armée malienne.", transfers: [] },
  { text: 'Le bilan s’élève à 300 morts et 1 200 blessés.', transfers: [] },
  { text: 'La France a retiré ses 1 500 soldats du Niger en 2023.', transfers: [] },
  { text: "Washington a retiré 2 000 soldats d'Allemagne.", transfers: [] },
  { text: "Le Brésil n'a jamais livré de munitions au Venezuela.", transfers: [] },
  { text: "L'Allemagne a cessé de livrer des armes à la Turquie.", transfers: [] },
  { text: "Le Danemark voulait livrer des F-16 à l'Ukraine mais y a renoncé.", transfers: [] },
  { text: 'La Russie menace de livrer des armes aux Houthis.', transfers: [] },
  { text: "L'Inde a refusé de livrer des armes à la Birmanie.", transfers: [] },
  { text: "Aucun carburant n'a été livré à Gaza depuis le 2 mars.", transfers: [] },
  { text: 'Si Berlin livrait des missiles Taurus à Kiev, Moscou répondrait.', transfers: [] },
  { text: "L'Allemagne ne livre plus que des munitions à Israël.", transfers: ['Allemagne>Israël:munitions'] },
  { text: "L'embargo interdit toute vente d'armes à la Libye.", transfers: [] },
  { text: "Berlin a suspendu les livraisons d'armes à Riyad.", transfers: [] },
  { text: 'Le Nigeria pourrait acheter des avions à la Chine si le financement était trouvé.', transfers: [] },
  { text: 'Si le financement est trouvé, le Nigeria pourrait acheter des avions à la Chine.', transfers: [] },
  { text: 'Les armes transitent par la Turquie avant d’atteindre la Syrie.', transfers: [] },
  { text: 'Les cargaisons de blé ukrainien passent par la Turquie.', transfers: [] },
  { text: "Les fusils, acheminés par bateau jusqu'au port de Tartous, venaient de Russie.", transfers: [] },
  { text: 'Le Niger a déployé 2 000 soldats à sa frontière avec le Nigeria.', transfers: [] },
  { text: "L'Iran a déployé 3 000 soldats le long de sa frontière avec l'Afghanistan.", transfers: [] },
  { text: 'Le Boeing 747 transportait 300 passagers vers Dubaï.', transfers: [] },
  { text: "Le prix du baril a atteint 90 dollars après l'annonce de l'Arabie saoudite.", transfers: [] },
  { text: "L'armée ukrainienne a abattu 20 drones iraniens dans la nuit.", transfers: [] },
  { text: 'Les forces ukrainiennes ont intercepté des missiles nord-coréens.', transfers: [] },
  { text: 'Kiev a détruit 30 chars russes près de Bakhmout.', transfers: [] },
  { text: "La Russie a produit 3 millions d'obus en 2024.", transfers: [] },
  { text: 'Le Hezbollah a tiré 200 roquettes sur Israël.', transfers: [] },
  // roles before and after the name
  { text: 'Le sénateur américain John Doe a critiqué la décision.', roles: ['John Doe:sénateur:États-Unis'] },
  { text: 'Mario Rossi, ministre italien de la Défense, a démenti.', roles: ['Mario Rossi:ministre de la Défense:Italie'] },
  { text: 'Le Premier ministre grec Kyriakos Mitsotakis a salué l’accord.', roles: ['Kyriakos Mitsotakis:Premier ministre:Grèce'] },
  { text: 'La présidente de la Commission européenne, Ursula von der Leyen, a annoncé un plan.', roles: ['Ursula von der Leyen:présidente de la Commission:Union européenne'] },
  { text: "Le conseiller à la sécurité nationale, Jake Sullivan, s'est rendu à Riyad.", roles: [] },
  { text: "Les États-Unis ont annoncé un plan. Le conseiller à la sécurité nationale Jake Sullivan s'est rendu à Riyad.", roles: ['Jake Sullivan:conseiller à la sécurité nationale:États-Unis'] },
  { text: "Joe Biden, alors président des États-Unis, a approuvé l'envoi.", roles: ['Joe Biden:président:États-Unis'] },
  { text: "L'ambassadeur de France à Rome, Paul Martin, a été reçu au ministère.", roles: ['Paul Martin:ambassadeur:France'] },
  { text: 'Le directeur de la CIA, William Burns, a rencontré des responsables égyptiens.', roles: ['William Burns:directeur:CIA'] },
  { text: "Le chef de la junte, le général Min Aung Hlaing, s'est rendu à Moscou.", roles: [] },
  { text: "La Birmanie est isolée. Le chef de la junte, le général Min Aung Hlaing, s'est rendu à Moscou.", roles: ['Min Aung Hlaing:chef:Birmanie'] },
  { text: 'Pedro Gomez, alors président du Venezuela, a signé le décret.', roles: ['Pedro Gomez:président:Venezuela'] },
  { text: 'Tom Baker, rapporteur spécial des Nations unies, a visité le camp.', roles: ['Tom Baker:rapporteur spécial:ONU'] },
  { text: 'Lai Wen-hsu, élu président de Taïwan en janvier, a remercié ses alliés.', roles: ['Lai Wen-hsu:président:Taïwan'] },
  { text: "Le Premier ministre roumain de l'époque, Mihai Popescu, a approuvé l'achat.", roles: ['Mihai Popescu:Premier ministre:Roumanie'] },
  { text: 'La milice Al-Nour, dirigée par le colonel Karim Haddad, contrôle le port.', roles: ['Karim Haddad:dirigeant:Al-Nour'] },
  { text: "L'Institut Aurore d'études africaines, créé en 2010 par Ana Lima, publie des analyses.", roles: ["Ana Lima:fondateur:Institut Aurore d'études africaines"] },
  { text: 'Hassan Rahimi, guide suprême de la République islamique, a reçu le ministre.', roles: ['Hassan Rahimi:guide suprême:Iran'] },
  { text: "Le représentant spécial de l'ONU pour le Sahel, Omar Diallo, a quitté ses fonctions.", roles: ['Omar Diallo:représentant spécial:ONU'] },
  { text: "L'envoyé spécial américain chargé de la Corne de l'Afrique, Tom Hale, a démenti.", roles: ['Tom Hale:envoyé spécial:États-Unis'] },
  { text: 'Le président élu kényan John Mwangi a reçu son homologue.', roles: ['John Mwangi:président:Kenya'] },
  // a state's title with no state named: the state in focus, never the other side met later in the sentence
  { text: "Le Kenya achète du blé ukrainien. Le Premier ministre John Mwangi l'avait dit à Volodymyr Zelensky dès 2022.", roles: ['John Mwangi:Premier ministre:Kenya'] },
  { text: 'La Tanzanie et le Kenya coopèrent. Le Premier ministre John Mwangi a reçu le président tanzanien.', roles: ['John Mwangi:Premier ministre:Kenya'] },
  // an op-ed author's line: two titles joined by "et"
  { text: "Claire Martin est chercheuse associée au Centre d'études Aurore et ancienne conseillère du ministère français des Armées.", roles: ["Claire Martin:chercheuse:Centre d'études Aurore", 'Claire Martin:conseillère:Ministère français des Armées'] },
  { text: 'Le président kényan, John Mwangi, et le ministre tanzanien de la Défense ont signé.', roles: ['John Mwangi:président:Kenya'] },
  // stances
  { text: 'Le ministère russe de la Défense a affirmé que la Syrie avait livré des missiles au Hezbollah.', stances: ['ministère russe de la Défense ASSERTS'] },
  { text: "L'Algérie aurait vendu du gaz au Mali. Alger a démenti ces informations.", stances: ['Algérie DENIES'] },
  { text: "Le Pentagone a indiqué qu'il ne pouvait pas confirmer la livraison de missiles iraniens à la Russie.", stances: ['Pentagone CANNOT_CONFIRM'] },
  { text: 'La Russie n’a livré aucun missile à l’Iran, selon Moscou.', transfers: [], stances: ['Russie DENIES'] },
  { text: 'Selon le Wall Street Journal, la Turquie aurait livré des drones au Soudan. Ankara rejette ces accusations.', stances: ['Wall Street Journal ASSERTS', 'Turquie DENIES'] },
  { text: "La Chine aurait fourni des composants à la Russie. Washington n'était pas en mesure de confirmer ces affirmations.", stances: ['États-Unis CANNOT_CONFIRM'] },
  { text: "Jean Dupont, chercheur à l'Institut français des relations internationales (Ifri), estime que la Russie a livré des armes au Mali.", stances: ['Jean Dupont ASSERTS'] },
  { text: 'Le chef de la diplomatie iranienne, Abbas Araghchi, a rencontré son homologue.', roles: ['Abbas Araghchi:chef de la diplomatie:Iran'] },
  { text: "L'entreprise Baykar, fondée par Özdemir Bayraktar, fabrique les drones.", roles: ['Özdemir Bayraktar:fondateur:Baykar'] },
  { text: "Selon Kiev, la Corée du Nord a livré des missiles à la Russie. L'Otan n'a pas été en mesure de vérifier ces informations.", stances: ['Ukraine ASSERTS', 'OTAN CANNOT_CONFIRM'] },
  { text: 'Les douaniers ont vérifié les cargaisons d’armes à destination de la Libye.', stances: [] },
  // reported speech in other registers: interview, wire brief, live blog
  { text: "« Le Cameroun a reçu des blindés du Nigeria », affirme l'ONG Human Rights Watch.", stances: ['Human Rights Watch ASSERTS'] },
  { text: "Le Cameroun a reçu des blindés du Nigeria, a indiqué à l'AFP un haut responsable français.", stances: ['France ASSERTS'] },
  { text: "Le rapport de l'ONU affirme que le Cameroun a reçu des blindés du Nigeria.", stances: ['ONU ASSERTS'] },
  { text: 'Le Nigeria aurait livré des blindés au Cameroun. Abuja ne peut pas confirmer ces informations.', stances: ['Nigéria CANNOT_CONFIRM'] },
  { text: 'Le Nigeria aurait livré des blindés au Cameroun. Le ministère nigérian de la Défense a refusé de confirmer.', stances: ['ministère nigérian de la Défense CANNOT_CONFIRM'] },
  { text: 'Le Nigeria aurait livré des blindés au Cameroun. Abuja a démenti, le porte-parole de sa diplomatie, Musa Bello, qualifiant ces accusations de « rumeurs ».', stances: ['Nigéria DENIES', 'Musa Bello DENIES'] },
  { text: "« Nous n'avons rien livré au Soudan », a déclaré Li Ming, porte-parole du ministère chinois de la Défense.", stances: ['Li Ming DENIES'] },
  { text: '« Nous avons accumulé des roupies que nous ne pouvons pas dépenser », reconnaissait en mai 2023 le ministre kényan des Finances, John Mwangi.', stances: ['John Mwangi ASSERTS'] },
  { text: 'Le Premier ministre kényan, John Mwangi, l’avait dit à ses voisins dès 2022 : « la paix passe par le commerce ».', stances: ['John Mwangi ASSERTS'] },
  { text: 'En mars, le gouvernement kényan affirmait contrôler toute la frontière.', stances: ['Kenya ASSERTS'] },
  { text: 'Le gouvernement kényan a annoncé de nouvelles sanctions.', stances: [] },
  // interview and live blog: a pronoun after the quote, a passive agent, a participle that denies
  { text: "Pedro Gomez a reçu Li Ming. « Nous n'avons jamais envoyé de soldats au Kenya », a-t-il assuré.", stances: ['Pedro Gomez DENIES'] },
  { text: 'Interrogé par la BBC, le ministre kényan de la Défense, John Mwangi, a assuré que Nairobi n’avait reçu aucune arme.', stances: ['John Mwangi DENIES'] },
  { text: 'Des drones serbes ont été livrés au Kenya. Une accusation rejetée par Belgrade.', stances: ['Serbie DENIES'] },
  { text: 'Des drones serbes ont été livrés au Kenya. Une information que Belgrade a catégoriquement démentie.', stances: ['Serbie DENIES'] },
  { text: '10 h 15 – Des drones serbes ont été livrés au Kenya, une information confirmée par le ministère kényan de la Défense.', stances: ['ministère kényan de la Défense ASSERTS'] },
  { text: 'Des drones serbes ont été livrés au Kenya. Belgrade parle de « mensonges ».', stances: ['Serbie DENIES'] },
  { text: 'Le ministre kényan a parlé avec son homologue serbe.', stances: [] },
  // "l'organisation", "l'agence": the institution named just before, never a ministry of a state
  { text: "Le Programme alimentaire mondial a livré du blé au Yémen. L'organisation affirme que les stocks sont épuisés.", stances: ['PAM ASSERTS'] },
  { text: "Le ministère kényan de la Santé a publié un bilan. L'organisation affirme que les stocks sont épuisés.", stances: [] },
  // memberships and signatures
  { text: "La France et l'Allemagne sont membres de l'Otan.", members: ['Allemagne>OTAN', 'France>OTAN'] },
  { text: "Avec la Russie, la Chine et l'Inde sont membres des Brics.", members: ['Inde>BRICS', 'Chine>BRICS'] },
  { text: "La Suède a adhéré à l'Otan en mars 2024.", members: ['Suède>OTAN'] },
  { text: "L'adhésion de la Finlande à l'Otan a changé la donne en Baltique.", members: ['Finlande>OTAN'] },
  { text: "La demande d'adhésion de la Géorgie à l'Union européenne reste gelée.", members: [] },
  { text: "La Turquie, pays de l'Otan, achète du gaz russe.", members: ['Turquie>OTAN'] },
  { text: "Les alliés de l'Otan, dont l'Estonie et la Lettonie, ont relevé leur budget.", members: ['Estonie>OTAN', 'Lettonie>OTAN'] },
  { text: "L'Égypte et l'Éthiopie font partie des Brics depuis 2024.", members: ['Éthiopie>BRICS', 'Égypte>BRICS'] },
  { text: "La Géorgie n'est pas membre de l'Otan.", members: [] },
  { text: "L'accord a été paraphé par le ministre turc de la Défense, Yaşar Güler.", signed: ['Yaşar Güler'] },
  { text: "La Finlande, membre de l'Otan depuis 2023, renforce sa frontière.", members: ['Finlande>OTAN'] },
  { text: "La Hongrie, pays membre de l'Union européenne, bloque le texte.", members: ['Hongrie>Union européenne'] },
  { text: "Le traité d'amitié signé en juin 2022 par Nicolás Maduro et Ebrahim Raïssi prévoit des échanges.", signed: ['Nicolás Maduro', 'Ebrahim Raïssi'] },
  { text: "L'accord de défense a été signé par Emmanuel Macron et Narendra Modi à New Delhi.", signed: ['Emmanuel Macron', 'Narendra Modi'] },
  { text: "Le président kényan John Mwangi s'est rendu à Dodoma. Il y a signé avec le président tanzanien Ali Hassan un accord de pêche.", signed: ['John Mwangi', 'Ali Hassan'] },
  { text: 'En mars, Pedro Gomez et John Mwangi ont signé à Nairobi une feuille de route sur dix ans.', signed: ['Pedro Gomez', 'John Mwangi'] },
  { text: 'Le Kenya et la Tanzanie ont conclu un accord de pêche. Il a été signé par le ministre kényan de la Pêche, John Mwangi, et par son homologue tanzanien, Ali Hassan.', signed: ['John Mwangi', 'Ali Hassan'] },
  { text: "L'Initiative du Danube a été lancée en mai. Elle repose sur deux textes : l'un signé par le ministre serbe des Transports, Goran Petrović, l'autre par le ministre roumain des Transports, Ion Stan.", signed: ['Goran Petrović', 'Ion Stan'] },
  { text: "Un accord de pêche a été conclu en mars. Le décret signé par le président Emmanuel Macron entre en vigueur lundi.", signed: [] },
];

describe('generalisation: sentences no rule was written on', () => {
  it('names agreements with their usual complements', () => {
    const names = (t: string) => read(t).doc.nodes.filter((n) => n.label === 'Agreement').map((n) => n.name);
    expect(names("Un mémorandum d'entente a été signé entre la Turquie et la Libye.")).toEqual(["mémorandum d'entente"]);
    expect(names('L’Italie et la Libye ont signé un accord de réadmission des migrants.')).toEqual(['accord de réadmission']);
    expect(names("Le traité d'amitié signé en juin 2022 par Nicolás Maduro et Ebrahim Raïssi prévoit des échanges.")).toEqual(["traité d'amitié"]);
  });

  it('binds a stance to the fact it is about, across a colon or a sentence', () => {
    const about = (t: string, speaker: string) => {
      const r = read(t);
      const claims = r.edges('ASSERTS').filter((e) => r.name(e.source) === speaker).map((e) => e.target);
      return r.edges('ABOUT').filter((e) => claims.includes(e.source)).map((e) => r.node(e.target)?.label);
    };
    // the charge names the accused: its earlier transfer is what is asserted
    expect(about("La Serbie a livré des obus au Kenya en 2023. Le Soudan accuse Belgrade d'armer ses voisins.", 'Soudan')).toEqual(['Transfer']);
    expect(about("La Serbie a livré des obus au Kenya en 2023. Le Soudan accuse l'Égypte d'armer ses voisins.", 'Soudan')).toEqual([]);
    // "X : d'après Y, ..." governs what follows the comma, not the clause before the colon
    expect(about("Le Kenya a changé de fournisseur : d'après l'Institut Aurore d'études africaines, la Serbie a vendu 300 obus au Kenya.", "Institut Aurore d'études africaines")).toEqual(['Transfer']);
  });

  it('gives an op-ed\'s "je" and "nous" to the author its byline names, and to no one without a byline', () => {
    const byline = "Par Claire Martin, chercheuse à l'Institut Aurore d'études africaines. La Serbie a livré des drones au Kenya. J'estime que ces livraisons violent l'embargo. Nous savons que la Serbie a aussi livré des obus au Kenya.";
    expect(read(byline).stances()).toEqual(['Claire Martin ASSERTS', 'Claire Martin ASSERTS']);
    expect(read("La Serbie a livré des drones au Kenya. J'estime que ces livraisons violent l'embargo.").stances()).toEqual([]);
  });

  it('makes the states a fronted "signé par" names parties, and those who sign a text pointed back to parties too', () => {
    const parties = (t: string) => {
      const r = read(t);
      return r.edges('PARTY_TO').map((e) => `${r.name(e.source)}>${r.name(e.target)}`).sort();
    };
    expect(parties("Signé en 2015 par l'Iran et le Pakistan, l'accord gazier n'a jamais été appliqué.")).toEqual(['Iran>accord gazier', 'Pakistan>accord gazier']);
    expect(parties('Le Kenya a signé avec Pedro Gomez un accord de pêche.')).toEqual(['Kenya>accord de pêche']);
    expect(parties('Un accord a été conclu en mars. Il a été signé par le ministre kényan de la Pêche, John Mwangi, et par le ministre tanzanien de la Pêche, Ali Hassan.')).toEqual(['Kenya>accord', 'Tanzanie>accord']);
  });

  it.each(cases)('$text', (c) => {
    const r = read(c.text);
    const show = (ids: unknown) => (ids as string[]).map(r.name).join('+');
    if (c.transfers) {
      const got = r.transfers().map((t) => `${show(t.from)}>${show(t.to)}:${t.kind}${t.quantity != null ? `:${t.quantity}` : ''}`);
      expect(got.sort()).toEqual([...c.transfers].sort());
    }
    if (c.roles) expect(r.edges('HOLDS_ROLE').map((e) => `${r.name(e.source)}:${e.properties?.title}:${r.name(e.target)}`)).toEqual(c.roles);
    if (c.stances) expect(r.stances().map((s) => s.toLowerCase())).toEqual(c.stances.map((s) => s.toLowerCase()));
    if (c.members) expect(r.edges('MEMBER_OF').map((e) => `${r.name(e.source)}>${r.name(e.target)}`)).toEqual(c.members);
    if (c.signed) expect(r.edges('SIGNED').map((e) => r.name(e.source))).toEqual(c.signed);
  });

  it('gives goods sent to the militia or the men of a leader known by a name or a nickname alone to that leader', () => {
    const flows = (t: string) => {
      const r = read(t);
      return r.transfers().map((x) => `${(x.from as string[]).map(r.name).join('+')}>${(x.to as string[]).map(r.name).join('+')}:${x.kind}`);
    };
    expect(flows('La Serbie aurait livré des fusils à la milice de Bongo.')).toEqual(['Serbie>Bongo:weapons']);
    expect(flows('La Serbie aurait livré des fusils aux hommes de « Bongo », surnom du chef de guerre John Okello.')).toEqual(['Serbie>John Okello:weapons']);
    expect(flows("Le chef de guerre John Okello contrôle le nord. La Serbie aurait livré des drones à la milice d'Okello.")).toEqual(['Serbie>John Okello:weapons']);
    // a state named after its forces stays the state
    expect(flows('La Serbie a livré des armes aux forces de Kinshasa.')).toEqual(['Serbie>Congo (Rép. dém.):weapons']);
  });
});
