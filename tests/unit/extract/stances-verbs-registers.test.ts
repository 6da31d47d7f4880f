import { describe, expect, it } from 'vitest';
import { type Case, describeStanceRegisters, stancesOf } from './stances-helpers';

// Made-up statements whose verb, speaker or clause shape is not the plain "X a affirmé que": a stressed pronoun or
// "pour sa part" between the auxiliary and the verb, a second verb sharing the first one's auxiliary, a source whose
// sentence another speaker answers in a relative clause ("ce que Y conteste"), a claim called false, a promise or a
// threat. Topics: the Gulf, the Balkans, Central Asia, the Horn of Africa, Latin America, the Arctic.
const cases: Record<string, Case[]> = {
  'wire brief': [
    // a stressed pronoun or "pour sa part" between the auxiliary and the verb
    { text: "L'Iran aurait livré des drones au Soudan. Le ministère soudanais de la Défense a lui aussi démenti toute livraison.", stances: ['Ministère soudanais de la Défense DENIES'], about: ['Ministère soudanais de la Défense DENIES > Iran>Soudan'] },
    { text: 'La Serbie aurait vendu des obus à l’Azerbaïdjan. Bakou a pour sa part démenti tout achat.', stances: ['Azerbaïdjan DENIES'], about: ['Azerbaïdjan DENIES > Serbie>Azerbaïdjan'] },
    { text: "Le Qatar aurait versé 10 millions de dollars au Hamas. Doha a elle aussi démenti ce versement.", stances: ['Qatar DENIES'], about: ['Qatar DENIES > Qatar>Hamas'] },
    // a second verb sharing the auxiliary of the first: each is a stance of the same speaker
    { text: "Le ministre kazakh de l'Énergie, Almassadam Satkaliyev, a assuré que les livraisons relevaient de contrats commerciaux et démenti que le Kazakhstan ait vendu de l'uranium à l'Iran.", stances: ['Almassadam Satkaliyev ASSERTS', 'Almassadam Satkaliyev DENIES'], about: ['Almassadam Satkaliyev DENIES > Kazakhstan>Iran'], notAbout: ['Almassadam Satkaliyev ASSERTS > Kazakhstan>Iran'] },
    { text: 'Le gouvernement colombien a confirmé la saisie et nié que des armes aient été vendues aux rebelles.', stances: ['Colombie ASSERTS', 'Colombie DENIES'] },
    // ... but a participle sharing the auxiliary of an act reports nothing
    { text: 'Le président somalien, Hassan Cheikh Mohamoud, a appelé à un cessez-le-feu et rejeté tout déplacement des civils.', stances: [] },
  ],
  dispatch: [
    // a source at the head, then another speaker answering in a relative clause: the source asserts, the other denies
    { text: "Selon l'agence Reuters, le Koweït aurait versé 40 millions de dollars à l'Égypte, ce que Le Caire a démenti.", stances: ['Reuters ASSERTS', 'Égypte DENIES'] },
    { text: "Selon le quotidien Le Monde, la Norvège aurait livré du gaz à la Pologne, ce qu'Oslo n'a ni confirmé ni démenti.", stances: ['Le Monde ASSERTS', 'Norvège CANNOT_CONFIRM'] },
    // ... and a subject whose sentence another, unnamed speaker contests keeps its own stance; a nameless body of the
    // unnamed-body list (an owner, a port authority) denies it in its own name
    { text: 'Les garde-côtes norvégiens soupçonnent un sabotage du câble, ce que l’armateur conteste.', stances: ['Norvège ASSERTS', 'armateur DENIES'] },
    { text: 'Le gouvernement éthiopien accuse l’Érythrée d’avoir armé les milices, ce que le voisin conteste.', stances: ['Éthiopie ASSERTS'] },
    { text: "Selon la chaîne Al Jazeera, l'Arabie saoudite aurait acheté des drones à la Turquie, ce que Riyad s'est refusé à commenter.", stances: ['Al Jazeera ASSERTS', 'Arabie Saoudite CANNOT_CONFIRM'] },
  ],
  analysis: [
    // a claim called false, wrong or lying is denied
    { text: "La Chine aurait livré des radars au Venezuela. Le ministre vénézuélien de la Défense, Vladimir Padrino, a jugé ces informations « fausses ».", stances: ['Vladimir Padrino DENIES'], about: ['Vladimir Padrino DENIES > Chine>Venezuela'] },
    { text: "Le Tchad aurait reçu des blindés des Émirats. N'Djamena a qualifié ces allégations de mensongères.", stances: ['Tchad DENIES'], about: ['Tchad DENIES > Émirats arabes unis>Tchad'] },
    { text: 'La Turquie aurait vendu des drones au Kirghizistan. Bichkek juge ces affirmations erronées.', stances: ['Kirghizistan DENIES'], about: ['Kirghizistan DENIES > Turquie>Kirghizistan'] },
    // calling a thing by a name denies only when the name says it is false; opposing an act denies no fact
    { text: "Le Kazakhstan a signé un accord gazier avec la Chine. Le ministre kazakh de l'Énergie, Almassadam Satkaliyev, a qualifié l'accord d'« historique ».", stances: ['Almassadam Satkaliyev ASSERTS'] },
    { text: 'La Turquie aurait livré des drones à la Somalie. Le Global Times a toutefois qualifié de « fantasme » cette livraison.', stances: ['Global Times DENIES'], about: ['Global Times DENIES > Turquie>Somalie'] },
    { text: "Le Qatar aurait versé 10 millions de dollars au Hamas. Doha conteste l'accord signé avec Bahreïn.", stances: ['Qatar ASSERTS'], notAbout: ['Qatar ASSERTS > Qatar>Hamas'] },
    { text: 'Le Qatar aurait versé 10 millions de dollars au Hamas. Doha conteste ce chiffre.', stances: ['Qatar DENIES'], about: ['Qatar DENIES > Qatar>Hamas'] },
    { text: "Le Chili a signé un accord avec la Bolivie. L'opposition bolivienne conteste l'accord.", stances: [] },
  ],
  'live blog': [
    // a promise or a threat is a statement of its speaker
    { text: '10h15 — Le président argentin, Javier Milei, a promis de « rétablir l’ordre » dans les ports.', stances: ['Javier Milei ASSERTS'] },
    { text: "11h40 — Le ministre russe de l'Énergie, Sergueï Tsivilev, a menacé de suspendre les livraisons de gaz à la Moldavie.", stances: ['Sergueï Tsivilev ASSERTS'] },
    // paying tribute says something of its own, as praising does
    { text: '16h20 — La présidente de la Commission de l’océan Indien, Vêlayoudom Marimoutou, a rendu hommage à « un bâtisseur de ports ».', stances: ['Vêlayoudom Marimoutou ASSERTS'] },
    { text: "Le chef de l'État malgache, Andry Rajoelina, rend un hommage appuyé aux pêcheurs disparus.", stances: ['Andry Rajoelina ASSERTS'] },
    // ... but a threat in the passive is no one's statement
    { text: '12h05 — Les pêcheurs groenlandais sont menacés par la fonte des glaces.', stances: [] },
    { text: 'Le régime, menacé par les rebelles du nord, a reçu des blindés de la Russie.', stances: [] },
    { text: "L'aide promise par le Japon au Laos n'est jamais arrivée.", stances: [] },
    { text: "La Russie, qui a également promis l'envoi d'un second navire, a livré du blé à l'Égypte.", stances: [] },
    // a threat is about what it names, not a fact told before
    { text: "L'Iran a vendu du pétrole à la Chine en 2024. Les États-Unis menacent de taxer tout pays acheteur de pétrole iranien.", stances: ['États-Unis ASSERTS'], notAbout: ['États-Unis ASSERTS > Iran>Chine'] },
  ],
  'dispatch, speakers': [
    // a nameless office-holder after a reflexive verb or a capitalised title speaks for the state its nationality names
    { text: 'La Norvège a livré du gaz à la Pologne. « Nous sommes enfin indépendants », se félicite le président polonais.', stances: ['Pologne ASSERTS'], about: ['Pologne ASSERTS > Norvège>Pologne'] },
    { text: "La Norvège a livré du gaz à la Pologne. « C'est un jour historique », a déclaré le Premier ministre polonais.", stances: ['Pologne ASSERTS'] },
    { text: 'Le Japon a versé 20 millions de dollars au Kenya, se réjouit la ministre kényane des Finances.', stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Japon>Kenya'] },
    { text: "Le Japon a versé 20 millions de dollars au Kenya, s'inquiète le président tanzanien.", stances: ['Tanzanie ASSERTS'] },
    // a company named again by its head noun and qualifiers is the company last named
    { text: 'Le groupe minier Glencore aurait versé 5 millions de dollars à la milice. Le groupe suisse dément formellement.', stances: ['Glencore DENIES'] },
    { text: "La société chinoise Huawei aurait livré des serveurs à l'armée birmane. L'entreprise dément.", stances: ['Huawei DENIES'] },
    // ... but no company named, no speaker; a group of experts is no company
    { text: "La Russie a livré du blé à l'Égypte. L'entreprise a démenti.", stances: [] },
    { text: "Le Japon a livré des radars aux Philippines. Le groupe d'experts de l'ONU a confirmé cette livraison.", stances: ["groupe d'experts de l'ONU ASSERTS"], about: ["groupe d'experts de l'ONU ASSERTS > Japon>Philippines"] },
  ],
  'dispatch, advocacy ("plaide pour", "plaide en faveur de")': [
    // pleading for a measure states the speaker's position
    { text: "À Genève, la rapporteuse spéciale de l'ONU sur l'alimentation, Hilal Elver, plaide pour interdire toute exportation de riz vers les zones de guerre.", stances: ['Hilal Elver ASSERTS'] },
    { text: "La ministre kényane de l'Énergie, Alice Wahome, a plaidé en faveur d'une hausse des importations d'électricité éthiopienne.", stances: ['Alice Wahome ASSERTS'] },
    // ... but a plea in court is no statement
    { text: "L'armateur grec Nikos Pappas plaide coupable devant le tribunal d'Athènes.", stances: [] },
  ],
  'hearing or press conference, a complement between the verb and "que"': [
    { text: "Le ministre ghanéen des Finances, Ken Ofori-Atta, a déclaré devant la commission des finances du Parlement que le Ghana avait reçu 600 millions de dollars de la Chine.", stances: ['Ken Ofori-Atta ASSERTS'], about: ['Ken Ofori-Atta ASSERTS > Chine>Ghana'] },
    { text: "La ministre chilienne des Mines, Aurora Williams, a assuré lors d'une conférence de presse à Santiago que le Chili n'avait jamais vendu de lithium à la Russie.", stances: ['Aurora Williams DENIES'] },
  ],
  'wire brief, sources': [
    // an unnamed public body with a nationality speaks for its state; with no nationality, for nobody
    { text: "Selon le centre estonien de cyberdéfense, l'attaque a été menée par des pirates russes.", stances: ['Estonie ASSERTS'] },
    { text: 'Selon les services douaniers kényans, la Somalie a reçu 300 tonnes de sucre du Brésil.', stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Brésil>Somalie'] },
    { text: "D'après l'agence américaine de renseignement, la Chine a livré des radars à l'Iran.", stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Iran'] },
    { text: "Selon l'agence de presse, la Chine a livré des radars à l'Iran.", stances: [] },
    // a quote closed on its own full stop ends a sentence: "Pour X, « … »" after it is at the head of its own
    { text: "« Pékin a tout verrouillé dès 2018. » Pour Ana Soto, chercheuse à l'Institut Aurore de Lima, « la Chine a livré des radars au Pérou ».", stances: ['Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Chine>Pérou'] },
    { text: '« Le port est saturé depuis mars ! » Selon Ana Soto, de l’Institut Aurore, la Russie a vendu du blé au Kenya.', stances: ['Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Russie>Kenya'] },
    // "selon lui" after a person who already speaks in the sentence is that person
    { text: "Le Brésil a vendu des avions au Chili. La ministre chilienne, Maya Fernández, a salué l'accord. Le sénateur Juan Pérez avait affirmé que le contrat était trop cher : selon lui, le Chili a payé 300 millions de dollars au Brésil.", stances: ['Juan Pérez ASSERTS', 'Maya Fernández ASSERTS'], about: ['Juan Pérez ASSERTS > Chili>Brésil'], notAbout: ['Maya Fernández ASSERTS > Chili>Brésil'] },
  ],
};

describeStanceRegisters(cases);

describe('goods named again by a demonstrative', () => {
  it('binds a confirmation of "ces fonds" to the sum told before as well as to its own restatement', () => {
    const got = stancesOf('Le Qatar a accordé 30 millions de dollars au Soudan en 2022. Ces fonds ont été versés directement aux Forces armées soudanaises, a confirmé un diplomate qatari.');
    expect(got.stances).toEqual(['Qatar ASSERTS']);
    expect(got.about.filter((a) => a === 'Qatar ASSERTS > Qatar>Soudan').length).toBe(2);
  });
});
