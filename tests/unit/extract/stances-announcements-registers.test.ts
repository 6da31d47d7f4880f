import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements whose speaker or stance hangs on a construction rather than on "X a affirmé que": an announcement
// with a noun object that states a fact (an aid, a figure, an opening) rather than an act; a possessive title with the
// name in apposition after an inverted verb; a clause spliced on by a comma whose clitic confirms the clause before; a
// body that contests, then gives its reason through "selon" or a quote; a firm named again by a head noun other than
// the one that introduced the firm last named; a public body named by its common noun alone; a denial followed by
// what its speaker holds instead, or a second "que" clause that negates; a promise in a clause; a date before "que",
// a quoted adverb, a description in commas after the subject; one named among a group ("dont X"); goods counted
// again ("les vingt camions"). Topics: the Sahel, the Andes, the Pacific, Central Asia, shipping.
const cases: Record<string, Case[]> = {
  'live blog': [
    // a present-tense announcement of an aid or a sum by a state: the state asserts it, and the claim is about the gift
    { text: '[09 h 10] La Norvège annonce à son tour une aide de 4 millions de dollars au Niger.', stances: ['Norvège ASSERTS'], about: ['Norvège ASSERTS > Norvège>Niger'] },
    // ... or a bare sum, with no noun for the aid
    { text: "[11 h 30] Le Royaume-Uni annonce à son tour jusqu'à 120 millions de livres pour les réfugiés soudanais au Tchad.", stances: ['Royaume-Uni ASSERTS'] },
    { text: "La commissaire européenne à l'Égalité, Hadja Lahbib, annonce 40 millions d'euros pour les écoles du Liban.", stances: ['Hadja Lahbib ASSERTS'] },
    { text: '14h05 — Le département d’État annonce une nouvelle enveloppe de 20 millions de dollars pour la Bolivie.', stances: ['Département d\'État américain ASSERTS'], about: ['Département d\'État américain ASSERTS > États-Unis>Bolivie'] },
    // ... but announcing a decision states no fact
    { text: '16h20 — Le Premier ministre fidjien, Sitiveni Rabuka, annonce la rupture du contrat avec la Chine.', stances: [] },
  ],
  'wire brief': [
    // a firm announcing a result or an opening asserts it
    { text: 'Le kazakh Kazatomprom a annoncé mardi un bénéfice net de 800 millions de dollars pour 2024.', stances: ['Kazatomprom ASSERTS'] },
    { text: "Le laboratoire Sanofi a annoncé la réouverture de son usine de vaccins d'Ankleshwar, fermée depuis 2019.", stances: ['Sanofi ASSERTS'] },
    // ... an act or a sanction is no fact of its own
    { text: "L'Union européenne a annoncé de nouvelles sanctions contre le Belarus.", stances: [] },
    // a possessive title, a place between, then the name in apposition: the person speaks
    { text: "L'Unicef a livré 40 tonnes de vaccins au Tchad, indique son représentant au Niger, Amadou Diallo.", stances: ['Amadou Diallo ASSERTS'], about: ['Amadou Diallo ASSERTS > Unicef>Tchad'] },
  ],
  dispatch: [
    { text: "L'Organisation mondiale de la santé (OMS) a acheminé 12 tonnes de médicaments au Pérou, a précisé sa déléguée en Bolivie, Ana Quispe.", stances: ['Ana Quispe ASSERTS'], about: ['Ana Quispe ASSERTS > OMS>Pérou'] },
    // a body that contests, then gives its reason through "selon": the source of the reason denies
    { text: "Le gouvernement affirme que toutes les routes sont rouvertes. Les ONG contestent : selon Amnesty International, deux vallées restent coupées.", stances: ['Amnesty International DENIES'] },
    { text: "Les armateurs contestent : d'après l'Organisation maritime internationale (OMI), le détroit reste fermé aux pétroliers.", stances: ['Organisation maritime internationale DENIES'] },
    // a body contesting before a colon, then a quote whose speaker closes the sentence: the speaker denies
    { text: 'La compagnie minière conteste ces chiffres : « Aucun enfant ne travaille sur nos sites », répond sa porte-parole, Grace Mwangi.', stances: ['Grace Mwangi DENIES'] },
    { text: 'Le ministère conteste : « Les camions passent chaque jour », a répondu le ministre tchadien des Transports, Idriss Mahamat.', stances: ['Idriss Mahamat DENIES', 'Tchad DENIES'] },
  ],
  'wire brief, nameless bodies': [
    // a public body named by its common noun alone, right after an inverted verb or as the whole subject, speaks
    { text: "L'Inde a livré 30 000 tonnes de riz au Sri Lanka, a indiqué l'autorité portuaire.", stances: ['autorité portuaire ASSERTS'], about: ['autorité portuaire ASSERTS > Inde>Sri Lanka'] },
    { text: 'La Turquie a envoyé deux avions de secours au Maroc, a indiqué la télévision d’État.', stances: ['télévision d’État ASSERTS'], about: ['télévision d’État ASSERTS > Turquie>Maroc'] },
    { text: 'Le terminal de Mombasa serait paralysé depuis lundi. L’autorité portuaire ne confirme pas.', stances: ['autorité portuaire CANNOT_CONFIRM'] },
    // ... but a body noun that governs a name, or that acts, is no speaker of its own
    { text: "L'Inde a livré 30 000 tonnes de riz au Sri Lanka, a indiqué l'autorité portuaire de Colombo, Keith Bernard.", stances: ['Keith Bernard ASSERTS'] },
    { text: "L'armateur a livré le navire au Brésil.", stances: [] },
  ],
  'dispatch, second statements': [
    // a denial, then what the same speaker holds instead through "selon lui": a second stance, bound to its own fact
    {
      text: 'La Chine aurait vendu des drones au Mali. Le ministre malien, Abdoulaye Diop, a démenti ces informations : selon lui, la Russie a livré 20 blindés au Mali.',
      stances: ['Abdoulaye Diop ASSERTS', 'Abdoulaye Diop DENIES'],
      about: ['Abdoulaye Diop ASSERTS > Russie>Mali', 'Abdoulaye Diop DENIES > Chine>Mali'],
      notAbout: ['Abdoulaye Diop DENIES > Russie>Mali'],
    },
    // a second "que" clause joined by "et" that negates is a denial of its own, bound to the fact it denies
    {
      text: 'La Russie aurait livré des drones au Mali. Le ministre, Abdoulaye Diop, affirme que les drones viennent de Turquie et qu’aucun appareil russe n’a été livré au Mali.',
      stances: ['Abdoulaye Diop ASSERTS', 'Abdoulaye Diop DENIES'],
      about: ['Abdoulaye Diop DENIES > Russie>Mali'],
      notAbout: ['Abdoulaye Diop ASSERTS > Russie>Mali'],
    },
    { text: 'Le porte-parole, Ronald Mutesi, rappelle que l’accord encadre la présence rwandaise et qu’aucun soldat n’est payé par une firme privée.', stances: ['Ronald Mutesi ASSERTS', 'Ronald Mutesi DENIES'] },
    // ... but two clauses that both assert are one statement
    { text: 'Le ministre, Abdoulaye Diop, affirme que la Turquie a livré des drones au Mali et que le Niger en a reçu aussi.', stances: ['Abdoulaye Diop ASSERTS'] },
    // a promise in a "que" clause states what will be
    { text: '15h40 — Le Premier ministre népalais, Khadga Oli, promet que « chaque roupie » détournée sera récupérée.', stances: ['Khadga Oli ASSERTS'] },
  ],
  'analysis, clause shapes': [
    // "quoi que", "bien que" open no reported clause: the denial's words run from the verb
    { text: 'La Chine aurait livré des drones au Ghana. Accra a démenti avoir reçu quoi que ce soit.', stances: ['Ghana DENIES'], about: ['Ghana DENIES > Chine>Ghana'] },
    // a date between the verb and "que"
    { text: 'Le ministre, Ali Reza, a déclaré le 3 mars que l’Iran avait livré des drones à la Russie.', stances: ['Ali Reza ASSERTS'], about: ['Ali Reza ASSERTS > Iran>Russie'] },
    { text: 'La générale Laura Vidal, qui commandait alors la flotte, avait averti dès 2023 que le port pourrait servir à la marine chinoise.', stances: ['Laura Vidal ASSERTS'] },
    // an adverb in quotation marks between the auxiliary and the verb
    { text: "La Chine aurait acheté du gaz russe. Gazprom a « catégoriquement » démenti ces informations.", stances: ['Gazprom DENIES'], about: ['Gazprom DENIES > Russie>Chine'] },
    // a body, or a document of it, then a description in commas, is the subject: no inverted verb
    { text: 'Le Global Times, le quotidien nationaliste chinois, a qualifié de « fantasme » cette livraison.', stances: ['Global Times DENIES'] },
    { text: 'Un éditorial du Global Times, le quotidien nationaliste chinois, a toutefois qualifié de « fantasme » l’idée d’un encerclement.', stances: ['Global Times DENIES'] },
  ],
  'live blog, groups': [
    // one named among a group, "dont X", speaks for itself; a confirmation closing the sentence confirms what came before
    { text: 'Plusieurs pays, dont la France, ont confirmé que des drones russes avaient été livrés au Mali.', stances: ['France ASSERTS'] },
    { text: '10h20 — La Russie a livré des drones au Mali. Plusieurs pays, dont la France, confirment.', stances: ['France ASSERTS'], about: ['France ASSERTS > Russie>Mali'] },
    // ... but "dont" opening a relative clause names no speaker
    { text: 'Le ministre, dont le Kenya attend la visite, a confirmé que des drones russes avaient été livrés au Mali.', stances: [] },
  ],
  'live blog, goods counted again': [
    // goods counted again with a definite article are the goods told of before
    { text: "L'Égypte a envoyé vingt camions d'aide au Soudan. Les vingt camions ont été déchargés à Khartoum, selon le PAM.", stances: ['PAM ASSERTS'], about: ['PAM ASSERTS > Égypte>Soudan'] },
    { text: "L'Inde a livré 300 tonnes de riz au Népal. Les 300 tonnes de riz ont été distribuées, selon le PAM.", stances: ['PAM ASSERTS'], about: ['PAM ASSERTS > Inde>Népal'] },
  ],
  'interview answer': [
    // a statement, then a comma and a speaker whose object clitic points back to it: the speaker confirms the clause before
    { text: "Les fonds destinés au port ont été préservés, l'ambassadeur japonais me l'a confirmé par écrit.", stances: ['Japon ASSERTS'] },
    { text: 'Le Japon a versé 20 millions de dollars au Kenya, Amina Mohamed me l’a assuré.', stances: ['Amina Mohamed ASSERTS'], about: ['Amina Mohamed ASSERTS > Japon>Kenya'] },
    { text: "La Russie a livré du blé au Kenya, le ministre kényan de l'Agriculture nous l'a confirmé.", stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Russie>Kenya'] },
    // ... but a clitic after an act states nothing
    { text: 'Le navire est arrivé au port, la ministre tanzanienne l’a inauguré.', stances: [] },
  ],
  analysis: [
    // a firm named again by another head noun than the firm last named: the firm the article is about
    {
      text: 'Le constructeur suédois Saab a publié un bénéfice record. Saab a livré quatre avions à la Thaïlande. Saab vise aussi la Colombie. La compagnie aérienne Avianca a pris livraison de dix Airbus. Le groupe a toutefois annoncé que la Colombie commanderait douze Gripen.',
      stances: ['Saab ASSERTS'],
    },
    // ... while two generic nouns name the same firm
    { text: "Le groupe indien Cipla aurait vendu des médicaments à l'armée birmane. L'entreprise dément.", stances: ['Cipla DENIES'] },
  ],
};

describeStanceRegisters(cases);
