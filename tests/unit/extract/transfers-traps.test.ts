import { describe, expect, it } from 'vitest';
import { flows } from './helpers';

// Traps: readings a sentence invites that are no transfer between two actors -- calibres, model numbers, prices,
// tolls, ordinals, withdrawals, a state's own border, hypotheses, negations, makers and carriers, transit,
// unnamed groups, production and stocks, requests, totals from all sources. Made-up sentences in six registers
// (wire brief, dispatch, live blog, interview, explainer, analysis) on topics no rule was written on; where a
// real transfer sits beside the trap it must come out exactly. "sender>recipient:kind[:quantity]" ([] is a trap);
// `or` lists another reading a careful analyst would accept (a total with no sender named is optional in gold).
interface Case {
  register: 'wire' | 'dispatch' | 'live' | 'interview' | 'explainer' | 'analysis';
  text: string;
  transfers: string[];
  or?: string[];
}

const traps: Record<string, Case[]> = {
  calibre: [
    { register: 'wire', text: 'Le Maroc a livré 12 obusiers de 155 mm à la Mauritanie, a indiqué Rabat.', transfers: ['Maroc>Mauritanie:weapons:12'] },
    { register: 'dispatch', text: 'Les insurgés ont tiré des obus de 120 mm sur la ville de Gao, au Mali.', transfers: [] },
    { register: 'live', text: '14h05 — Des roquettes de 122 mm se sont abattues sur Stepanakert, selon les autorités arméniennes.', transfers: [] },
    { register: 'explainer', text: "L'obus de 155 mm, standard de l'OTAN, pèse environ 45 kilos et porte à 30 kilomètres.", transfers: [] },
    { register: 'analysis', text: 'La Corée du Sud a vendu à la Pologne 212 canons automoteurs de 155 mm.', transfers: ['Corée du Sud>Pologne:weapons:212'] },
  ],
  model: [
    { register: 'wire', text: 'Le Qatar a acheté 36 F-15 aux États-Unis, a annoncé le Pentagone.', transfers: ['États-Unis>Qatar:weapons:36'] },
    { register: 'explainer', text: "La Serbie exploite encore des MiG-29 hérités de l'ère soviétique.", transfers: [] },
    { register: 'dispatch', text: 'Un Boeing 747 de la compagnie kazakhe a atterri à Bakou mardi soir.', transfers: [] },
    { register: 'analysis', text: "Le système S-300 de l'Arménie, vieillissant, ne protège plus Erevan.", transfers: [] },
    { register: 'wire', text: 'Le Vietnam a commandé 12 Su-30 à la Russie.', transfers: ['Russie>Viêt Nam:weapons:12'] },
  ],
  price: [
    { register: 'wire', text: 'La France a livré au Qatar 24 hélicoptères, un contrat de 3 milliards de dollars.', transfers: ['France>Qatar:weapons:24'] },
    { register: 'explainer', text: "Le baril de brut vénézuélien s'échangeait à 70 dollars mardi à New York.", transfers: [] },
    { register: 'dispatch', text: "Le montant du contrat signé par l'Azerbaïdjan avec Israël atteint 1,2 milliard de dollars.", transfers: [] },
    { register: 'analysis', text: 'À 4 millions de dollars pièce, le missile saoudien coûte cent fois plus cher que le drone houthi qu’il abat.', transfers: [] },
    { register: 'live', text: "15h20 — Le prix du blé ukrainien a bondi de 12 % à Chicago après l'annonce.", transfers: [] },
  ],
  toll: [
    { register: 'wire', text: "L'attaque contre un convoi à Ménaka a fait 23 morts, selon l'armée malienne.", transfers: [] },
    { register: 'live', text: "14h30 — Au moins 40 soldats tchadiens ont été tués dans l'embuscade près du lac Tchad.", transfers: [] },
    { register: 'dispatch', text: 'Les frappes ont fait plus de 200 blessés parmi les civils yéménites.', transfers: [] },
    { register: 'analysis', text: 'Le Burkina Faso a envoyé 300 soldats au Niger ; douze d’entre eux ont été tués depuis.', transfers: ['Burkina Faso>Niger:troops:300'] },
    { register: 'explainer', text: 'Le bilan de la guerre de 2020 s’élève à quelque 4 000 soldats arméniens tués.', transfers: [] },
  ],
  ordinal: [
    { register: 'wire', text: 'La Turquie a livré au Qatar la troisième frégate commandée.', transfers: ['Turquie>Qatar:weapons'] },
    { register: 'dispatch', text: "C'est la cinquième interception d'une cargaison d'armes dans le golfe d'Oman cette année.", transfers: [] },
    { register: 'analysis', text: 'La Corée du Sud a livré à la Pologne un deuxième lot de 48 chars.', transfers: ['Corée du Sud>Pologne:weapons:48'] },
    { register: 'explainer', text: "Le Japon est devenu en 2023 la troisième puissance militaire d'Asie.", transfers: [] },
    { register: 'live', text: '16h00 — Un deuxième convoi pourrait partir de Djibouti demain, selon le PAM.', transfers: [] },
  ],
  withdrawal: [
    { register: 'wire', text: 'La France a retiré 2 000 soldats du Mali en 2022.', transfers: [] },
    { register: 'dispatch', text: "Le retrait de 1 500 soldats russes d'Arménie s'est achevé mardi.", transfers: [] },
    { register: 'live', text: '14h50 — Le Kenya rapatrie 400 policiers déployés en Haïti.', transfers: [] },
    { register: 'analysis', text: 'Les derniers soldats tchadiens ont quitté le Niger en décembre.', transfers: [] },
    { register: 'explainer', text: 'Le Rwanda a retiré ses troupes de la République démocratique du Congo en 2003.', transfers: [] },
  ],
  // forces sent near a state, or in a show of force, go to no receiver (the article's flows lend none)
  showOfForce: [
    { register: 'dispatch', text: "Les États-Unis ont vendu des missiles à la Lituanie. La Russie a envoyé 30 avions de combat près de l'espace aérien lituanien.", transfers: ['États-Unis>Lituanie:missiles'] },
    { register: 'wire', text: 'Les États-Unis ont vendu des missiles à la Lituanie. La Russie a déployé des navires de guerre autour de la Lituanie.', transfers: ['États-Unis>Lituanie:missiles'] },
    { register: 'live', text: '07h50 — Le Japon a livré des radars aux Philippines. En réaction, la Chine a envoyé des avions de chasse.', transfers: ['Japon>Philippines:weapons'] },
    { register: 'analysis', text: 'Le Japon a livré des radars aux Philippines. La Chine a répliqué en dépêchant 12 navires de guerre au large de Manille.', transfers: ['Japon>Philippines:weapons'] },
    // sent to a state, not near it: a transfer
    { register: 'explainer', text: 'La Russie a envoyé 30 avions de combat en Syrie en 2015.', transfers: ['Russie>Syrie:weapons:30'] },
  ],
  ownBorder: [
    { register: 'wire', text: "L'Algérie a déployé 3 000 soldats le long de sa frontière avec le Mali.", transfers: [] },
    { register: 'dispatch', text: 'Le Venezuela a massé des blindés à sa frontière avec le Guyana.', transfers: [] },
    { register: 'analysis', text: 'En dépêchant 5 000 hommes vers sa frontière sud, la Thaïlande veut dissuader toute incursion birmane.', transfers: [] },
    { register: 'live', text: '09h15 — La Serbie a déployé des troupes près de sa frontière avec le Kosovo.', transfers: [] },
    { register: 'explainer', text: "L'Azerbaïdjan a envoyé 2 000 soldats renforcer sa frontière avec l'Iran.", transfers: [] },
    { register: 'interview', text: "Q : Combien de soldats avez-vous déployés ? R : Nous avons envoyé 3 000 soldats le long de notre frontière orientale, répond le ministre tchadien de la Défense.", transfers: [] },
  ],
  hypothesis: [
    { register: 'analysis', text: "Si Riyad s'y résolvait, l'Arabie saoudite pourrait livrer des drones au Soudan.", transfers: [] },
    { register: 'wire', text: "Le Brésil envisage de vendre des blindés à l'Argentine.", transfers: [] },
    { register: 'dispatch', text: 'Le Japon a proposé de fournir des radars aux Philippines.', transfers: [] },
    { register: 'interview', text: '— Le Qatar enverrait-il des troupes en Libye ? — Ce n’est pas exclu, répond le ministre.', transfers: [] },
    { register: 'explainer', text: "Le Kazakhstan prévoit de livrer un million de tonnes de blé à l'Afghanistan.", transfers: [] },
    { register: 'live', text: "11h40 — Le Chili devrait recevoir ses premiers hélicoptères de l'Espagne l'an prochain.", transfers: [] },
  ],
  negated: [
    // "ni … ni … ne" denies without "pas"
    { register: 'analysis', text: "Ni la France ni l'Allemagne ne livrent des chars au Maroc.", transfers: [] },
    { register: 'live', text: "13h10 — Aucun carburant n'est entré au Yémen depuis juin.", transfers: [] },
    { register: 'wire', text: "Le Mali n'a reçu aucune aide de la Mauritanie depuis le coup d'État.", transfers: [] },
    { register: 'dispatch', text: 'Le convoi humanitaire envoyé par le Kenya n’a jamais atteint la Somalie.', transfers: [] },
    { register: 'live', text: "17h45 — Pas un seul camion d'aide égyptien n'a franchi la frontière du Soudan aujourd'hui.", transfers: [] },
    { register: 'explainer', text: "Le Japon ne livre pas d'armes létales aux Philippines.", transfers: [] },
    // a flow stopped is reported as none
    { register: 'analysis', text: "La Russie, alliée historique de l'Arménie, a cessé ses livraisons d'armes depuis 2022.", transfers: [] },
    { register: 'wire', text: 'Moscou a interrompu ses livraisons de gaz à la Moldavie.', transfers: [] },
    { register: 'explainer', text: "L'Union européenne a suspendu son aide budgétaire au Niger après le coup d'État.", transfers: [] },
    { register: 'analysis', text: 'Washington, qui a gelé en 2021 la vente de munitions guidées à Riyad, a levé cette restriction en 2024.', transfers: [] },
  ],
  makerCarrier: [
    { register: 'dispatch', text: 'Les munitions, de fabrication chinoise, ont été livrées au Soudan par les Émirats arabes unis.', transfers: ['Émirats arabes unis>Soudan:munitions'] },
    { register: 'wire', text: 'Le Qatar a envoyé 50 tonnes de vivres au Soudan à bord d’un navire battant pavillon panaméen.', transfers: ['Qatar>Soudan:aid:50'] },
    { register: 'analysis', text: "Les blindés, conçus par le groupe français Arquus, ont été livrés à la Côte d'Ivoire par la Belgique.", transfers: ["Belgique>Côte d'Ivoire:weapons"] },
    { register: 'explainer', text: 'Les drones, fabriqués en Chine, ont été vendus au Nigeria par le Pakistan.', transfers: ['Pakistan>Nigéria:weapons'] },
    { register: 'live', text: '10h30 — Les 40 tonnes de vivres offertes par le Koweït ont été acheminées au Yémen par un navire affrété par la Grèce.', transfers: ['Koweït>Yémen:aid:40'] },
  ],
  transit: [
    { register: 'wire', text: "L'Azerbaïdjan livre du gaz à l'Italie via la Turquie et la Grèce.", transfers: ['Azerbaïdjan>Italie:oil'] },
    { register: 'dispatch', text: 'La Russie a livré du pétrole à Cuba en transitant par le Venezuela.', transfers: ['Russie>Cuba:oil'] },
    { register: 'analysis', text: "L'Iran a envoyé des missiles au Yémen en transitant par Oman.", transfers: ['Iran>Yémen:missiles'] },
    { register: 'explainer', text: 'Les États-Unis acheminent du matériel militaire vers Taïwan en passant par le Japon.', transfers: ['États-Unis>Taïwan:weapons'] },
    { register: 'live', text: '12h00 — Le Kazakhstan a livré du blé au Tadjikistan via l’Ouzbékistan.', transfers: ['Kazakhstan>Tadjikistan:aid'] },
  ],
  unnamed: [
    { register: 'dispatch', text: 'Le Soudan aurait livré des armes à des rebelles tchadiens.', transfers: [] },
    { register: 'analysis', text: "L'Iran fournit des drones à ses alliés de la région.", transfers: [] },
    { register: 'wire', text: "Des milices locales ont reçu des fusils de la part de l'armée burkinabè.", transfers: [] },
    { register: 'explainer', text: 'Le Venezuela livre du carburant à des groupes armés colombiens.', transfers: [] },
    { register: 'interview', text: "— Qui arme ces combattants ? — Leurs alliés leur ont fourni des drones, répond l'expert.", transfers: [] },
    // companies and middlemen of a nationality are not their state
    { register: 'dispatch', text: "Des sociétés singapouriennes ont livré du carburant d'aviation à la Birmanie.", transfers: ['>Birmanie:oil'] },
    { register: 'analysis', text: 'Des entreprises turques ont vendu des composants au Soudan.', transfers: ['>Soudan:technology'] },
  ],
  // a collective that names no state gives no sender; with none named, there is no fact to state
  collective: [
    { register: 'analysis', text: "Les Européens ont livré 500 000 obus à l'Arménie.", transfers: [] },
    { register: 'dispatch', text: 'Les Occidentaux ont fourni des blindés à la Moldavie.', transfers: [] },
    { register: 'wire', text: 'Des radars ont été livrés aux Philippines par les alliés de Manille.', transfers: [] },
    // "les Vingt-Sept" is the European Union's own periphrase (the dev set's gold lists it as a form)
    { register: 'wire', text: "Les Vingt-Sept ont livré 500 000 obus à l'Arménie.", transfers: ['Union européenne>Arménie:artillery_shells:500000'] },
    // a state among them stays a sender
    { register: 'explainer', text: "La France et les autres Européens ont livré des canons à l'Arménie.", transfers: ['France>Arménie:weapons'] },
  ],
  production: [
    { register: 'wire', text: 'La Turquie produit 500 000 obus par an.', transfers: [] },
    { register: 'explainer', text: "L'Iran dispose d'un stock de 3 000 missiles balistiques.", transfers: [] },
    { register: 'analysis', text: 'Le Pakistan fabrique ses propres drones depuis 2015.', transfers: [] },
    { register: 'dispatch', text: 'Les réserves de pétrole du Venezuela dépassent 300 milliards de barils.', transfers: [] },
    { register: 'explainer', text: "L'Arabie saoudite extrait environ 9 millions de barils de brut par jour.", transfers: [] },
  ],
  request: [
    { register: 'wire', text: "L'Arménie réclame 200 obusiers à ses partenaires.", transfers: [] },
    { register: 'dispatch', text: 'Le Niger demande des drones à la Turquie.', transfers: [] },
    { register: 'analysis', text: "Le Liban a sollicité une aide d'urgence de 50 millions de dollars auprès du Qatar.", transfers: [] },
    { register: 'interview', text: '— De quoi avez-vous besoin ? — Il nous faut 100 000 obus, répond le ministre arménien de la Défense.', transfers: [] },
    { register: 'live', text: '08h30 — Les Philippines réclament au Japon la livraison de radars supplémentaires.', transfers: [] },
  ],
  // a figure counts the whole a state fires or holds; only a share of it was sent
  share: [
    { register: 'analysis', text: "L'Arménie tire 4 000 obus par jour, dont beaucoup livrés par l'Inde.", transfers: ['Inde>Arménie:artillery_shells'] },
    { register: 'dispatch', text: "L'armée soudanaise a reçu 300 drones, dont une partie fournie par l'Iran.", transfers: ['Iran>Soudan:weapons'] },
    { register: 'explainer', text: "L'Arménie a reçu 300 drones, dont une centaine venus d'Israël.", transfers: ['Israël>Arménie:weapons'] },
    { register: 'live', text: '18h20 — Chaque jour, l’armée birmane tire 2 000 obus, dont une bonne part venue de Chine.', transfers: ['Chine>Birmanie:artillery_shells'] },
    // the share that befell the goods is no part of the transfer: the figure stays
    { register: 'wire', text: "L'Inde a livré 300 drones à l'Arménie, dont une partie a été abattue.", transfers: ['Inde>Arménie:weapons:300'] },
  ],
  // captives, the wounded and the dead are handed over, not sent
  captive: [
    { register: 'dispatch', text: 'Les soldats arméniens capturés ont été transférés à Bakou.', transfers: [] },
    { register: 'wire', text: "La Russie a remis 90 prisonniers de guerre ukrainiens à l'Ukraine.", transfers: [] },
    { register: 'live', text: "19h30 — L'Arménie a rendu à l'Azerbaïdjan les corps de 30 soldats azerbaïdjanais.", transfers: [] },
    { register: 'analysis', text: 'La Russie a envoyé 300 soldats blessés se faire soigner en Biélorussie.', transfers: [] },
    { register: 'explainer', text: 'Le Tchad a envoyé 300 soldats au Niger ; douze ont été tués depuis.', transfers: ['Tchad>Niger:troops:300'] },
  ],
  // a purchase in the future tense, in any person
  future: [
    { register: 'interview', text: '« Nous livrerons des drones au Niger », a déclaré le ministre turc de la Défense.', transfers: [] },
    { register: 'interview', text: '« Nous livrons des drones au Niger », a déclaré le ministre turc de la Défense.', transfers: ['Turquie>Niger:weapons'] },
    { register: 'analysis', text: "Les États-Unis ont vendu des armes à l'Arabie saoudite. « Nous achèterons là où la technologie est la meilleure », a déclaré le ministre saoudien.", transfers: ['États-Unis>Arabie Saoudite:weapons'] },
  ],
  // a part of a batch, and a flow that may happen
  batch: [
    { register: 'wire', text: "La France a livré à l'Arménie 12 des 36 canons commandés.", transfers: ['France>Arménie:weapons:12'] },
    { register: 'dispatch', text: "L'Inde a reçu de Russie trois des cinq systèmes commandés.", transfers: ['Russie>Inde:weapons:3'] },
    { register: 'analysis', text: 'Le Japon a livré aux Philippines le deuxième de ses cinq radars.', transfers: ['Japon>Philippines:weapons'] },
    { register: 'wire', text: 'Le Pentagone a notifié au Congrès la vente possible de 18 avions de combat au Maroc.', transfers: [] },
    { register: 'explainer', text: "L'éventuelle livraison de chars brésiliens à l'Uruguay divise Montevideo.", transfers: [] },
  ],
  // held back, or paid for by a third party
  heldBack: [
    { register: 'analysis', text: "Berlin hésite à livrer ses missiles Taurus à l'Arménie.", transfers: [] },
    { register: 'dispatch', text: 'Le Japon rechigne à envoyer des destroyers aux Philippines.', transfers: [] },
    { register: 'wire', text: "Le Danemark a payé l'achat de 100 000 obus destinés à l'Arménie.", transfers: [] },
    { register: 'explainer', text: "Le Koweït a financé l'achat de 40 blindés pour le Liban.", transfers: [] },
  ],
  total: [
    { register: 'explainer', text: "Depuis 2020, l'Arménie a reçu au total 40 000 tonnes d'aide internationale.", transfers: [], or: ['>Arménie:aid:40000'] },
    { register: 'analysis', text: 'Au total, 1,2 million d’obus ont été livrés au Cambodge depuis 2022, tous pays confondus.', transfers: [], or: ['>Cambodge:artillery_shells:1200000'] },
    { register: 'dispatch', text: 'Les pays occidentaux ont fourni à la Géorgie plus de 2 milliards de dollars depuis 2008.', transfers: [], or: ['>Géorgie:funds:2000000000'] },
    { register: 'wire', text: "La Somalie a reçu l'an dernier 300 millions de dollars d'aide, toutes sources confondues.", transfers: [], or: ['>Somalie:funds:300000000'] },
  ],
};

