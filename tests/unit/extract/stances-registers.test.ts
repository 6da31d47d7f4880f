import { describe, expect, it } from 'vitest';
import { read } from './helpers';
import { type Case, stancesOf } from './stances-helpers';

// Made-up stances in six registers (wire brief, dispatch, live blog, interview, explainer, analysis), on topics no
// rule was written on (the Sahel, the Gulf, the Balkans, the Caucasus, Asia-Pacific, Latin America): who takes which
// stance, and which transfer the statement is about when it points back to one stated before.
const cases: Record<string, Case[]> = {
  'wire brief': [
    // confirming "l'information" two sentences later points back to the fact of the confirming side
    { text: "La Turquie a livré des drones armés au Kenya en mars.\n\nLes appareils doivent servir contre les shebabs. Ils ont été déployés dans le nord du pays.\n\nLe ministère kényan de la Défense a confirmé l'information jeudi.", stances: ['Ministère kényan de la Défense ASSERTS'], about: ['Ministère kényan de la Défense ASSERTS > Turquie>Kenya'] },
    // the parties a reaction names single out its fact among the recent ones
    { text: "L'Iran a livré des drones à la Russie. La Chine a fourni des composants électroniques à la Russie. Washington a dénoncé les livraisons iraniennes.", stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Iran>Russie'], notAbout: ['États-Unis ASSERTS > Chine>Russie'] },
    // a denial that words its fact is about that fact told before by the same sender to the same recipient
    { text: 'Le Venezuela a reçu des drones iraniens en 2022. En 2023, Caracas a acheté des vedettes à la Russie. Le gouvernement vénézuélien dément avoir reçu des drones.', stances: ['Venezuela DENIES'], about: ['Venezuela DENIES > Iran>Venezuela'], notAbout: ['Venezuela DENIES > Russie>Venezuela'] },
    // a statement naming goods points back only to a fact of that kind of goods: a convoy is no payment
    { text: "Le Qatar a versé 30 millions de dollars au Liban, a annoncé Doha. L'ONU n'était pas en mesure de confirmer qu'un deuxième convoi pourrait entrer au Liban dimanche.", stances: ['ONU CANNOT_CONFIRM', 'Qatar ASSERTS'], notAbout: ['ONU CANNOT_CONFIRM > Qatar>Liban'] },
    { text: "Le Japon a versé 20 millions de dollars au Bangladesh. La Chine a livré des blindés au Bangladesh. Dacca a démenti toute livraison d'armes.", stances: ['Bangladesh DENIES'], about: ['Bangladesh DENIES > Chine>Bangladesh'], notAbout: ['Bangladesh DENIES > Japon>Bangladesh'] },
    // a headline's denial is about the fact the body states; so is a lede's denial bound to nothing before it (an outlet
    // citing nobody is the source of what it tells)
    { text: "Le Qatar dément avoir financé la milice\n\nDoha aurait versé 20 millions de dollars aux Forces de soutien rapide, selon des documents consultés par l'AFP.", stances: ['AFP ASSERTS', 'Qatar DENIES'], about: ['Qatar DENIES > Qatar>FSR'] },
    { text: "Pékin dément toute livraison d'armes à la junte birmane\n\nLa Chine aurait livré 12 drones à la Birmanie en 2024, selon l'ONU.", stances: ['Chine DENIES', 'ONU ASSERTS'], about: ['Chine DENIES > Chine>Birmanie'] },
    { text: "Le Qatar a démenti mardi avoir financé les milices soudanaises. Selon des documents consultés par l'AFP, Doha aurait versé 20 millions de dollars aux Forces de soutien rapide.", stances: ['AFP ASSERTS', 'Qatar DENIES'], about: ['Qatar DENIES > Qatar>FSR'] },
    // ... but not about a fact of the body the speaker has no part in
    { text: "L'Azerbaïdjan dément avoir livré des drones au Niger\n\nLa Turquie a livré des blindés au Niger en mars.", stances: ['Azerbaïdjan DENIES'], notAbout: ['Azerbaïdjan DENIES > Turquie>Niger'] },
    // a nameless office-holder with a nationality speaks for that state; an analyst does not
    { text: "La Russie a livré des chasseurs à l'Algérie. C'est ce qu'a affirmé mardi le ministre algérien de la Défense.", stances: ['Algérie ASSERTS'], about: ['Algérie ASSERTS > Russie>Algérie'] },
    { text: 'La Chine aurait livré des drones à la Birmanie. La porte-parole chinoise a démenti.', stances: ['Chine DENIES'], about: ['Chine DENIES > Chine>Birmanie'] },
    { text: "L'analyste américain a estimé que la Chine avait livré des radars à l'Iran.", stances: [] },
    { text: 'Le ministre russe Sergueï Lavrov a affirmé que la Russie avait livré des blindés au Mali.', stances: ['Sergueï Lavrov ASSERTS'] },
    // an outlet citing officials after "selon": the officials speak, at the head or at the end
    { text: 'Selon le Wall Street Journal, citant des responsables américains, la Chine a livré des radars à l’Iran.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Iran'] },
    { text: 'La Chine a livré des radars à l’Iran, selon le Wall Street Journal, citant des responsables américains.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Iran'] },
    // "-que" verbs after a quote are finite ("rétorque", "réplique"), not participles
    { text: 'Pékin a livré des frégates à Islamabad. « C’est faux », rétorque Islamabad.', stances: ['Pakistan DENIES'], about: ['Pakistan DENIES > Chine>Pakistan'] },
    { text: 'Pékin a livré des frégates à Islamabad, affirme New Delhi. Faux, réplique le Pakistan.', stances: ['Inde ASSERTS', 'Pakistan DENIES'], about: ['Pakistan DENIES > Chine>Pakistan'] },
    // "n'avons rien à voir avec", "parle de « rumeurs »": denials in other words
    { text: "L'Ouganda aurait livré des munitions au M23. « Nous n'avons rien à voir avec le M23 », a déclaré à l'AFP le porte-parole de l'armée ougandaise, Felix Kulayigye.", stances: ['Felix Kulayigye DENIES'], about: ['Felix Kulayigye DENIES > Ouganda>M23'] },
    { text: "La Russie aurait fourni du carburant à la Corée du Nord, selon un rapport du groupe d'experts de l'ONU. Moscou parle de « rumeurs ».", stances: ["groupe d'experts de l'ONU ASSERTS", 'Russie DENIES'], about: ['Russie DENIES > Russie>Corée du Nord'] },
    // keeping silent cannot confirm; worrying about a delivery takes it as given
    { text: 'Le Maroc a acheté des drones à Israël, selon le site Intelligence Online. Rabat garde le silence.', stances: ['Intelligence Online ASSERTS', 'Maroc CANNOT_CONFIRM'], about: ['Maroc CANNOT_CONFIRM > Israël>Maroc'] },
    { text: "La Chine a livré des frégates au Pakistan. L'Inde s'inquiète de ces livraisons.", stances: ['Inde ASSERTS'], about: ['Inde ASSERTS > Chine>Pakistan'] },
    // the spokesperson of a government named by its nationality; a stressed pronoun after the subject
    { text: 'La Turquie aurait livré des drones au Niger. Interrogé mardi, le porte-parole du gouvernement nigérien a assuré que « aucun appareil turc » n’avait été reçu.', stances: ['Niger DENIES'], about: ['Niger DENIES > Turquie>Niger'] },
    { text: 'La Turquie aurait livré des drones au Niger, selon Reuters. Le Niger, lui, confirme.', stances: ['Niger ASSERTS', 'Reuters ASSERTS'], about: ['Niger ASSERTS > Turquie>Niger'] },
    // a nameless spokesperson or official speaks for the body its title governs
    { text: 'La Chine aurait livré des drones à la Birmanie. Un porte-parole du ministère chinois de la Défense a rejeté ces accusations.', stances: ['Ministère chinois de la Défense DENIES'], about: ['Ministère chinois de la Défense DENIES > Chine>Birmanie'] },
    { text: 'La Russie aurait livré des blindés au Mali. Le porte-parole du Kremlin a démenti.', stances: ['Kremlin DENIES'], about: ['Kremlin DENIES > Russie>Mali'] },
    // the speaker after the quote or the statement, with a weekday and a title
    { text: 'La Turquie a livré douze drones armés au Niger, a déclaré mardi le ministre nigérien de la Défense, Salifou Mody.', stances: ['Salifou Mody ASSERTS'], about: ['Salifou Mody ASSERTS > Turquie>Niger'] },
    { text: '« Nous avons reçu douze drones de la Turquie », a affirmé le ministre nigérien de la Défense, Salifou Mody.', stances: ['Salifou Mody ASSERTS'] },
    // a source that cites its documents is still the source; an outlet citing officials gives the word to them
    { text: 'La Russie a livré des hélicoptères au Mali, selon le ministère malien de la Défense, citant des documents internes.', stances: ['Ministère malien de la Défense ASSERTS'], about: ['Ministère malien de la Défense ASSERTS > Russie>Mali'] },
    { text: 'La Russie a livré des hélicoptères au Mali, selon une source sécuritaire malienne, citant des documents internes.', stances: ['Mali ASSERTS'], about: ['Mali ASSERTS > Russie>Mali'] },
    // not in a position to comment, could not be reached: cannot confirm
    { text: "Des drones iraniens ont été livrés à la Russie, a déclaré le Pentagone. Téhéran n'était pas en mesure de commenter dans l'immédiat.", stances: ['Iran CANNOT_CONFIRM', 'Pentagone ASSERTS'], about: ['Iran CANNOT_CONFIRM > Iran>Russie'] },
    { text: 'La Russie aurait livré des blindés au Burkina Faso, selon des médias locaux. Le ministère burkinabè de la Défense n’a pas pu être joint.', stances: ['Ministère burkinabè de la Défense CANNOT_CONFIRM'], about: ['Ministère burkinabè de la Défense CANNOT_CONFIRM > Russie>Burkina Faso'] },
    // an unnamed source with a nationality speaks for its state
    { text: 'Selon une source sécuritaire malienne, la Russie a livré quatre hélicoptères de combat au Mali.', stances: ['Mali ASSERTS'], about: ['Mali ASSERTS > Russie>Mali'] },
    { text: "La Russie a livré quatre hélicoptères de combat au Mali, a indiqué à l'AFP une source sécuritaire malienne.", stances: ['Mali ASSERTS'], about: ['Mali ASSERTS > Russie>Mali'] },
    // "d'après", "aux yeux de"
    { text: "D'après le Pentagone, la Corée du Nord a expédié des obus d'artillerie en Syrie.", stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Corée du Nord>Syrie'] },
    { text: 'Aux yeux de Washington, le Venezuela a reçu des drones iraniens en 2023.', stances: ['États-Unis ASSERTS'] },
    // an institution for its state denies having sent
    { text: 'Le Kremlin a nié avoir livré des armes à la junte birmane.', stances: ['Kremlin DENIES'] },
    { text: 'Pyongyang a démenti avoir envoyé des soldats au Soudan.', stances: ['Corée du Nord DENIES'] },
    // a quote that says nothing left denies
    { text: '« Aucune arme serbe n’a été vendue à l’Arménie », a assuré le ministère serbe des Affaires étrangères.', stances: ['Ministère serbe des Affaires étrangères DENIES'] },
    // "C'est faux" denies; "a fait savoir que", "évoque" report
    { text: "Le Japon a livré des radars aux Philippines. « C'est faux », a réagi le porte-parole du ministère chinois des Affaires étrangères, Lin Jian.", stances: ['Lin Jian DENIES'], about: ['Lin Jian DENIES > Japon>Philippines'] },
    { text: 'Le Kremlin a fait savoir que la Russie n’avait livré aucune arme au Niger.', stances: ['Kremlin DENIES'] },
    { text: 'Le Pentagone évoque la livraison de 300 drones iraniens à la Russie.', stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Iran>Russie'] },
    { text: "Le rapport de l'ONU fait état de livraisons d'armes des Émirats arabes unis au Soudan.", stances: ['ONU ASSERTS'], about: ['ONU ASSERTS > Émirats arabes unis>Soudan'] },
    // a nameless official of a body speaks for it; with no speaker after the verb, the statement's own subject does not speak
    { text: "Les Philippines ont reçu des radars japonais, a confirmé un responsable de la Maison Blanche.", stances: ['Maison Blanche ASSERTS'], about: ['Maison Blanche ASSERTS > Japon>Philippines'] },
    { text: "La Hongrie bloque l'aide européenne à l'Ukraine, déplore un diplomate.", stances: [] },
    { text: "La Hongrie bloque l'aide européenne à l'Ukraine, déplore la Commission européenne.", stances: ['Commission européenne ASSERTS'] },
    // a reaction naming no fact of its own answers the sentence before; "cette décision" points back
    { text: 'Taipei, 12 mars (AFP) — Les États-Unis ont approuvé la vente de 400 missiles antinavires à Taïwan, a annoncé le Pentagone. Pékin a aussitôt dénoncé une « grave ingérence ». Le ministère taïwanais de la Défense a salué cette décision.', stances: ['Chine ASSERTS', 'Ministère taïwanais de la Défense ASSERTS', 'Pentagone ASSERTS'], about: ['Chine ASSERTS > États-Unis>Taïwan', 'Ministère taïwanais de la Défense ASSERTS > États-Unis>Taïwan'] },
    // "affirme-t-il", "précise-t-elle": the person just named speaks
    { text: 'Le ministre serbe de la Défense, Bratislav Gasic, était à Belgrade. « Nous n’avons rien livré à l’Ukraine », affirme-t-il.', stances: ['Bratislav Gasic DENIES'] },
    { text: 'La ministre kényane de la Défense, Aisha Jumwa, a reçu des journalistes. « Le Kenya a reçu des blindés turcs », précise-t-elle.', stances: ['Aisha Jumwa ASSERTS'], about: ['Aisha Jumwa ASSERTS > Turquie>Kenya'] },
    { text: 'Le porte-parole du Kremlin, Dmitri Peskov, a été interrogé. « Ces livraisons n’existent pas », a-t-il répondu.', stances: ['Dmitri Peskov DENIES'] },
  ],
  dispatch: [
    // "X rejette ces accusations" in the next sentence: the denial is about the fact before
    { text: "La Serbie a vendu des obus de mortier à l'Arménie, selon le ministère azerbaïdjanais de la Défense. Belgrade rejette ces accusations.", stances: ['Serbie DENIES', 'Ministère azerbaïdjanais de la Défense ASSERTS'], about: ['Serbie DENIES > Serbie>Arménie'] },
    // ... in the next paragraph, after a sentence about something else
    // a negated passive confirmation: its agent cannot confirm the fact before
    { text: "Khartoum, 3 mars (AFP) — La Russie aurait livré quatre hélicoptères de combat à l'armée soudanaise, selon une source militaire soudanaise. L'information n'a pas été confirmée par Moscou.", stances: ['Soudan ASSERTS', 'Russie CANNOT_CONFIRM'], about: ['Russie CANNOT_CONFIRM > Russie>Soudan'] },
    { text: "La Russie aurait livré des hélicoptères au Mali. Ces informations n'ont pas pu être vérifiées par l'AFP.", stances: ['AFP CANNOT_CONFIRM'], about: ['AFP CANNOT_CONFIRM > Russie>Mali'] },
    // "selon la même source": the source last heard
    { text: "L'Azerbaïdjan a acheté des drones kamikazes à Israël, affirme un rapport du Sipri. Israël a aussi livré des systèmes de défense aérienne à Bakou, selon la même source.", stances: ['SIPRI ASSERTS', 'SIPRI ASSERTS'], about: ['SIPRI ASSERTS > Israël>Azerbaïdjan'] },
    // a clitic on the verb points back: "s'en est félicité", "y voit une menace"; "s'est dit étranger à" denies
    { text: 'La Turquie a livré 40 blindés à la Somalie. Le ministre somalien de la Défense s’en est félicité.', stances: ['Somalie ASSERTS'], about: ['Somalie ASSERTS > Turquie>Somalie'] },
    { text: "La Turquie a livré 40 blindés à la Somalie. L'Éthiopie y voit une menace.", stances: ['Éthiopie ASSERTS'], about: ['Éthiopie ASSERTS > Turquie>Somalie'] },
    { text: "L'Iran aurait livré des drones au Soudan. Téhéran s'est dit étranger à ces livraisons.", stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Soudan'] },
    // an object clitic points back ("l'affirment"); a denial joined to another verb, or after "mais", is one more statement
    { text: 'La Corée du Nord a envoyé des ouvriers en Russie. Les autorités sud-coréennes l’affirment depuis des mois.', stances: ['Corée du Sud ASSERTS'], about: ['Corée du Sud ASSERTS > Corée du Nord>Russie'] },
    { text: "L'Ukraine accuse la Biélorussie d'avoir livré des munitions à la Russie. Minsk y voit une « provocation » et dément.", stances: ['Biélorussie ASSERTS', 'Biélorussie DENIES', 'Ukraine ASSERTS'], about: ['Biélorussie DENIES > Biélorussie>Russie'] },
    { text: 'La Turquie a livré des drones au Niger. Niamey a reconnu cette livraison mais a nié avoir reçu des blindés.', stances: ['Niger ASSERTS', 'Niger DENIES'], about: ['Niger ASSERTS > Turquie>Niger'] },
    // "a parlé d'« un geste fraternel »": a reaction naming no fact answers the sentence before
    { text: "L'Arabie saoudite a livré du pétrole à l'Égypte. Le ministre égyptien du Pétrole a parlé d'« un geste fraternel ».", stances: ['Égypte ASSERTS'], about: ['Égypte ASSERTS > Arabie Saoudite>Égypte'] },
    // an aside between the subject and the verb ("de son côté", "interrogé par l'AFP") inverts nothing
    { text: 'La Somalie a reçu quarante blindés turcs. Ankara, de son côté, dément.', stances: ['Turquie DENIES'], about: ['Turquie DENIES > Turquie>Somalie'] },
    { text: "La Somalie a reçu quarante blindés turcs. Le ministère turc de la Défense, interrogé par l'AFP, a confirmé la livraison.", stances: ['Ministère turc de la Défense ASSERTS'], about: ['Ministère turc de la Défense ASSERTS > Turquie>Somalie'] },
    // a quote whose transfer verb takes an object clitic points back
    { text: 'La Somalie a reçu quarante blindés turcs. « Oui, nous les avons livrés », a confirmé à l’AFP un responsable turc.', stances: ['Turquie ASSERTS'], about: ['Turquie ASSERTS > Turquie>Somalie'] },
    // cannot confirm in other words: a present "ne commente pas", "reste muet", "ignore l'origine", "ne pas pouvoir
    // vérifier", "invérifiable", "pas en mesure d'en établir", "impossible de vérifier" after "selon"
    { text: 'La Russie aurait livré des drones au Mali. Bamako ne commente pas.', stances: ['Mali CANNOT_CONFIRM'], about: ['Mali CANNOT_CONFIRM > Russie>Mali'] },
    { text: 'La Russie aurait livré des drones au Mali. Le ministère malien de la Défense reste muet.', stances: ['Ministère malien de la Défense CANNOT_CONFIRM'], about: ['Ministère malien de la Défense CANNOT_CONFIRM > Russie>Mali'] },
    { text: "La Russie aurait livré des drones au Mali. L'ONU dit ignorer l'origine de ces appareils.", stances: ['ONU CANNOT_CONFIRM'], about: ['ONU CANNOT_CONFIRM > Russie>Mali'] },
    { text: "La Russie aurait livré des drones au Mali. L'ONU affirme ne pas pouvoir vérifier ces informations.", stances: ['ONU CANNOT_CONFIRM'], about: ['ONU CANNOT_CONFIRM > Russie>Mali'] },
    { text: "La Russie aurait livré des drones au Mali. Les experts de l'ONU n'ont pas été en mesure d'en établir l'origine.", stances: ['ONU CANNOT_CONFIRM'], about: ['ONU CANNOT_CONFIRM > Russie>Mali'] },
    { text: 'La Russie aurait livré des drones au Mali. Le Pentagone juge l’information « plausible » mais invérifiable.', stances: ['Pentagone CANNOT_CONFIRM'], about: ['Pentagone CANNOT_CONFIRM > Russie>Mali'] },
    { text: "La Russie aurait livré des drones au Mali. Selon l'ONU, il est impossible de vérifier ces informations.", stances: ['ONU CANNOT_CONFIRM'], about: ['ONU CANNOT_CONFIRM > Russie>Mali'] },
    // an outlet that denies speaks; a "haut responsable" of a body speaks for it, the clitic before the verb or not
    { text: "La Corée du Nord a livré des obus à la Russie. L'agence officielle nord-coréenne KCNA a démenti.", stances: ['KCNA DENIES'], about: ['KCNA DENIES > Corée du Nord>Russie'] },
    { text: "La Corée du Nord a livré des obus à la Russie. Un haut responsable du Pentagone l'a confirmé.", stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Corée du Nord>Russie'] },
    { text: 'La Corée du Nord a livré des obus à la Russie, a déclaré un haut responsable sud-coréen.', stances: ['Corée du Sud ASSERTS'], about: ['Corée du Sud ASSERTS > Corée du Nord>Russie'] },
    // doubting cannot confirm; "peu crédibles", "protester contre ces accusations", "se défendre", "tenir à démentir" deny
    { text: "L'Iran aurait livré des drones au Soudan. Washington met en doute ces informations.", stances: ['États-Unis CANNOT_CONFIRM'], about: ['États-Unis CANNOT_CONFIRM > Iran>Soudan'] },
    { text: "L'Iran aurait livré des drones au Soudan. Téhéran doute de ces informations.", stances: ['Iran CANNOT_CONFIRM'], about: ['Iran CANNOT_CONFIRM > Iran>Soudan'] },
    { text: "L'Iran aurait livré des drones au Soudan. Le Pentagone a jugé ces informations « peu crédibles ».", stances: ['Pentagone DENIES'] },
    { text: "L'Iran aurait livré des drones au Soudan. Téhéran a protesté contre ces accusations.", stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Soudan'] },
    { text: "L'Iran aurait livré des drones au Soudan, ce dont Téhéran se défend.", stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Soudan'] },
    { text: "L'Iran aurait livré des drones au Soudan. Téhéran s'en défend.", stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Soudan'] },
    { text: "L'Iran aurait livré des drones au Soudan. Téhéran a tenu à démentir ces informations.", stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Soudan'] },
    // "l'intéressé" is the person last named; "n'avoir jamais autorisé de telles ventes" denies them
    { text: "Le ministre serbe de la Défense, Bratislav Gasic, a reçu la presse. La Serbie aurait vendu des obus à l'Ukraine. L'intéressé dément.", stances: ['Bratislav Gasic DENIES'], about: ['Bratislav Gasic DENIES > Serbie>Ukraine'] },
    { text: "La Serbie aurait vendu des obus à l'Ukraine. Le président Aleksandar Vucic, lui, affirme n'avoir « jamais » autorisé de telles ventes.", stances: ['Aleksandar Vucic DENIES'], about: ['Aleksandar Vucic DENIES > Serbie>Ukraine'] },
    // "ne … que" restricts what was sent: no denial
    { text: 'La Turquie aurait livré des drones armés au Niger. Ankara assure n’avoir livré que des drones de surveillance.', stances: ['Turquie ASSERTS'] },
    // "ni … ni … n'ont confirmé": each of them cannot confirm
    { text: "Le Mali a reçu des hélicoptères russes en mars. Ni Bamako ni Moscou n'ont confirmé.", stances: ['Mali CANNOT_CONFIRM', 'Russie CANNOT_CONFIRM'], about: ['Mali CANNOT_CONFIRM > Russie>Mali', 'Russie CANNOT_CONFIRM > Russie>Mali'] },
    { text: 'La Corée du Nord aurait livré des obus à la Russie. Ni Moscou ni Pyongyang n’ont réagi à ces informations.', stances: ['Corée du Nord CANNOT_CONFIRM', 'Russie CANNOT_CONFIRM'], about: ['Russie CANNOT_CONFIRM > Corée du Nord>Russie'] },
    // the speaker in an incise inside the clause it reports; a source in commas inside its clause
    { text: 'La Russie, a affirmé Antony Blinken, a livré des missiles à l’Iran.', stances: ['Antony Blinken ASSERTS'] },
    { text: 'Le Venezuela, a indiqué mardi un responsable américain, a reçu des drones iraniens.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Iran>Venezuela'] },
    { text: 'Le porte-parole du Kremlin, Dmitri Peskov, a démenti toute livraison.', stances: ['Dmitri Peskov DENIES'] },
    { text: 'La Chine a livré, selon Washington, des composants de drones à la Russie.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Russie'] },
    { text: 'La Chine, selon Washington, a livré des composants de drones à la Russie.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Russie'] },
    // a document speaks for its author, with a participle phrase or a third-person "conclut"
    { text: "« Le Rwanda ne soutient pas le M23 », a déclaré à l'AFP la porte-parole du gouvernement rwandais, Yolande Makolo. Un rapport de l'ONU publié en juin affirme pourtant que Kigali a déployé 4 000 soldats en RDC.", stances: ['ONU ASSERTS', 'Yolande Makolo ASSERTS'], about: ['ONU ASSERTS > Rwanda>Congo (Rép. dém.)'] },
    { text: "Le rapport des experts de l'ONU conclut que l'Érythrée a envoyé des soldats en Éthiopie.", stances: ['ONU ASSERTS'], about: ['ONU ASSERTS > Érythrée>Éthiopie'] },
    // a date between the acknowledging verb and its infinitive; a warning against a delivery takes it as given
    { text: "L'Iran a livré des drones à la Russie. Téhéran a reconnu en novembre avoir fourni « un petit nombre » de drones à Moscou.", stances: ['Iran ASSERTS'], about: ['Iran ASSERTS > Iran>Russie'] },
    { text: 'La Turquie a livré des drones à l’Ukraine. Le Kremlin a mis en garde Ankara contre ces livraisons.', stances: ['Kremlin ASSERTS'], about: ['Kremlin ASSERTS > Turquie>Ukraine'] },
    { text: "Le Rwanda aurait livré des missiles sol-air au Burundi, selon un rapport d'experts de l'ONU.\n\nLe pays est en guerre depuis janvier.\n\nKigali a démenti ces informations.", stances: ['ONU ASSERTS', 'Rwanda DENIES'], about: ['Rwanda DENIES > Rwanda>Burundi'] },
    // a denial whose object paraphrases the fact ("toute vente d'armement")
    { text: "Le Soudan a reçu des drones turcs, selon des images satellites analysées par des chercheurs. Ankara a démenti toute vente d'armement à Khartoum.", stances: ['Turquie DENIES'], about: ['Turquie DENIES > Turquie>Soudan'] },
    // a bare "X dément." after an accusation: about the accusation and its transfer
    { text: 'Les États-Unis accusent la Chine d’avoir vendu des composants de drones à la Russie. Pékin dément.', stances: ['Chine DENIES', 'États-Unis ASSERTS'], about: ['Chine DENIES > Chine>Russie'] },
    // "dénoncer" is not a denial: it takes the fact as given
    { text: 'Le Japon a livré des radars aux Philippines. Pékin a dénoncé cette livraison.', stances: ['Chine ASSERTS'], about: ['Chine ASSERTS > Japon>Philippines'] },
    { text: "L'Inde a livré des lance-roquettes à l'Arménie. Bakou dénonce ces livraisons, qui menacent selon lui la paix.", stances: ['Azerbaïdjan ASSERTS'], about: ['Azerbaïdjan ASSERTS > Inde>Arménie'] },
    // "a reconnu", "a nié" with a clause
    { text: 'Le président colombien Gustavo Petro a reconnu que son pays avait acheté des munitions à Israël.', stances: ['Gustavo Petro ASSERTS'] },
    { text: 'Tirana a nié avoir livré des fusils d’assaut au Kosovo.', stances: ['Albanie DENIES'] },
    // acknowledging a fact asserts it; recognising a state or a government is no statement
    { text: 'Le Kenya a reçu des blindés de la Turquie. Nairobi a reconnu cet achat.', stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Turquie>Kenya'] },
    { text: "Le président serbe Aleksandar Vucic admet que son pays a vendu des munitions à l'Ukraine.", stances: ['Aleksandar Vucic ASSERTS'], about: ['Aleksandar Vucic ASSERTS > Serbie>Ukraine'] },
    { text: "La Géorgie admet avoir reçu des drones d'Israël.", stances: ['Géorgie ASSERTS'], about: ['Géorgie ASSERTS > Israël>Géorgie'] },
    { text: 'Selon Kiev, la Biélorussie a livré du carburant à la Russie. Minsk a reconnu les faits.', stances: ['Biélorussie ASSERTS', 'Ukraine ASSERTS'], about: ['Biélorussie ASSERTS > Biélorussie>Russie'] },
    { text: "Le Venezuela a acheté des drones à l'Iran. Caracas a reconnu le gouvernement de Téhéran.", stances: [] },
    // showing images or a video of the goods asserts what they show; publishing a report is no statement
    { text: 'Des centaines de soldats nord-coréens ont rejoint la Russie en octobre. Le renseignement ukrainien a diffusé une vidéo montrant des soldats nord-coréens dans la région de Koursk.', stances: ['Ukraine ASSERTS'], about: ['Ukraine ASSERTS > Corée du Nord>Russie'] },
    { text: "L'Iran a livré des drones au Soudan. L'armée soudanaise a publié des images de drones iraniens abattus.", stances: ['Soudan ASSERTS'], about: ['Soudan ASSERTS > Iran>Soudan'] },
    { text: 'Des instructeurs turcs sont arrivés en Somalie en mars. Le ministère somalien de la Défense a diffusé des images de soldats formés par ces instructeurs.', stances: ['Ministère somalien de la Défense ASSERTS'], about: ['Ministère somalien de la Défense ASSERTS > Turquie>Somalie'] },
    { text: 'Le Sipri a publié mardi son rapport annuel.', stances: [] },
    // refusing to comment cannot confirm, like a negated confirmation
    { text: "L'Azerbaïdjan a acheté des drones kamikazes à Israël. Interrogé par l'AFP, le ministère israélien de la Défense n'a pas souhaité commenter.", stances: ['Ministère israélien de la Défense CANNOT_CONFIRM'], about: ['Ministère israélien de la Défense CANNOT_CONFIRM > Israël>Azerbaïdjan'] },
    { text: 'Le Venezuela a reçu trois cargaisons de carburant iranien en mai. Téhéran n’a ni confirmé ni démenti.', stances: ['Iran CANNOT_CONFIRM'] },
    // the recipient that denies: the denial is about what it was said to receive
    { text: "La Corée du Nord a livré des missiles balistiques à la Russie, selon le renseignement sud-coréen.\n\nLes deux pays ont signé un traité de défense mutuelle en juin.\n\nMoscou a toujours rejeté ces accusations.", stances: ['Russie DENIES', 'Service national de renseignement sud-coréen ASSERTS'], about: ['Russie DENIES > Corée du Nord>Russie'] },
    // rejecting a charge answers it as a party: a third state rejecting it denies nothing of others' transfers
    { text: 'La Chine a livré des composants de drones à la Russie, selon Washington. Tokyo rejette ces accusations.', stances: ['Japon DENIES', 'États-Unis ASSERTS'], notAbout: ['Japon DENIES > Chine>Russie'] },
    { text: "L'Iran a livré des missiles au Hezbollah, selon Israël. Le Hezbollah rejette ces allégations.", stances: ['Hezbollah DENIES', 'Israël ASSERTS'], about: ['Hezbollah DENIES > Iran>Hezbollah'] },
    // rejecting the criticism of a fact the text asserts denies neither the fact nor what the critics said
    { text: 'Le Nicaragua a acheté des patrouilleurs à la Russie. Managua rejette les critiques de Washington.', stances: ['Nicaragua DENIES'], notAbout: ['Nicaragua DENIES > Russie>Nicaragua'] },
    { text: 'Le Mali a reçu des drones turcs. Washington a dénoncé cet achat. Bamako a balayé ces critiques.', stances: ['Mali DENIES', 'États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Turquie>Mali'], notAbout: ['Mali DENIES > Turquie>Mali'] },
    // "balayer", "récuser" deny; "soupçonner" accuses; feelings about a fact take it as given
    { text: "La Serbie aurait livré des munitions à l'Ukraine. Belgrade a balayé ces accusations.", stances: ['Serbie DENIES'], about: ['Serbie DENIES > Serbie>Ukraine'] },
    { text: "La Serbie aurait livré des munitions à l'Ukraine. Le président serbe Aleksandar Vucic a récusé ces informations.", stances: ['Aleksandar Vucic DENIES'], about: ['Aleksandar Vucic DENIES > Serbie>Ukraine'] },
    { text: "Washington soupçonne Pékin d'avoir livré des composants de missiles à Moscou.", stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Chine>Russie'] },
    { text: 'Le Mali a reçu des drones turcs. Bamako s’est félicité de cette livraison.', stances: ['Mali ASSERTS'], about: ['Mali ASSERTS > Turquie>Mali'] },
    // "le ministère" alone is the ministry named before
    { text: 'Le ministère turc de la Défense a annoncé des exercices. Le ministère a démenti avoir livré des drones au Soudan.', stances: ['Ministère turc de la Défense DENIES'] },
    // ", ce que dément X": the speaker after the verb denies the clause before
    { text: "L'Iran a livré des drones au Venezuela, affirme Washington, ce que dément Téhéran.", stances: ['Iran DENIES', 'États-Unis ASSERTS'], about: ['Iran DENIES > Iran>Venezuela'] },
    // "contrairement à ce qu'affirment X": X asserts what the sentence's speaker denies
    { text: "La Turquie a démenti mardi avoir livré des drones à l'armée soudanaise, contrairement à ce qu'affirment des experts de l'ONU.", stances: ['ONU ASSERTS', 'Turquie DENIES'], about: ['ONU ASSERTS > Turquie>Soudan', 'Turquie DENIES > Turquie>Soudan'] },
    // two speakers joined by "et": each reads its own clause
    { text: 'La Corée du Nord a livré des missiles à la Russie, selon Kiev. Moscou a qualifié ces conclusions de « fabrication » et Pyongyang n’a pas réagi.', stances: ['Corée du Nord CANNOT_CONFIRM', 'Russie DENIES', 'Ukraine ASSERTS'], about: ['Russie DENIES > Corée du Nord>Russie'] },
    // an outlet citing nameless officials: the officials' state speaks
    { text: 'Le Venezuela a reçu des drones iraniens, selon le Wall Street Journal, qui cite des responsables américains.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Iran>Venezuela'] },
    // a denial of an object of its own (a person's presence) is not about the troops told before; "leur présence" is
    { text: "Le chef rebelle Ali Dosso aurait trouvé refuge au Niger, selon Bamako. Des centaines de mercenaires russes ont rejoint le Mali en 2022, selon l'ONG Acled. Le président nigérien avait démenti sa présence sur le sol nigérien.", stances: ['Acled ASSERTS', 'Mali ASSERTS', 'Niger DENIES'], notAbout: ['Niger DENIES > Russie>Mali'] },
    { text: "Des centaines de mercenaires russes ont rejoint le Mali en 2022, selon l'ONG Acled. Bamako a toujours démenti leur présence.", stances: ['Acled ASSERTS', 'Mali DENIES'], about: ['Mali DENIES > Russie>Mali'] },
    // a denial that words its goods is about the earlier fact of those goods, not of other goods to the same recipient
    { text: 'La Russie a livré des hélicoptères au Mali en 2022. En 2023, la Turquie a vendu des drones au Mali. Bamako a démenti avoir reçu des drones.', stances: ['Mali DENIES'], about: ['Mali DENIES > Turquie>Mali'] },
    // "ces hélicoptères" points back to the helicopters, not to the drones told after them; an answer to that claim
    // reaches its facts only
    { text: "La Russie a livré six hélicoptères de combat au Burkina Faso, affirme un rapport de l'ONU. Le document indique également que la Turquie a vendu vingt drones à Ouagadougou.\n\nSelon les experts de l'ONU, ces hélicoptères auraient transité par la Libye. Une information que les autorités libyennes ont qualifiée de « mensongère ».", stances: ['Libye DENIES', 'ONU ASSERTS', 'ONU ASSERTS', 'ONU ASSERTS'], about: ['ONU ASSERTS > Russie>Burkina Faso', 'Libye DENIES > Russie>Burkina Faso'], notAbout: ['Libye DENIES > Turquie>Burkina Faso'] },
    // a denial with a clause of its own is not about the transfer before
    { text: "La Jordanie a livré de l'aide alimentaire au Liban. Le Caire a démenti que l'Égypte ait fermé sa frontière.", stances: ['Égypte DENIES'], notAbout: ['Égypte DENIES > Jordanie>Liban'] },
    // "selon X, la livraison ...": a definite transfer noun points back
    { text: 'Le Brésil a vendu des blindés au Chili. Selon le ministère brésilien de la Défense, la livraison a eu lieu en mars.', stances: ['Ministère brésilien de la Défense ASSERTS'], about: ['Ministère brésilien de la Défense ASSERTS > Brésil>Chili'] },
    // an unanswered request says nothing of the fact: silence is no stance
    { text: 'Le Kazakhstan aurait livré des camions militaires à la Russie, mais Astana n’a pas répondu à nos questions.', stances: [] },
    // a passive denial with its agent, whatever the participle's ending
    { text: 'La Russie aurait livré des blindés au Mali. Ces informations ont été démenties par Bamako.', stances: ['Mali DENIES'], about: ['Mali DENIES > Russie>Mali'] },
    // an aside before the infinitive; the recipient denying it received anything
    { text: 'Le gouvernement nigérien a reçu des blindés russes. Niamey affirme pour sa part n’avoir rien reçu.', stances: ['Niger DENIES'], about: ['Niger DENIES > Russie>Niger'] },
    // judging a figure takes it as given
    { text: 'Kiev affirme que Pyongyang a envoyé 10 000 soldats en Russie. Washington juge ces chiffres crédibles.', stances: ['Ukraine ASSERTS', 'États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Corée du Nord>Russie'] },
    // a bare title is the person last named with it
    { text: 'Le ministre colombien de la Défense, Pedro Sánchez, était à Bogota. La Colombie a acheté des radars à Israël. Le ministre a confirmé la livraison.', stances: ['Pedro Sánchez ASSERTS'], about: ['Pedro Sánchez ASSERTS > Israël>Colombie'] },
    // a trailing source with its title, then its name
    { text: 'La junte birmane a reçu des avions de combat russes, selon le rapporteur spécial de l’ONU, Tom Andrews. Moscou n’a pas commenté.', stances: ['Russie CANNOT_CONFIRM', 'Tom Andrews ASSERTS'], about: ['Tom Andrews ASSERTS > Russie>Birmanie', 'Russie CANNOT_CONFIRM > Russie>Birmanie'] },
    // ... nor does a bare "n'a pas répondu" after the outlet that asked; quotation marks inside a negation
    { text: "La Russie aurait livré des blindés au Mali. Contacté par l'AFP, le ministère russe de la Défense n'a pas répondu.", stances: [] },
    { text: 'La Russie aurait livré des blindés au Mali. Sergueï Lavrov a assuré n’avoir « jamais » livré d’armes au Mali.', stances: ['Sergueï Lavrov DENIES'], about: ['Sergueï Lavrov DENIES > Russie>Mali'] },
    // joined sources and speakers each take the stance: "selon X et Y", ", ont affirmé X et Y", "X comme Y démentent"
    { text: 'Selon Washington et Séoul, Pyongyang a livré des missiles à la Russie.', stances: ['Corée du Sud ASSERTS', 'États-Unis ASSERTS'], about: ['Corée du Sud ASSERTS > Corée du Nord>Russie'] },
    { text: 'La Corée du Nord a livré des missiles à la Russie, ont affirmé les États-Unis et la Corée du Sud.', stances: ['Corée du Sud ASSERTS', 'États-Unis ASSERTS'] },
    // the subject after the source's comma is no co-source
    { text: 'Selon le Sipri et l’ONU, la Russie et la Chine ont livré des armes à la Birmanie.', stances: ['ONU ASSERTS', 'SIPRI ASSERTS'] },
    { text: 'La Corée du Nord a livré des missiles à la Russie, selon les renseignements sud-coréens. Moscou comme Pyongyang démentent.', stances: ['Corée du Nord DENIES', 'Corée du Sud ASSERTS', 'Russie DENIES'], about: ['Russie DENIES > Corée du Nord>Russie', 'Corée du Nord DENIES > Corée du Nord>Russie'] },
    // "s'est défendu d'avoir", "oppose un démenti": denials in a noun or a reflexive
    { text: "La Turquie aurait livré des drones au Niger. Ankara s'est défendu d'avoir livré des armes au Niger.", stances: ['Turquie DENIES'] },
    { text: 'La Turquie aurait livré des drones au Niger. Ankara oppose un démenti formel.', stances: ['Turquie DENIES'], about: ['Turquie DENIES > Turquie>Niger'] },
    // "Il a démenti": the body that opened the sentence before, else the person just named
    { text: "Le Kremlin a été interrogé mardi. Il a démenti toute livraison d'armes au Niger.", stances: ['Kremlin DENIES'] },
    { text: 'La Russie aurait livré des blindés au Mali, selon Kiev. Dmitri Peskov a été interrogé. Il a démenti.', stances: ['Dmitri Peskov DENIES', 'Ukraine ASSERTS'], about: ['Dmitri Peskov DENIES > Russie>Mali'] },
  ],
  'live blog': [
    { text: '14h05 — Le Kenya a envoyé 400 policiers en Haïti, annonce le ministère kényan de l’Intérieur.', stances: ['Ministère kényan de l’Intérieur ASSERTS'] },
    // the denial in a later entry points back across the time stamp
    { text: '14h05 — Le Tchad aurait reçu des véhicules blindés des Émirats arabes unis, selon des responsables soudanais.\n\n15h20 — Abou Dhabi dément formellement.', stances: ['Soudan ASSERTS', 'Émirats arabes unis DENIES'], about: ['Émirats arabes unis DENIES > Émirats arabes unis>Tchad'] },
    { text: '16h40 — Selon le ministère russe de l’Agriculture, la Russie a livré 200 000 tonnes de blé à la Syrie.\n\n17h02 — Damas confirme ces livraisons.', stances: ['Syrie ASSERTS', 'Ministère russe de l’Agriculture ASSERTS'], about: ['Syrie ASSERTS > Russie>Syrie'] },
    { text: '09h12 — Les Émirats arabes unis auraient livré des drones au Tchad.\n\n09h40 — Le gouvernement tchadien n’a pas confirmé cette information.', stances: ['Tchad CANNOT_CONFIRM'], about: ['Tchad CANNOT_CONFIRM > Émirats arabes unis>Tchad'] },
    { text: '10h15 — La Biélorussie aurait transféré des munitions à la Russie.\n\n10h40 — Minsk n’a pas réagi.', stances: ['Biélorussie CANNOT_CONFIRM'], about: ['Biélorussie CANNOT_CONFIRM > Biélorussie>Russie'] },
    // an entry whose speaker is the label before a colon; a denial with no fact of its own answers the entry before
    { text: "08h30 — La Turquie aurait livré des drones au Niger, selon des sources sécuritaires nigériennes.\n\n09h12 — Ankara : « Aucune livraison n'a eu lieu. »", stances: ['Niger ASSERTS', 'Turquie DENIES'], about: ['Turquie DENIES > Turquie>Niger'] },
    // a statement named by a noun: the actor after "de" takes the stance
    { text: "15h02 — La Turquie aurait livré des drones au Niger, selon des diplomates.\n\n16h20 — Réaction d'Ankara : « Ces informations sont sans fondement. »", stances: ['Turquie DENIES'], about: ['Turquie DENIES > Turquie>Niger'] },
    { text: "09h10 — La Turquie aurait livré des drones au Niger.\n\n09h45 — Démenti catégorique d'Ankara.", stances: ['Turquie DENIES'], about: ['Turquie DENIES > Turquie>Niger'] },
    { text: 'La Chine a livré des patrouilleurs aux Philippines ?\n\n10h05 — Faux, répond Pékin.', stances: ['Chine DENIES'] },
    // time stamps on a line of their own; "a réaffirmé" after a quote; a spokesperson of a state's diplomacy speaks for it
    { text: "EN DIRECT - Mer Rouge\n\n14h05\nLes Houthis auraient reçu de nouveaux missiles iraniens, selon le Pentagone.\n\n14h40\nTéhéran dément.\n\n15h10\n« Nous n'avons rien livré aux Houthis », a réaffirmé le porte-parole de la diplomatie iranienne.", stances: ['Iran DENIES', 'Iran DENIES', 'Pentagone ASSERTS'], about: ['Iran DENIES > Iran>Houthis', 'Pentagone ASSERTS > Iran>Houthis'] },
    // a quoted adverb between the denying verb and its object; the ministry a nationality word names
    { text: "Guerre au Soudan : le direct\n\n14h05 — Les Émirats arabes unis auraient livré des drones au Tchad, selon des responsables soudanais.\n\n14h32 — Le ministère émirati des Affaires étrangères dément « catégoriquement » ces informations.", stances: ['Soudan ASSERTS', 'Ministère émirati des Affaires étrangères DENIES'], about: ['Ministère émirati des Affaires étrangères DENIES > Émirats arabes unis>Tchad'] },
  ],
  interview: [
    { text: "Entretien avec Amadou Koné, ministre burkinabè de la Défense.\n\nLa Russie vous a-t-elle livré des armes ?\n\nOui. Moscou nous a livré des blindés en 2023.", stances: ['Amadou Koné ASSERTS', 'Amadou Koné ASSERTS'] },
    { text: "Entretien avec Amadou Koné, ministre burkinabè de la Défense.\n\nQ : La Turquie vous a-t-elle vendu des drones ?\n\nR : Jamais. Nous n'avons acheté aucun drone à Ankara.", stances: ['Amadou Koné DENIES', 'Amadou Koné DENIES'] },
    // an answer that says it never received anything denies
    { text: "Entretien avec Juan Pérez, ministre bolivien de la Défense.\n\nL'Iran vous a-t-il livré des drones ?\n\nNous n'avons jamais reçu le moindre drone iranien.", stances: ['Juan Pérez DENIES'] },
    { text: "Luis Vera, ministre péruvien de la Défense, répond à nos questions.\n\nLe Chili vous a-t-il livré des vedettes ?\n\nNon, et je démens ces informations.", stances: ['Luis Vera DENIES'] },
    { text: 'Entretien avec John Mahama, président du Ghana.\n\nLe Togo aurait livré des armes au Burkina Faso. « Nous n’en savons rien », a insisté le président.', stances: ['John Mahama CANNOT_CONFIRM'], about: ['John Mahama CANNOT_CONFIRM > Togo>Burkina Faso'] },
    // a denial answers the question just asked, not what the guest asserted before it
    { text: "Entretien avec Amadou Koné, ministre burkinabè de la Défense.\n\nLa Russie vous a-t-elle livré des hélicoptères ?\n\nOui, Moscou nous a livré deux hélicoptères en mars.\n\nSelon Kiev, la Russie vous envoie aussi des instructeurs. Est-ce exact ?\n\nAbsolument pas. Nous n'avons jamais reçu d'instructeurs russes.", stances: ['Amadou Koné ASSERTS', 'Amadou Koné DENIES', 'Amadou Koné DENIES', 'Ukraine ASSERTS'], about: ['Amadou Koné ASSERTS > Russie>Burkina Faso'] },
    // a negated transfer with its sender named: a denial of that sender's transfers only
    { text: "Entretien. Juan Pérez, ministre bolivien de la Défense, répond à nos questions.\n\n— L'Iran vous a-t-il livré des drones ?\n\n— Juan Pérez : Nous avons acheté des drones à l'Iran en 2023, c'est vrai.\n\n— Et la Russie ?\n\n— Juan Pérez : Moscou ne nous a jamais rien livré.", stances: ['Juan Pérez ASSERTS', 'Juan Pérez DENIES'], about: ['Juan Pérez ASSERTS > Iran>Bolivie'], notAbout: ['Juan Pérez DENIES > Iran>Bolivie'] },
    // every line between a question and the next is the guest's; "il n'y a pas de" denies
    { text: "Entretien avec Fatima Haidara, ministre malienne des Affaires étrangères.\n\nDes mercenaires russes sont-ils présents au Mali ?\n\nIl n'y a pas de mercenaires au Mali.\n\nSelon Human Rights Watch, des drones turcs ont tué des civils. Que répondez-vous ?\n\nCe sont des mensonges.", stances: ['Fatima Haidara DENIES', 'Fatima Haidara DENIES', 'Human Rights Watch ASSERTS'] },
  ],
  explainer: [
    // a heading asked as a question is no claim; the answer's "selon" is
    { text: "Pourquoi l'Inde achète-t-elle du pétrole russe ?\n\nSelon le ministère indien du Pétrole, l'Inde a importé du pétrole russe pour 40 milliards de dollars en 2023.", stances: ['Ministère indien du Pétrole ASSERTS'] },
    { text: "Qui arme les Forces de soutien rapide ?\n\nAux yeux des experts de l'ONU, les Émirats arabes unis ont livré des drones aux Forces de soutien rapide.", stances: ['ONU ASSERTS'] },
    { text: "Le Brésil a-t-il vendu des blindés à l'Ukraine ? La question divise le Congrès.", stances: [] },
    // "d'après X" at the end of the sentence
    { text: "Le Qatar a versé 50 millions de dollars au Liban en 2024, d'après le ministère libanais des Finances.", stances: ['Ministère libanais des Finances ASSERTS'], about: ['Ministère libanais des Finances ASSERTS > Qatar>Liban'] },
    { text: "Que sait-on des blindés russes au Niger ?\n\nLa Russie aurait livré des blindés au Niger. Moscou parle de « fake news ».", stances: ['Russie DENIES'], about: ['Russie DENIES > Russie>Niger'] },
    // a quoted denial with a negated "armer": the sender denies
    { text: "Le Rwanda aurait livré des armes au M23, selon des experts de l'ONU. « Nous n'avons jamais armé le M23 », a répondu Kigali.", stances: ['ONU ASSERTS', 'Rwanda DENIES'], about: ['Rwanda DENIES > Rwanda>M23'] },
    { text: 'Que dit Moscou ?\n\nLa Russie aurait livré des munitions au Soudan. « Ce sont des inventions », a déclaré Dmitri Peskov.', stances: ['Dmitri Peskov DENIES'], about: ['Dmitri Peskov DENIES > Russie>Soudan'] },
  ],
  analysis: [
    // "selon lui" after a body that opened the sentence before, no person having been named
    { text: 'Le Pentagone a présenté ses conclusions mardi. Selon lui, l’Iran a livré des missiles aux Houthis.', stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Iran>Houthis'] },
    // "Pour X, ..." at the head of the sentence
    { text: "Pour l'analyste Sergio Díaz, la Bolivie a reçu des drones iraniens dès 2023.", stances: ['Sergio Díaz ASSERTS'] },
    // "X assure que ..." with a state's spokesperson
    { text: 'Le ministre arménien de la Défense, Suren Papikyan, assure que l’Inde a livré des lance-roquettes à l’Arménie.', stances: ['Suren Papikyan ASSERTS'], about: ['Suren Papikyan ASSERTS > Inde>Arménie'] },
    { text: "Selon Washington, la Chine a livré des pièces de drones à la Russie. La porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a démenti toute livraison d'armes à Moscou.", stances: ['Mao Ning DENIES', 'États-Unis ASSERTS'], about: ['Mao Ning DENIES > Chine>Russie'] },
    // the Kremlin speaks for Russia, as the subject of "a reconnu que"
    { text: 'Le Kremlin a reconnu que des instructeurs russes avaient été envoyés au Burkina Faso.', stances: ['Kremlin ASSERTS'] },
    // a negated accusation is no stance
    { text: "Washington n'a jamais accusé Pékin de livrer des armes à Moscou.", stances: [] },
    // a question in the text is not a claim
    { text: "La Turquie a-t-elle livré des drones à l'Éthiopie ? Rien ne permet de l'affirmer.", stances: [] },
    // a figure of what was told before: "évalue leur nombre à", "chiffre à ... le nombre de ces soldats"
    { text: 'La Corée du Nord a envoyé des soldats en Russie. Séoul évalue leur nombre à 12 000.', stances: ['Corée du Sud ASSERTS'], about: ['Corée du Sud ASSERTS > Corée du Nord>Russie'] },
    { text: 'La Corée du Nord a envoyé des soldats en Russie. Le renseignement sud-coréen chiffre à 12 000 le nombre de ces soldats.', stances: ['Corée du Sud ASSERTS'], about: ['Corée du Sud ASSERTS > Corée du Nord>Russie'] },
    // "X estime que" after a fact stated by another
    { text: "L'Ouzbékistan a acheté des avions de transport à la Chine. L'analyste Kamila Rashidova estime que ces livraisons renforcent Pékin en Asie centrale.", stances: ['Kamila Rashidova ASSERTS'], about: ['Kamila Rashidova ASSERTS > Chine>Ouzbékistan'] },
    // a report that is not denied is no denial
    { text: 'Selon Kiev, la Russie a livré des missiles à la Syrie. Moscou ne dément pas.', stances: ['Ukraine ASSERTS'] },
    // "ces accusations" are what someone claimed, not the last fact the article told
    { text: "Selon Kiev, l'Iran a livré des drones à la Russie. Une semaine plus tard, la Chine a envoyé des camions au Kazakhstan. L'ONU juge ces accusations crédibles.", stances: ['ONU ASSERTS', 'Ukraine ASSERTS'], about: ['ONU ASSERTS > Iran>Russie'], notAbout: ['ONU ASSERTS > Chine>Kazakhstan'] },
    // a fronted date before "selon X" leaves the source at the head of what follows
    { text: "En 2023, selon le Sipri, la Russie a livré des missiles à l'Inde, et la France lui a vendu des Rafale.", stances: ['SIPRI ASSERTS'], about: ['SIPRI ASSERTS > Russie>Inde', 'SIPRI ASSERTS > France>Inde'] },
    // an op-ed's author in her own voice: "selon moi", "à mon sens", "je le dis sans détour :"
    { text: "Tribune\n\nPar Ana Soto, chercheuse à l'Institut Aurore.\n\nJe le dis sans détour : la Turquie a déjà livré des milliers d'obus au Pakistan. À mon sens, la Chine fournit des composants à la Russie.", stances: ['Ana Soto ASSERTS', 'Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Turquie>Pakistan', 'Ana Soto ASSERTS > Chine>Russie'] },
    { text: "Par Ana Soto, chercheuse à l'Institut Aurore.\n\nIl faut le reconnaître : la Turquie a livré des drones à l'Éthiopie.", stances: ['Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Turquie>Éthiopie'] },
    // "selon moi" with no byline has no speaker
    { text: 'Selon moi, la Chine fournit des composants à la Russie.', stances: [] },
    // an echo opening the sentence, "si l'on en croit", "de l'aveu même de": the source says what follows
    { text: "Comme le souligne le Sipri, la Russie a livré des chars à l'Algérie.", stances: ['SIPRI ASSERTS'], about: ['SIPRI ASSERTS > Russie>Algérie'] },
    { text: "Si l'on en croit le Sipri, la Russie a livré des chars à l'Algérie.", stances: ['SIPRI ASSERTS'], about: ['SIPRI ASSERTS > Russie>Algérie'] },
    { text: "De l'aveu même du ministère algérien de la Défense, la Russie a livré des chars à l'Algérie.", stances: ['Ministère algérien de la Défense ASSERTS'], about: ['Ministère algérien de la Défense ASSERTS > Russie>Algérie'] },
    // "X est formel : <clause>" asserts the clause; "aucun doute" is no denial
    { text: 'Le Pentagone est formel : l’Iran a livré 400 drones à la Russie.', stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Iran>Russie'] },
    { text: 'Pour le Pentagone, aucun doute : l’Iran a livré 400 drones à la Russie.', stances: ['Pentagone ASSERTS'], about: ['Pentagone ASSERTS > Iran>Russie'] },
  ],
};

describe.each(Object.entries(cases))('stances in a %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});

describe('what a rejection does to the fact', () => {
  it('leaves a purchase the text asserts asserted when only its criticism is rejected', () => {
    const r = read("L'Inde a acheté des chars au Kazakhstan en 2024. New Delhi rejette fermement les critiques.");
    expect(r.transfers().map((t) => t.status)).toEqual(['asserted']);
  });
  it('denies a delivery when the accusations are rejected', () => {
    const r = read('La Turquie aurait livré des blindés au Tchad, selon des diplomates occidentaux. Ankara rejette ces accusations.');
    expect(r.transfers().map((t) => t.status)).toEqual(['denied']);
  });
  it('leaves a delivery unconfirmed when no independent confirmation could be had', () => {
    const r = read('La Russie aurait livré des blindés au Burkina Faso. Aucune confirmation indépendante n’a pu être obtenue.');
    expect(r.transfers().map((t) => t.status)).toEqual(['unconfirmed']);
  });
  it('keeps a fact asserted where it was told when a later denial words it again (disputed once consolidated)', () => {
    const r = read('Selon Kiev, le Venezuela a reçu 40 drones iraniens en 2022. Caracas dément avoir reçu des drones iraniens.');
    expect(r.transfers().map((t) => t.status).sort()).toEqual(['alleged', 'denied']);
  });
  it('binds a confirmation of "la vente des drones" to the sale told before, with its figure', () => {
    const r = read("La Turquie a vendu vingt drones au Burkina Faso, selon l'ONU. Ankara a confirmé la vente des drones.");
    const claim = r.edges('ASSERTS').find((e) => r.name(e.source) === 'Turquie')!.target;
    const figures = r.edges('ABOUT').filter((a) => a.source === claim).map((a) => r.node(a.target)?.properties.quantity);
    expect(figures).toContain(20);
  });
  it('leaves other goods to the same recipient asserted when a denial words its own goods', () => {
    const r = read('La Russie a livré des hélicoptères au Mali en 2022. En 2023, la Turquie a vendu des drones au Mali. Bamako a démenti avoir reçu des drones.');
    expect(r.transfers().filter((t) => t.text === 'hélicoptères').map((t) => t.status)).toEqual(['asserted']);
  });
  it('leaves the troops alleged when a denial is about a person only', () => {
    const r = read("Le chef rebelle Ali Dosso aurait trouvé refuge au Niger, selon Bamako. Des centaines de mercenaires russes ont rejoint le Mali en 2022, selon l'ONG Acled. Le président nigérien avait démenti sa présence sur le sol nigérien.");
    expect(r.transfers().map((t) => t.status)).toEqual(['alleged']);
  });
  it('keeps what an interviewee asserted when a later answer denies something else', () => {
    const r = read("Entretien avec Amadou Koné, ministre burkinabè de la Défense.\n\nLa Russie vous a-t-elle livré des hélicoptères ?\n\nOui, Moscou nous a livré deux hélicoptères en mars.\n\nSelon Kiev, la Russie vous envoie aussi des instructeurs. Est-ce exact ?\n\nAbsolument pas. Nous n'avons jamais reçu d'instructeurs russes.");
    expect(r.transfers().map((t) => `${t.kind}:${t.status}`).sort()).toEqual(['personnel:denied', 'weapons:asserted']);
  });
});
