import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { type Case, stancesOf } from './stances-helpers';

// Outlets named again by their head noun, sources behind a document of an outlet, and dismissals that deny, in made-up
// sentences of several registers on topics no rule was written on (Gulf gas, Horn of Africa, Sahel, Zambian copper,
// Cambodian radars, Kenyan armour, Rio Tinto's mines).
const cases: Record<string, Case[]> = {
  'press review': [
    // "Le quotidien", "le site", "selon le journal", "Pour le journal": the outlet last named
    { text: "À Londres, le Financial Times salue l'accord. Le quotidien rappelle que le Qatar a livré l'an dernier au Pakistan environ 3 millions de tonnes de gaz naturel liquéfié.", stances: ['Financial Times ASSERTS', 'Financial Times ASSERTS'], about: ['Financial Times ASSERTS > Qatar>Pakistan'] },
    { text: "Plus sévère, le site Semafor s'interroge sur les contreparties. Le site affirme que la Turquie aurait livré à l'armée somalienne six drones Bayraktar.", stances: ['Semafor ASSERTS'], about: ['Semafor ASSERTS > Turquie>Somalie'] },
    { text: 'Le Guardian a enquêté sur les mines de cuivre. Selon le journal, la Chine a versé 40 millions de dollars à la Zambie.', stances: ['The Guardian ASSERTS'], about: ['The Guardian ASSERTS > Chine>Zambie'] },
    { text: 'Le Monde consacre sa une au Sahel. Pour le journal, « la Russie a livré des hélicoptères au Mali sans contrepartie ».', stances: ['Le Monde ASSERTS'], about: ['Le Monde ASSERTS > Russie>Mali'] },
    // ... but an outlet introduced as a site is not "le quotidien", and with no outlet named the noun speaks for nobody
    { text: "Le site d'information Semafor évoque le dossier. Le quotidien rappelle que la Russie a livré du blé à l'Égypte.", stances: ['Semafor ASSERTS'] },
    { text: 'La Chine a livré des radars au Cambodge. Le quotidien rappelle que la livraison date de mars.', stances: [] },
  ],
  'wire brief': [
    { text: "L'agence Bloomberg s'est procuré des documents douaniers. D'après l'agence, le Qatar a livré du gaz au Bangladesh.", stances: ['Bloomberg ASSERTS'], about: ['Bloomberg ASSERTS > Qatar>Bangladesh'] },
    // "l'agence" may be a body whose name holds the noun
    { text: "L'Agence internationale de l'énergie atomique publie son rapport. Selon l'agence, l'Iran a livré de l'uranium à la Russie.", stances: ['AIEA ASSERTS'], about: ['AIEA ASSERTS > Iran>Russie'] },
    { text: 'Le Washington Post revient sur la crise. Les États-Unis ont livré 20 blindés au Kenya, note le quotidien, qui cite des officiers kényans.', stances: ['Washington Post ASSERTS'], about: ['Washington Post ASSERTS > États-Unis>Kenya'] },
    // a document of an outlet introduced by its head noun: the outlet is the source
    { text: "Les Émirats ont livré des blindés au Tchad, d'après une enquête du quotidien Le Monde.", stances: ['Le Monde ASSERTS'], about: ['Le Monde ASSERTS > Émirats arabes unis>Tchad'] },
    { text: 'La Turquie a livré des drones au Niger, selon une enquête de l’agence Reuters.', stances: ['Reuters ASSERTS'], about: ['Reuters ASSERTS > Turquie>Niger'] },
    { text: "Selon un décompte de l'agence Bloomberg, la Russie a livré 300 000 tonnes de blé à la Syrie.", stances: ['Bloomberg ASSERTS'], about: ['Bloomberg ASSERTS > Russie>Syrie'] },
  ],
  'fact-check': [
    { text: "La séquence montre en réalité des chars polonais, selon une vérification de l'agence Reuters.", stances: ['Reuters ASSERTS'] },
    // "fabriqués par" says who made the goods, not that the claim was made up
    { text: "Le site Semafor affirme que l'Italie aurait livré au Niger quatre hélicoptères fabriqués par Leonardo.", stances: ['Semafor ASSERTS'], about: ['Semafor ASSERTS > Italie>Niger'] },
  ],
  dispatch: [
    // calling a claim a fable, a fantasy or an intox denies it
    { text: 'La Chine aurait livré des drones au Mali. Le porte-parole du gouvernement malien parle de « fable ».', stances: ['Mali DENIES'], about: ['Mali DENIES > Chine>Mali'] },
    { text: 'La Corée du Nord aurait vendu des obus au Soudan. Khartoum a qualifié de « fantasme » ces informations.', stances: ['Soudan DENIES'] },
    { text: "L'Iran aurait livré des missiles au Venezuela. « Nos forces n'ont besoin de personne », a réagi le ministre vénézuélien de la Défense, Vladimir Padrino, qui parle de « pure invention ».", stances: ['Vladimir Padrino ASSERTS', 'Vladimir Padrino DENIES'], about: ['Vladimir Padrino DENIES > Iran>Venezuela'] },
    // not knowing of a fact cannot confirm it
    { text: "La Turquie aurait livré des drones à l'Éthiopie. Interrogé par Reuters, le ministère turc des Affaires étrangères a dit « ne pas avoir connaissance » de telles livraisons.", stances: ['Ministère turc des Affaires étrangères CANNOT_CONFIRM'], about: ['Ministère turc des Affaires étrangères CANNOT_CONFIRM > Turquie>Éthiopie'] },
    { text: "Le Brésil aurait vendu du blé à l'Iran. Brasilia affirme n'avoir aucune connaissance de ces ventes.", stances: ['Brésil CANNOT_CONFIRM'], about: ['Brésil CANNOT_CONFIRM > Brésil>Iran'] },
  ],
  analysis: [
    // saying the opposite, in the negative, denies what was told
    { text: 'Jakob Stausholm affirme au contraire n’avoir subi aucune pression.', stances: ['Jakob Stausholm DENIES'] },
    { text: 'Le patron de Rio Tinto, Jakob Stausholm, affirme au contraire que le groupe n’a « jamais » cédé aux pressions.', stances: ['Jakob Stausholm DENIES'] },
    // ... not without a negation, nor a plain negated statement
    { text: 'Le patron de Rio Tinto, Jakob Stausholm, affirme au contraire que la mine est rentable.', stances: ['Jakob Stausholm ASSERTS'] },
    { text: 'Le directeur général de Rio Tinto, Jakob Stausholm, affirme n’avoir « subi aucune pression ».', stances: ['Jakob Stausholm ASSERTS'] },
    // a title opening the clause, then a relative clause in commas, is the subject of the verb after them
    { text: "Le président américain, qui avait proposé d'acheter l'île, a répété que les États-Unis auront le Groenland.", stances: ['États-Unis ASSERTS'] },
    { text: "Le président kényan, dont le pays commande la mission, a assuré que le Kenya enverrait 200 policiers en Haïti.", stances: ['Kenya ASSERTS'] },
    { text: 'La ministre australienne des Affaires étrangères, qui rentrait de Jakarta, a affirmé que la Chine avait livré des radars au Cambodge.', stances: ['Australie ASSERTS'], about: ['Australie ASSERTS > Chine>Cambodge'] },
    // ... while a statement before the comma keeps its speaker after the verb
    { text: 'La Chine a livré des drones au Niger, a affirmé le chef de la junte, qui a remercié Pékin.', stances: ['Niger ASSERTS'], about: ['Niger ASSERTS > Chine>Niger'] },
  ],
  'wire brief with no comment': [
    // "ne s'est pas exprimé", "n'a fait aucun commentaire": withholding comment cannot confirm
    { text: 'L’Érythrée aurait reçu des munitions iraniennes. Asmara ne s’est pas exprimée.', stances: ['Érythrée CANNOT_CONFIRM'], about: ['Érythrée CANNOT_CONFIRM > Iran>Érythrée'] },
    { text: "L'Égypte aurait livré des drones au Soudan. Le gouvernement égyptien n'a fait aucun commentaire.", stances: ['Égypte CANNOT_CONFIRM'], about: ['Égypte CANNOT_CONFIRM > Égypte>Soudan'] },
    { text: 'Le Qatar aurait versé 20 millions de dollars au Hamas. Doha n’a fourni aucune réponse.', stances: ['Qatar CANNOT_CONFIRM'], about: ['Qatar CANNOT_CONFIRM > Qatar>Hamas'] },
  ],
  'government statement': [
    // "selon sa porte-parole", "selon le porte-parole": a bare title speaks for the body that opened the sentence before
    { text: 'Le ministère turc de la Défense a publié un communiqué. Selon sa porte-parole, la Turquie a livré des blindés à la Somalie.', stances: ['Ministère turc de la Défense ASSERTS'], about: ['Ministère turc de la Défense ASSERTS > Turquie>Somalie'] },
    { text: "Le Kremlin a reçu la délégation égyptienne. La Russie a livré du blé à l'Égypte, selon le porte-parole.", stances: ['Kremlin ASSERTS'], about: ['Kremlin ASSERTS > Russie>Égypte'] },
    { text: 'L’armée nigériane a publié un bilan. Selon son porte-parole, le Tchad a livré des blindés au Niger.', stances: ['armée nigériane ASSERTS'], about: ['armée nigériane ASSERTS > Tchad>Niger'] },
    // ... with no body before, or a person, the title names nobody
    { text: "Selon le porte-parole, la Russie a livré du blé à l'Égypte.", stances: [] },
    { text: "Dmitri Peskov a reçu la délégation. Selon le porte-parole, la Russie a livré du blé à l'Égypte.", stances: [] },
  ],
  portrait: [
    // a bare "le ministère" in a portrait of a minister, no ministry named: that minister's state
    { text: 'Le ministre kényan de la Défense, Soipan Tuya, reçoit dans son bureau de Nairobi. Soipan Tuya a signé le contrat. La Turquie a livré six drones au Kenya, selon le ministère.', stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Turquie>Kenya'] },
    { text: 'Le ministre kényan de la Défense, Soipan Tuya, reçoit dans son bureau de Nairobi. Soipan Tuya a signé le contrat. Le ministère a précisé que la Turquie avait livré six drones au Kenya.', stances: ['Kenya ASSERTS'], about: ['Kenya ASSERTS > Turquie>Kenya'] },
    // ... not with no minister, nor a head of government
    { text: 'La Turquie a livré six drones au Kenya, selon le ministère.', stances: [] },
    { text: 'Le ministère a précisé que la Turquie avait livré six drones au Kenya.', stances: [] },
    { text: 'Le Premier ministre kényan, William Ruto, était à Ankara. La Turquie a livré six drones au Kenya, selon le ministère.', stances: [] },
  ],
  'op-ed': [
    // an obligation ("doit rappeler") is not a statement made, and the members a relative clause names do not speak
    { text: "L'Union africaine, dont l'Éthiopie, la Somalie, l'Égypte et l'Érythrée sont membres, doit rappeler ce principe avant que des armes ne remplacent les négociations.", stances: [] },
    { text: "Le président serbe a dû reconnaître que la Serbie avait vendu des obus à l'Ukraine.", stances: ['Serbie ASSERTS'], about: ['Serbie ASSERTS > Serbie>Ukraine'] },
  ],
  'reported chain': [
    // a claim named by its noun, its source after "de" and its words after "selon lesquelles": the source asserts them
    { text: "Le ministre a démenti les informations du quotidien Kathimerini selon lesquelles la Grèce aurait livré des missiles à l'Ukraine.", stances: ['Kathimerini ASSERTS'], about: ['Kathimerini ASSERTS > Grèce>Ukraine'] },
    { text: "Ankara rejette les accusations de l'ONG Amnesty International selon lesquelles la Turquie aurait livré des armes à l'Azerbaïdjan.", stances: ['Amnesty International ASSERTS', 'Turquie DENIES'], about: ['Amnesty International ASSERTS > Turquie>Azerbaïdjan', 'Turquie DENIES > Turquie>Azerbaïdjan'] },
    { text: 'Le Kremlin balaie les allégations de Reuters voulant que la Russie ait livré du pétrole à la Corée du Nord.', stances: ['Kremlin DENIES', 'Reuters ASSERTS'], about: ['Reuters ASSERTS > Russie>Corée du Nord'] },
    { text: 'Les informations de la BBC selon lesquelles le Rwanda aurait livré des mortiers au M23 circulent depuis mars.', stances: ['BBC ASSERTS'], about: ['BBC ASSERTS > Rwanda>M23'] },
    // ... not a claim noun with no words of its own
    { text: "Le ministre a démenti les informations du quotidien Kathimerini sur la Grèce.", stances: [] },
  ],
  'fact-check register': [
    // "A, pas B": a correction denies the figure told before ...
    { text: "Selon une vidéo virale, la France aurait livré quarante-deux Rafale à l'Indonésie. « Trois avions, pas quarante-deux », a résumé le porte-parole indonésien.", stances: ['Indonésie DENIES'], about: ['Indonésie DENIES > France>Indonésie'] },
    { text: "Selon la télévision d'État, la Chine aurait livré douze drones au Pérou. « Deux drones, et non douze », a corrigé le ministre péruvien de la Défense.", stances: ['Pérou DENIES'], about: ['Pérou DENIES > Chine>Pérou'] },
    // ... but confirms a fact already told with the figure it gives
    { text: 'Le Japon a livré deux patrouilleurs aux Philippines. « Deux navires, pas dix », a résumé le porte-parole philippin.', stances: ['Philippines ASSERTS'], notAbout: ['Philippines DENIES > Japon>Philippines'] },
  ],
};

describe.each(Object.entries(cases))('outlets and dismissals in a %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});

// The same reading is data for English: an outlet named again by its head noun after a source word.
it('an English outlet named again as "the agency" speaks as the outlet last named', () => {
  const doc = extractDocument('Bloomberg obtained customs records. According to the agency, Russia delivered wheat to Syria.', { language: 'en' });
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name;
  expect(doc.relationships.filter((r) => r.type === 'ASSERTS').map((r) => name(r.source))).toEqual(['Bloomberg']);
});