// The same shapes, asserted: a filter that kills these buys precision with recall.
const controls: Case[] = [
  { register: 'wire', text: "L'Algérie a déployé 3 000 soldats au Mali.", transfers: ['Algérie>Mali:troops:3000'] },
  { register: 'dispatch', text: 'Le Japon a fourni des radars aux Philippines.', transfers: ['Japon>Philippines:weapons'] },
  { register: 'explainer', text: "Le Kazakhstan a livré un million de tonnes de blé à l'Afghanistan.", transfers: ['Kazakhstan>Afghanistan:aid:1000000'] },
  { register: 'live', text: "11h40 — Le Chili a reçu ses premiers hélicoptères de l'Espagne.", transfers: ['Espagne>Chili:weapons'] },
  { register: 'live', text: '14h50 — Le Kenya a déployé 400 soldats en Haïti.', transfers: ['Kenya>Haïti:troops:400'] },
  { register: 'wire', text: 'La Turquie a fourni au Niger 500 000 obus.', transfers: ['Turquie>Niger:artillery_shells:500000'] },
  { register: 'analysis', text: 'Le Qatar a versé 50 millions de dollars au Liban.', transfers: ['Qatar>Liban:funds:50000000'] },
  { register: 'dispatch', text: 'Le Soudan aurait livré des armes au Hezbollah.', transfers: ['Soudan>Hezbollah:weapons'] },
  { register: 'wire', text: 'Le Mali a reçu des drones de la Turquie.', transfers: ['Turquie>Mali:weapons'] },
  { register: 'analysis', text: 'Le Pakistan a vendu ses drones au Nigeria.', transfers: ['Pakistan>Nigéria:weapons'] },
  { register: 'interview', text: "« L'Iran nous a fourni des drones », répond le porte-parole du Hezbollah.", transfers: ['Iran>Hezbollah:weapons'] },
  { register: 'explainer', text: "L'Arabie saoudite a livré 2 millions de barils de brut à l'Égypte.", transfers: ['Arabie Saoudite>Égypte:oil:2000000'] },
  { register: 'dispatch', text: "La Russie a envoyé 1 500 soldats en Arménie en 2020.", transfers: ['Russie>Arménie:troops:1500'] },
  { register: 'live', text: '13h10 — Un convoi de carburant envoyé par l’Égypte est arrivé au Soudan.', transfers: ['Égypte>Soudan:oil'] },
  { register: 'analysis', text: 'La Turquie a livré au Niger des drones fabriqués par Baykar.', transfers: ['Turquie>Niger:weapons'] },
  { register: 'wire', text: 'La Russie a repris ses livraisons de gaz à la Moldavie.', transfers: ['Russie>Moldavie:oil'] },
];

