import { describe, expect, it } from 'vitest';
import { type Case, stancesOf } from './stances-helpers';

// Who speaks and what it is about, in made-up sentences of several registers on topics no rule was written on:
// outlets that tell or carry, documents and their authors, nameless groups with or without a state, withheld
// comment, an op-ed's own voice, an interview's answers, and which of several earlier facts a stance binds.
const cases: Record<string, Case[]> = {
  'wire brief': [
    // a head noun that could point back to a body named before describes the name that follows it
    { text: "12h05 — Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a recensé 40 000 retours. 12h40 — La Russie a livré 30 000 tonnes de blé à la Syrie, selon l'agence officielle syrienne Sana.", stances: ['HCR ASSERTS', 'Sana ASSERTS'], about: ['Sana ASSERTS > Russie>Syrie'] },
    { text: "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a recensé 40 000 retours au Soudan. L'Égypte a livré 200 tonnes de farine au Soudan, a annoncé l'agence officielle égyptienne Mena.", stances: ['HCR ASSERTS', 'Mena ASSERTS'] },
    // an outlet that cites nobody is the source and asserts; an acronym in brackets closes the antecedent of "qui"
    { text: 'La Turquie a livré six drones armés au Niger, a annoncé la télévision publique nigérienne RTN.', stances: ['RTN ASSERTS'], about: ['RTN ASSERTS > Turquie>Niger'] },
    { text: "Selon l'agence Kyodo, le Japon a financé deux patrouilleurs pour le Vietnam.", stances: ['Kyodo ASSERTS'] },
    { text: 'Les Émirats arabes unis ont livré des blindés au Tchad, rapporte le Wall Street Journal.', stances: ['Wall Street Journal ASSERTS'], about: ['Wall Street Journal ASSERTS > Émirats arabes unis>Tchad'] },
    { text: 'Le Kazakhstan a reçu des blindés turcs, a annoncé la Radio-Télévision du Kazakhstan (RTK), qui a diffusé des images.', stances: ['RTK ASSERTS'], notAbout: ['Turquie ASSERTS > Turquie>Kazakhstan'] },
    // ... an outlet citing officials only carries their words
    { text: 'Le New York Times, citant des responsables américains, a rapporté que la Russie avait livré des missiles à la Syrie.', stances: ['États-Unis ASSERTS'], about: ['États-Unis ASSERTS > Russie>Syrie'] },
  ],
  dispatch: [
    // a nameless official with a body's adjective speaks for that body when the article names it
    { text: "L'Union européenne a adopté des sanctions. La Russie a livré des missiles à l'Iran, selon un haut responsable européen.", stances: ['Union européenne ASSERTS'], about: ['Union européenne ASSERTS > Russie>Iran'] },
    // withholding comment in the present, or after an aside about being asked
    { text: "L'Arabie saoudite aurait acheté des missiles chinois. Riyad se refuse à tout commentaire.", stances: ['Arabie Saoudite CANNOT_CONFIRM'], about: ['Arabie Saoudite CANNOT_CONFIRM > Chine>Arabie Saoudite'] },
    { text: 'La Chine aurait livré des drones à la Birmanie. Interrogé sur ces livraisons, le ministre birman de la Défense a refusé de commenter.', stances: ['Birmanie CANNOT_CONFIRM'], about: ['Birmanie CANNOT_CONFIRM > Chine>Birmanie'] },
    { text: 'La Russie aurait livré des missiles à la Corée du Nord. Ni Moscou ni Pyongyang n’ont confirmé.', stances: ['Russie CANNOT_CONFIRM', 'Corée du Nord CANNOT_CONFIRM'] },
    // several facts before: each party's stance binds its own fact, by sender first, never another party's
    { text: "Les Émirats auraient livré des drones au Soudan, selon l'ONU. Le Qatar a versé 20 millions de dollars au Soudan. L'Égypte aurait fourni des avions au Soudan.\n\nAbou Dhabi a rejeté ces accusations. Le Caire n'a pas réagi.", stances: ['ONU ASSERTS', 'Émirats arabes unis DENIES', 'Égypte CANNOT_CONFIRM'], about: ['Égypte CANNOT_CONFIRM > Égypte>Soudan', 'Émirats arabes unis DENIES > Émirats arabes unis>Soudan'], notAbout: ['Égypte CANNOT_CONFIRM > Émirats arabes unis>Soudan', 'Émirats arabes unis DENIES > Qatar>Soudan'] },
    { text: 'Le Rwanda aurait livré des mortiers au M23. L’Ouganda aurait livré des munitions au M23. Kigali dément. Kampala, de son côté, n’a pas commenté.', stances: ['Rwanda DENIES', 'Ouganda CANNOT_CONFIRM'], about: ['Ouganda CANNOT_CONFIRM > Ouganda>M23'], notAbout: ['Ouganda CANNOT_CONFIRM > Rwanda>M23'] },
    { text: 'La Russie aurait vendu du blé volé à la Syrie. L’Ukraine a livré du blé à l’Éthiopie. Moscou a démenti toute vente de blé.', stances: ['Russie DENIES'], about: ['Russie DENIES > Russie>Syrie'], notAbout: ['Russie DENIES > Ukraine>Éthiopie'] },
    { text: 'La Turquie a vendu des drones à l’Éthiopie. L’Iran aurait livré des drones à l’Éthiopie. Téhéran a démenti avoir livré des drones à Addis-Abeba.', stances: ['Iran DENIES'], about: ['Iran DENIES > Iran>Éthiopie'], notAbout: ['Iran DENIES > Turquie>Éthiopie'] },
    // an agency named with a longer description after the verb; an agency citing a ministry gives it the word
    { text: "Le Pakistan a reçu des frégates chinoises, a rapporté l'agence de presse officielle APP.", stances: ['APP ASSERTS'], about: ['APP ASSERTS > Chine>Pakistan'] },
    { text: "La Turquie a livré des blindés à la Somalie, rapporte l'agence Anadolu, citant le ministère turc de la Défense.", stances: ['Ministère turc de la Défense ASSERTS'], about: ['Ministère turc de la Défense ASSERTS > Turquie>Somalie'] },
    // a document in commas, or seen by an outlet, speaks for its author; documents with no author leave the outlet as source
    { text: "Un rapport de l'ONU, publié mardi, affirme que l'Iran a livré des drones au Soudan.", stances: ['ONU ASSERTS'], about: ['ONU ASSERTS > Iran>Soudan'] },
    { text: "Un rapport confidentiel de l'ONU, consulté par Reuters, affirme que l'Érythrée a reçu des munitions iraniennes.", stances: ['ONU ASSERTS'], about: ['ONU ASSERTS > Iran>Érythrée'] },
    { text: 'Des documents douaniers consultés par Le Monde montrent que la Turquie a exporté des drones vers le Niger.', stances: ['Le Monde ASSERTS'], about: ['Le Monde ASSERTS > Turquie>Niger'] },
    // a nameless group whose qualifier names no state speaks as an actor of its own; one with a nationality, for its state
    { text: 'La Russie a livré du blé à la Somalie, selon des diplomates occidentaux.', stances: ['diplomates occidentaux ASSERTS'], about: ['diplomates occidentaux ASSERTS > Russie>Somalie'] },
    { text: 'Des observateurs internationaux affirment que le Rwanda a livré des mortiers au M23.', stances: ['observateurs internationaux ASSERTS'], about: ['observateurs internationaux ASSERTS > Rwanda>M23'] },
    { text: "Le Kazakhstan a acheté des hélicoptères à la Turquie, a indiqué à l'AFP un diplomate occidental.", stances: ['diplomate occidental ASSERTS'] },
    { text: 'La Russie a livré des hélicoptères au Mali, ce que les autorités maliennes contestent.', stances: ['Mali DENIES'], about: ['Mali DENIES > Russie>Mali'] },
    // "lâche", "glisse" after a quote; a present-tense negated purchase or export in a quote denies; "c'est une rumeur" too
    { text: "La Chine a vendu des radars à la Bolivie. « Nous n'avons rien acheté à Pékin », lâche un officier bolivien.", stances: ['Bolivie DENIES'], about: ['Bolivie DENIES > Chine>Bolivie'] },
    { text: "La Chine a vendu des radars à la Bolivie. « C'est une rumeur », glisse un diplomate bolivien.", stances: ['Bolivie DENIES'], about: ['Bolivie DENIES > Chine>Bolivie'] },
    { text: "« Les Chinois nous donnent des bateaux, mais ils pillent nos eaux », lâche l'un d'eux, Tomas Reyes.", stances: ['Tomas Reyes ASSERTS'] },
    { text: "Le Kazakhstan aurait reçu des blindés turcs. « Nous n'achetons pas d'armes à l'étranger », affirme le président kazakh.", stances: ['Kazakhstan DENIES'], about: ['Kazakhstan DENIES > Turquie>Kazakhstan'] },
    { text: "Le Guatemala aurait reçu des fusils israéliens. « Nous n'importons aucune arme d'Israël », a assuré le ministre guatémaltèque de la Défense.", stances: ['Guatemala DENIES'], about: ['Guatemala DENIES > Israël>Guatemala'] },
    // "a fini par admettre que", "finit par reconnaître": an infinitive governed by "finir par" reports
    { text: "La Serbie aurait vendu des obus à l'Ukraine. En 2024, le président serbe Aleksandar Vučić a fini par admettre que des obus serbes « peuvent aboutir en Ukraine ».", stances: ['Aleksandar Vučić ASSERTS'], about: ['Aleksandar Vučić ASSERTS > Serbie>Ukraine'] },
    { text: "L'Iran aurait livré des drones au Venezuela. Caracas a fini par reconnaître avoir reçu des drones iraniens.", stances: ['Venezuela ASSERTS'], about: ['Venezuela ASSERTS > Iran>Venezuela'] },
  ],
  interview: [
    // every line after a question is the guest's: an assertion, then a denial of what the next question asked; a line
    // that states no fact of the map ("Ils surveillent le golfe de Guinée") is talk, not a stance
    { text: "Entretien avec Kofi Mensah, ministre ghanéen de la Défense.\n\nLe Ghana a-t-il reçu des patrouilleurs chinois ?\n\nOui, la Chine nous a livré quatre patrouilleurs en 2023. Ils surveillent le golfe de Guinée.\n\nEt les drones turcs ?\n\nNous n'en avons jamais reçu.", stances: ['Kofi Mensah ASSERTS', 'Kofi Mensah DENIES'], about: ['Kofi Mensah ASSERTS > Chine>Ghana'], notAbout: ['Kofi Mensah DENIES > Chine>Ghana'] },
  ],
  analysis: [
    // states opening the clause with an apposition that says what they are; a bare infinitive with a clitic ("y avoir")
    { text: "La Bulgarie et la Roumanie, toutes deux membres de l'OTAN, affirment avoir respecté l'embargo.", stances: ['Bulgarie ASSERTS', 'Roumanie ASSERTS'] },
    { text: "La Bulgarie, membre de l'OTAN, affirme avoir respecté l'embargo.", stances: ['Bulgarie ASSERTS'] },
    { text: 'Le groupe minier Kivu Gold, basé à Goma, exploite la mine de Bisie depuis 2019 et affirme y avoir investi 80 millions de dollars.', stances: ['Kivu Gold ASSERTS'] },
    { text: 'Le Chili affirme y avoir investi 80 millions de dollars.', stances: ['Chili ASSERTS'] },
    // ... but a statement whose subject is not its speaker stays unattributed
    { text: "La Hongrie, membre de l'Union européenne, bloque l'aide à l'Ukraine, déplore un diplomate.", stances: [] },
    // hedged analysis in a signed piece is the author's own voice; so is an op-ed's headline, its author presented last
    { text: "Par Ana Soto, chercheuse à l'Institut Aurore.\n\nIl semble que l'Iran ait livré des drones au Soudan. Tout indique que la Russie a fourni des hélicoptères au Mali.", stances: ['Ana Soto ASSERTS', 'Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Iran>Soudan', 'Ana Soto ASSERTS > Russie>Mali'] },
    { text: "Par Ana Soto, chercheuse à l'Institut Aurore.\n\nTout porte à croire que la Chine a livré des radars au Cambodge.", stances: ['Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Chine>Cambodge'] },
    { text: "Par Ana Soto, chercheuse à l'Institut Aurore.\n\nNous savons aujourd'hui que la Turquie a vendu des drones à l'Éthiopie.", stances: ['Ana Soto ASSERTS'], about: ['Ana Soto ASSERTS > Turquie>Éthiopie'] },
    { text: 'Tribune — Au Sahel, les drones turcs ne gagneront pas la guerre\n\nLa Turquie a livré des drones au Niger en 2023.\n\nAna Soto est chercheuse à l’Institut Aurore.', stances: ['Ana Soto ASSERTS'] },
    // ... but with no author, a hedge has no speaker
    { text: 'Tout indique que la Russie a fourni des hélicoptères au Mali.', stances: [] },
  ],
};

describe.each(Object.entries(cases))('who speaks in a %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});
