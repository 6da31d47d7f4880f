import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { flows } from './helpers';

// A generalisation bench for transfers told across sentences: made-up paragraphs in several registers, on topics
// no rule was written on. Each lists the transfers a careful analyst would draw, "sender>recipient:kind[:quantity]"
// (no sender named: ">recipient:kind"); [] where the text asserts no movement between two actors.
interface Case {
  text: string;
  transfers: string[];
}

const registers: Record<string, Case[]> = {
  // A charge ("X accuse Y de…", "X a sanctionné Y", "X dénonce le rôle de Y") puts the charged party in focus: the
  // alleged deed the next sentence tells with a pronoun is its deed, and the accuser is whom it is told by.
  'charge then alleged deed': [
    { text: 'Kiev accuse Minsk de soutenir Moscou. Il lui aurait livré des obus.', transfers: ['Biélorussie>Russie:artillery_shells'] },
    { text: 'Washington accuse Pyongyang de soutenir Moscou. Il lui aurait livré des missiles balistiques.', transfers: ['Corée du Nord>Russie:missiles'] },
    { text: "L'ONU a dénoncé le rôle de l'Érythrée au Soudan. Elle y aurait envoyé des armes.", transfers: ['Érythrée>Soudan:weapons'] },
    { text: 'Le Venezuela soupçonne le Guyana de servir de base aux États-Unis. Selon Caracas, il leur aurait fourni des radars.', transfers: ['Guyana>États-Unis:weapons'] },
    { text: "Bakou a de nouveau accusé Erevan de se réarmer. D'après l'agence Trend, l'Inde lui aurait vendu des canons.", transfers: ['Inde>Arménie:weapons'] },
    { text: 'Le Japon a condamné la Corée du Nord. Elle aurait livré des obus à la Russie.', transfers: ['Corée du Nord>Russie:artillery_shells'] },
  ],
  // "l'accuse d'avoir livré", "lui reproche d'avoir fourni": the clitic of the charge stands for the party in focus,
  // never for the accuser, and it gives.
  'charge on a clitic': [
    { text: "L'Union européenne a sanctionné la Biélorussie. Elle lui reproche d'avoir fourni des obus à la Russie.", transfers: ['Biélorussie>Russie:artillery_shells'] },
    { text: "Le Soudan a rappelé son ambassadeur au Tchad. Khartoum l'accuse d'avoir livré des armes aux FSR.", transfers: ['Tchad>FSR:weapons'] },
    { text: "Le Mali a dénoncé l'Algérie. Bamako l'accuse d'avoir fourni des armes au Niger.", transfers: ['Algérie>Niger:weapons'] },
    { text: "Le Guatemala a convoqué l'ambassadeur du Mexique. Il lui reproche d'avoir livré du carburant au Belize.", transfers: ['Mexique>Belize:oil'] },
    // a charge on a named party keeps it, and a charge that moves nothing draws nothing
    { text: "Le Canada a expulsé trois diplomates chinois. Ottawa reproche à Pékin d'avoir livré des composants à l'Iran.", transfers: ['Chine>Iran:technology'] },
    { text: "La Somalie a rompu avec l'Éthiopie. Mogadiscio lui reproche d'avoir signé un accord avec le Somaliland.", transfers: [] },
  ],
  // a charge against an unnamed group ("des entreprises polonaises") names no state sender, and never the accuser
  'charge on an unnamed group': [
    { text: "Le Kremlin a accusé des entreprises polonaises d'avoir livré des obus à l'Ukraine.", transfers: ['>Ukraine:artillery_shells'] },
    { text: "Pékin accuse des sociétés américaines d'avoir vendu des armes à Taïwan.", transfers: ['>Taïwan:weapons'] },
    { text: "Caracas a accusé plusieurs firmes colombiennes d'avoir fait parvenir des fusils au Guyana.", transfers: ['>Guyana:weapons'] },
  ],
  // gapping: a coordinated clause that leaves out the verb and the goods repeats the transfer with a new count and
  // a new giver ("et l'Australie trois autres") or a new other side ("puis 6 au Mali", "puis 12 de la Turquie")
  gapping: [
    { text: "La Chine a livré deux patrouilleurs aux Îles Salomon en 2023, et l'Australie trois autres en 2024.", transfers: ['Chine>Îles Salomon:weapons:2', 'Australie>Îles Salomon:weapons:3'] },
    { text: 'Le Japon a fourni dix radars aux Philippines, et la Corée du Sud six.', transfers: ['Japon>Philippines:weapons:10', 'Corée du Sud>Philippines:weapons:6'] },
    { text: 'La Turquie a vendu 12 drones au Niger, puis 6 au Mali.', transfers: ['Turquie>Niger:weapons:12', 'Turquie>Mali:weapons:6'] },
    { text: "Le Kenya a reçu 40 blindés de la Chine, et l'Ouganda douze.", transfers: ['Chine>Kenya:weapons:40', 'Chine>Ouganda:weapons:12'] },
    { text: 'Le Kenya a reçu 40 blindés de la Chine, puis 12 de la Turquie.', transfers: ['Chine>Kenya:weapons:40', 'Turquie>Kenya:weapons:12'] },
    { text: "L'Égypte a acheté 24 Rafale à la France en 2015, et le Qatar 36 en 2017.", transfers: ['France>Égypte:weapons:24', 'France>Qatar:weapons:36'] },
    { text: "Le Chili a reçu 3 radars de l'Espagne. Le Pérou lui a offert deux vedettes en 2020, et la Colombie trois autres l'année suivante.", transfers: ['Espagne>Chili:weapons:3', 'Pérou>Chili:weapons:2', 'Colombie>Chili:weapons:3'] },
    // a comma alone joins the gapped clause as "et" does, and the count may come back with its goods noun ("un prêt de")
    { text: 'Le Japon a versé 20 millions de dollars au Kenya, le Canada 10 millions.', transfers: ['Japon>Kenya:funds:20000000', 'Canada>Kenya:funds:10000000'] },
    { text: "Selon Tachkent, le Japon a accordé 300 millions de dollars à l'Ouzbékistan, la Banque mondiale un prêt de 400 millions de dollars.", transfers: ['Japon>Ouzbékistan:funds:300000000', 'Banque mondiale>Ouzbékistan:funds:400000000'] },
    { text: 'La Norvège a livré 40 tonnes de riz au Soudan, la Suède 25 tonnes et le Danemark 10 tonnes.', transfers: ['Norvège>Soudan:aid:40', 'Suède>Soudan:aid:25', 'Danemark>Soudan:aid:10'] },
    { text: 'Le Pérou a reçu 12 blindés du Brésil, le Chili 8.', transfers: ['Brésil>Pérou:weapons:12', 'Brésil>Chili:weapons:8'] },
    // a comma before an aside, a share or a new clause is no gap
    { text: 'Le Japon a versé 20 millions de dollars au Kenya, le double de 2022.', transfers: ['Japon>Kenya:funds:20000000'] },
    { text: 'La Turquie a vendu 12 drones au Niger, le Mali en attend 6.', transfers: ['Turquie>Niger:weapons:12'] },
    { text: 'Le Japon a fourni dix radars aux Philippines, la Corée du Sud 30 % du total.', transfers: ['Japon>Philippines:weapons:10'] },
    // a coordinated clause with a verb, a share or a population of its own is no gap
    { text: "La Chine a livré deux patrouilleurs aux Îles Salomon, et l'Australie a protesté.", transfers: ['Chine>Îles Salomon:weapons:2'] },
    { text: "La Turquie a vendu 12 drones au Niger, et le Mali compte 20 millions d'habitants.", transfers: ['Turquie>Niger:weapons:12'] },
    { text: 'Le Japon a fourni dix radars aux Philippines, et la Corée du Sud 30 %.', transfers: ['Japon>Philippines:weapons:10'] },
    { text: "L'Iran a livré 20 drones à la Russie, et l'Ukraine en a abattu 15.", transfers: ['Iran>Russie:weapons:20'] },
  ],
  // funds and loans: verbs of disbursing, allotting, granting and borrowing, and the nouns of budget support
  'funds and loans': [
    { text: "L'Union européenne a décaissé 300 millions d'euros en faveur de la Tunisie.", transfers: ['Union européenne>Tunisie:funds:300000000'] },
    { text: 'Le Fonds monétaire international a décaissé une tranche de 800 millions de dollars au profit du Pakistan.', transfers: ['Fonds monétaire international>Pakistan:funds:800000000'] },
    { text: 'Le Koweït a alloué 40 millions de dollars au Yémen.', transfers: ['Koweït>Yémen:funds:40000000'] },
    { text: "Selon le ministère, 15 millions d'euros ont été alloués au Tchad par la France.", transfers: ['France>Tchad:funds:15000000'] },
    { text: "L'Allemagne a versé une aide budgétaire de 120 millions d'euros à la Moldavie.", transfers: ['Allemagne>Moldavie:funds:120000000'] },
    { text: 'La Chine a consenti au Laos un prêt de 500 millions de dollars.', transfers: ['Chine>Laos:funds:500000000'] },
    { text: 'Le Laos a emprunté 500 millions de dollars à la Chine.', transfers: ['Chine>Laos:funds:500000000'] },
    { text: 'Le Ghana a emprunté 3 milliards de dollars auprès du Fonds monétaire international.', transfers: ['Fonds monétaire international>Ghana:funds:3000000000'] },
    { text: 'Le Japon a accordé une subvention de 20 millions de dollars à la Mongolie.', transfers: ['Japon>Mongolie:funds:20000000'] },
    // the same verbs with no money, or "consentir à", move nothing
    { text: 'Le convoi a emprunté la route de Tombouctou.', transfers: [] },
    { text: "Le ministère a alloué des locaux à l'ambassade.", transfers: [] },
    { text: 'Le Nigeria a consenti à des négociations avec le Niger.', transfers: [] },
  ],
  // a sentence that opens on a state ("Au Burkina Faso, …") frames the state noun acting in it ("la junte", "le régime")
  'framed state noun': [
    { text: "Le groupe Wagner s'est installé en Libye. Au Burkina Faso, où le groupe a déployé trois cents hommes, la junte lui verserait 5 millions de dollars par mois.", transfers: ['Wagner>Burkina Faso:troops:300', 'Burkina Faso>Wagner:funds:5000000'] },
    { text: "La Turquie courtise la Corne de l'Afrique. En Éthiopie, le régime lui a acheté six drones.", transfers: ['Turquie>Éthiopie:weapons:6'] },
    { text: "Comment Bangkok paie-t-il ? Au Cambodge, le royaume a reçu 20 millions de dollars de la Chine l'an dernier.", transfers: ['Chine>Cambodge:funds:20000000'] },
    { text: 'La Russie livre des armes au Mali depuis 2021. En Syrie, Moscou a aussi livré des avions aux milices du régime.', transfers: ['Russie>Mali:weapons'] },
  ],
  // "les mercenaires" stands for the private military company in focus, never for a body the sentence names after it
  'hired men in focus': [
    { text: "Le groupe Wagner a quitté la Libye. Avant de partir, les mercenaires ont remis deux cents blindés à l'armée libyenne.", transfers: ['Wagner>Libye:weapons:200'] },
    { text: "Le groupe Wagner a quitté la Libye. Avant de partir, les mercenaires ont remis à l'armée libyenne deux cents blindés.", transfers: ['Wagner>Libye:weapons:200'] },
    { text: 'Le groupe Wagner est arrivé au Mali en 2021. Les mercenaires y ont reçu des hélicoptères de la Russie.', transfers: ['Russie>Wagner:weapons'] },
    { text: 'Le groupe Wagner a signé avec le ministère russe de la Défense. Les paramilitaires lui ont cédé quarante canons.', transfers: ['Wagner>Russie:weapons:40'] },
  ],
  // a counted total and its counted parts after "dont": one transfer each, the parts with their own kind and count
  'total and parts': [
    { text: "L'Allemagne a livré à l'Ukraine 300 véhicules, dont 40 chars et 60 obusiers.", transfers: ['Allemagne>Ukraine:weapons:300', 'Allemagne>Ukraine:weapons:40', 'Allemagne>Ukraine:weapons:60'] },
    { text: "La Turquie a fourni au Qatar plus de mille pièces d'équipement, dont des blindés, près de 500 tonnes de munitions et quelque deux mille fusils.", transfers: ['Turquie>Qatar:other:1000', 'Turquie>Qatar:munitions:500', 'Turquie>Qatar:weapons:2000'] },
    // parts with no count, or a count of what befell the goods, add nothing
    { text: 'Le Brésil a vendu 20 avions au Chili, dont des appareils de transport.', transfers: ['Brésil>Chili:weapons:20'] },
    { text: "L'Iran a livré 300 drones à la Russie, dont 40 ont été abattus.", transfers: ['Iran>Russie:weapons:300'] },
  ],
  // "soupçonnées de lui fournir": the suspected party gives, and the clitic stands for whom it serves, never the sanctioning party
  'suspected of serving': [
    { text: 'Le Trésor américain a sanctionné le chef des FSR ainsi que sept sociétés établies aux Émirats soupçonnées de lui fournir des armes.', transfers: ['Émirats arabes unis>FSR:weapons'] },
    { text: "Le Canada a sanctionné le chef de l'armée birmane et une firme établie à Singapour soupçonnée de lui vendre du kérosène.", transfers: ['Singapour>Birmanie:oil'] },
    { text: 'Le Conseil a sanctionné la Biélorussie, accusée de lui livrer des obus.', transfers: [] },
  ],
  // "ne … ni à X ni à Y": a sale denied to both, no transfer to either
  'neither nor after the verb': [
    { text: "Officiellement, la Bulgarie ne vend d'armes ni à l'Arménie ni à l'Azerbaïdjan.", transfers: [] },
    { text: 'Le Chili ne livre ni armes ni munitions au Pérou.', transfers: [] },
    { text: "L'Inde ne livre d'obus ni à Israël ni à l'Iran, affirme New Delhi.", transfers: [] },
    { text: 'La Serbie ne livre plus que des munitions au Kenya.', transfers: ['Serbie>Kenya:munitions'] },
  ],
  // the programme a delivery is made under ("dans le cadre de son programme d'aide") is its frame, not a second transfer
  'aid programme as a frame': [
    { text: "La Corée du Sud a livré deux corvettes aux Philippines dans le cadre de son programme d'aide à la défense.", transfers: ['Corée du Sud>Philippines:weapons:2'] },
    { text: 'Au titre de son aide au développement, la France a livré des vivres au Tchad.', transfers: ['France>Tchad:aid'] },
    { text: "L'Australie a fourni des patrouilleurs à Fidji dans le cadre du programme d'aide pacifique.", transfers: ['Australie>Fidji:weapons'] },
    { text: "Le Japon a annoncé un programme d'aide de 50 millions de dollars pour le Sri Lanka.", transfers: ['Japon>Sri Lanka:funds:50000000'] },
  ],
  // ... but a deed told as fact, with no allegation, stays the subject's: the accuser acts in its own name.
  'charge then stated deed': [
    { text: 'La Norvège accuse la Russie de menacer le Svalbard. Elle a livré des radars à la Finlande.', transfers: ['Norvège>Finlande:weapons'] },
    { text: "L'Australie a sanctionné la Birmanie. Elle a versé 20 millions de dollars au Bangladesh.", transfers: ['Australie>Bangladesh:funds:20000000'] },
  ],
  // "lui"/"leur" stands for an actor of its own clause before one a colon or semicolon closed (a report, a source)
  'pronoun in its own clause': [
    { text: "Le rapport de la Commission d'enquête est formel : l'armée érythréenne a déployé 2 000 soldats aux côtés des FSR au Darfour, et leur a fourni des blindés.", transfers: ['armée érythréenne>FSR:troops:2000', 'armée érythréenne>FSR:weapons'] },
    { text: "Analyse. Pour l'Union africaine, les choses sont claires ; la Turquie a envoyé des instructeurs auprès de la Somalie et lui a livré des drones.", transfers: ['Turquie>Somalie:personnel', 'Turquie>Somalie:weapons'] },
    { text: "Le Conseil de sécurité a été informé : l'Iran a dépêché des conseillers au Yémen et lui a vendu des missiles.", transfers: ['Iran>Yémen:missiles', 'Iran>Yémen:personnel'] },
  ],
  // "un prêt de la Banque X (sigle), qui lui a accordé": "qui" stands for the bank named before the bracket
  'relative after a bracketed short name': [
    { text: "Le Ghana a reçu des vivres du Japon. Accra compte sur la Banque africaine de développement (BAD), qui lui a versé 300 millions de dollars.", transfers: ['Banque africaine de développement>Ghana:funds:300000000', 'Japon>Ghana:aid'] },
    { text: "Dépêche. La Moldavie s'appuie sur la Banque européenne pour la reconstruction et le développement (BERD), qui lui a prêté 100 millions d'euros.", transfers: ['Banque européenne pour la reconstruction et le développement>Moldavie:funds:100000000'] },
  ],
  // a body of a state or an organisation ("au Trésor kényan", "au fonds fiduciaire de l'ONU") receives for it; a short
  // name in brackets is the body the text names; a name Trame does not know is no licence to guess a side
  'bodies that receive for their owner': [
    { text: "Dépêche. Depuis 2022, le Japon a versé au fonds fiduciaire de l'ONU plus de 300 millions de dollars.", transfers: ['Japon>ONU:funds:300000000'] },
    { text: "Selon le quotidien, les Émirats verseraient 5 millions de dollars par mois au Trésor tchadien.", transfers: ['Émirats arabes unis>Tchad:funds:5000000'] },
    { text: "EN DIRECT — Des blindés offerts par la Turquie à la Police nationale de Somalie ont été débarqués hier à Mogadiscio.", transfers: ['Turquie>Somalie:weapons'] },
    { text: "Analyse. L'Union européenne a décaissé 100 millions d'euros au profit de la garde côtière de la Libye.", transfers: ['Union européenne>Libye:funds:100000000'] },
    { text: "Le Canada annonce une nouvelle enveloppe de 40 millions de dollars pour la Mission d'assistance des Nations unies en Somalie (MANUSOM).", transfers: ["Canada>Mission d'assistance des Nations unies en Somalie:funds:40000000"] },
    { text: "Le Qatar a annoncé une première aide de 10 millions de dollars pour le Soudan.", transfers: ['Qatar>Soudan:funds:10000000'] },
    { text: "La Chine a accordé un prêt au Laos. Le Fonds de solidarité du golfe a depuis accordé 40 millions de dollars à Savannakhet, une ville du sud du pays.", transfers: ['Chine>Laos:funds'] },
  ],
};