describe.each(Object.entries(traps))('transfer traps: %s', (_, cases) => {
  it.each(cases)('$register: $text', ({ text, transfers, or }) => {
    const got = flows(text);
    if (or && JSON.stringify(got) === JSON.stringify(or)) return;
    expect(got).toEqual(transfers);
  });
});

describe('transfer traps: the same shapes, when they are transfers, stay transfers', () => {
  it.each(controls)('$register: $text', ({ text, transfers }) => {
    expect(flows(text)).toEqual(transfers);
  });
});

// "le même système" points back at goods already sent: with no sender of its own, it has theirs (else it would
// stand as a transfer from nobody, which no gold matches).
describe('transfers: the same goods come from the same sender', () => {
  it.each([
    { register: 'analysis', text: "La Russie a vendu des radars à l'Inde. Le Pakistan a été sanctionné pour l'achat des mêmes radars.", transfers: ['Russie>Inde:weapons', 'Russie>Pakistan:weapons'] },
    { register: 'dispatch', text: "La Turquie a livré des drones au Niger. Le Tchad a reçu les mêmes drones en mars.", transfers: ['Turquie>Niger:weapons', 'Turquie>Tchad:weapons'] },
    { register: 'wire', text: "Le Brésil a vendu des blindés au Chili. Le Pérou a reçu ces mêmes blindés un an plus tard.", transfers: ['Brésil>Chili:weapons', 'Brésil>Pérou:weapons'] },
  ])('$register: $text', ({ text, transfers }) => {
    expect(flows(text)).toEqual(transfers);
  });

  it('leaves a sender the sentence names', () => {
    expect(flows("La Russie a vendu des radars à l'Inde. La France a livré les mêmes radars au Pakistan.")).toEqual(['France>Pakistan:weapons', 'Russie>Inde:weapons']);
  });
});

// A consignment named again ("Les cargaisons", "ces convois") is the transfer already read: a second node of kind
// containers would match no gold.
describe('transfers: a consignment named again is not a second transfer', () => {
  it.each([
    { register: 'explainer', text: 'La Russie a livré du pétrole au Niger en 2024. Les cargaisons, parties de Novorossiisk, transitent par le Togo.', transfers: ['Russie>Niger:oil'] },
    { register: 'dispatch', text: "L'Égypte a envoyé des vivres au Soudan. Ces convois ont été acheminés jusqu'à Port-Soudan.", transfers: ['Égypte>Soudan:aid'] },
  ])('$register: $text', ({ text, transfers }) => {
    expect(flows(text)).toEqual(transfers);
  });

  it('keeps a counted consignment', () => {
    expect(flows("L'Égypte a envoyé des vivres au Soudan. Les 40 camions ont été livrés au Soudan par l'Égypte.")).toEqual(['Égypte>Soudan:aid', 'Égypte>Soudan:containers:40']);
  });
});

// A flow named by a noun ("les transferts d'armes vers le Soudan") takes its sender from the article's flows; with
// none anywhere, a transfer from nobody would match no gold and is not drawn.
describe('transfers: a flow named by a noun needs a sender from somewhere', () => {
  it.each([
    { register: 'analysis', text: "Les transferts d'armes vers le Soudan violent l'embargo.", transfers: [] },
    { register: 'wire', text: 'La livraison de chars à la Pologne a été retardée.', transfers: [] },
    { register: 'explainer', text: 'Les exportations de brut vers la Chine ont doublé en 2023.', transfers: [] },
    { register: 'dispatch', text: "L'Iran a livré des drones au Soudan. Les livraisons d'armes au Soudan se poursuivent.", transfers: ['Iran>Soudan:weapons', 'Iran>Soudan:weapons'] },
  ])('$register: $text', ({ text, transfers }) => {
    expect(flows(text)).toEqual(transfers);
  });
});