describe.each(Object.entries(registers))('transfers across sentences: %s', (_register, cases) => {
  it.each(cases)('$text', ({ text, transfers }) => {
    expect(flows(text)).toEqual([...transfers].sort());
  });
});

// The same shapes in English are data too (data/lang/en): the engine is shared.
function englishFlows(text: string): string[] {
  const doc = extractDocument(text, { language: 'en' });
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  const side = (t: string, type: 'SENT' | 'TO') =>
    doc.relationships.filter((r) => r.type === type && (type === 'SENT' ? r.target === t : r.source === t)).map((r) => name(type === 'SENT' ? r.source : r.target)).join('+');
  return doc.nodes
    .filter((n) => n.label === 'Transfer')
    .map((t) => `${side(t.id, 'SENT')}>${side(t.id, 'TO')}:${t.properties.kind}${t.properties.quantity != null ? `:${t.properties.quantity}` : ''}`)
    .sort();
}

describe('transfers across sentences, in English', () => {
  it.each([
    ['Japan disbursed 300 million dollars to Ukraine.', ['Japon>Ukraine:funds:300000000']],
    ['Kuwait allocated 40 million dollars to Yemen.', ['Koweït>Yémen:funds:40000000']],
    ['Laos borrowed 500 million dollars from China.', ['Chine>Laos:funds:500000000']],
    ['China delivered two drones to Mali in 2023, and Turkey three more in 2024.', ['Chine>Mali:weapons:2', 'Turquie>Mali:weapons:3']],
    ['Russia sold 12 helicopters to Algeria, and Belarus four more.', ['Biélorussie>Algérie:weapons:4', 'Russie>Algérie:weapons:12']],
    // an ordinal tells the goods move again in the gapped clause, as "more" does ("a second", "a third")
    ['Turkey sold 12 drones to Niger, then a second 6 to Mali.', ['Turquie>Mali:weapons:6', 'Turquie>Niger:weapons:12']],
    ['Serbia shipped 40 howitzers to Cyprus in May, and a third 10 to Greece in June.', ['Serbie>Chypre:weapons:40', 'Serbie>Grèce:weapons:10']],
  ])('%s', (text, expected) => {
    expect(englishFlows(text)).toEqual([...expected].sort());
  });
});
