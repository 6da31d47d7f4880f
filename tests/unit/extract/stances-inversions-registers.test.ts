import { describe, expect, it } from 'vitest';
import { type Case, stancesOf } from './stances-helpers';

// Made-up statements whose speaker follows the verb in shapes the plain ", a déclaré X" does not cover: an interview's
// "nous a-t-il affirmé" or "m'a confié X" (a dative clitic before the auxiliary), a promise or an oath told after the
// quote ("promet X", "jure X"), and a subject held apart from its verb by relative clauses. Topics: mining in the Andes,
// East African ports, dams on the Nile, fisheries, Arctic gas, hospitals.
const cases: Record<string, Case[]> = {
  'interview answer': [
    // a dative clitic before the inverted auxiliary: the person the reporter met speaks
    { text: "Le ministre chilien des Mines, Diego Pardow, a visité la mine. « Nous ne brûlerons pas les étapes », nous a-t-il affirmé.", stances: ['Diego Pardow ASSERTS'] },
    { text: "La directrice de l'hôpital, Ana Ruiz, reçoit dans son bureau. « Nous manquons de tout », m'a-t-elle confié.", stances: ['Ana Ruiz ASSERTS'] },
    { text: "« Le port rouvrira en mai », nous a assuré le ministre kényan des Transports, Kipchumba Murkomen.", stances: ['Kipchumba Murkomen ASSERTS'] },
    { text: "« Aucun chalutier étranger n'a reçu de licence », nous a indiqué la ministre sénégalaise des Pêches, Fatou Diouf.", stances: ['Fatou Diouf DENIES'] },
  ],
  dispatch: [
    // a promise told after the quote states what its speaker holds will happen
    { text: "« Le barrage sera achevé en 2030 », promet le ministre éthiopien de l'Eau, Habtamu Itefa.", stances: ['Habtamu Itefa ASSERTS'] },
    { text: "« Les salaires seront versés avant la fin du mois », a promis le Premier ministre malien, Abdoulaye Maïga.", stances: ['Abdoulaye Maïga ASSERTS'] },
    // an indignation told after the quote, reflexive; the bare participle describes
    { text: "« Personne ne nous a consultés », s'est indignée la maire de Dakar, Soham El Wardini.", stances: ['Soham El Wardini ASSERTS'] },
    { text: "« Cet argent, nous ne le voyons jamais », s'indigne un pêcheur, Moussa Ba.", stances: ['Moussa Ba ASSERTS'] },
    { text: 'Le pêcheur, indigné par les quotas, a quitté la salle.', stances: [] },
    // an oath with a bare infinitive is a statement, and a denial when the infinitive is negated
    { text: 'Ankara jure ne pas avoir livré de drones au Soudan.', stances: ['Turquie DENIES'] },
    { text: "Le président bolivien, Luis Arce, jure avoir remboursé toute la dette chinoise.", stances: ['Luis Arce ASSERTS'] },
  ],
  analysis: [
    // a subject held apart from its verb by two relative clauses is still the speaker, not a state inside them
    { text: "La Norvège, qui, comme la Suède, est membre de l'Otan et qui a fermé sa frontière, affirme que le gazoduc a été saboté.", stances: ['Norvège ASSERTS'] },
    { text: "Le Ghana, qui, à la différence du Togo, exporte son cacao par Tema et qui vient d'emprunter, assure que ses caisses sont pleines.", stances: ['Ghana ASSERTS'] },
  ],
  'wire, appositions': [
    // a name after its title or a fronted participle, then appositions in commas, is the subject of the verb after them
    { text: "L'ambassadeur du Japon à Nairobi, Ken Okaniwa, présent dans la salle, a dénoncé devant la presse une « campagne de dénigrement ».", stances: ['Ken Okaniwa ASSERTS'] },
    { text: "Le vice-Premier ministre turc Cevdet Yılmaz, en visite à Bakou en mars, avait évoqué la livraison de « plusieurs centaines de drones ».", stances: ['Cevdet Yılmaz ASSERTS'] },
    { text: "Invitée à répondre, Maria Lopes, conseillère à l'ambassade du Brésil à Paris, a récusé le mot de « pillage » : « Le Brésil n'a jamais exporté de bois illégal. »", stances: ['Maria Lopes DENIES'] },
    { text: "Interrogé lundi, le ministre péruvien des Mines, Rómulo Mucho, de retour de Pékin, a assuré que le cuivre partirait en mai.", stances: ['Rómulo Mucho ASSERTS'] },
    // ... but words stated before an inverted verb are not its subject
    { text: "Le Chili a vendu du cuivre à la Chine, a affirmé le ministre chilien des Mines, Diego Pardow.", stances: ['Diego Pardow ASSERTS'] },
  ],
  'analysis, clauses': [
    // a verb of the -e-er class inverted after the statement ("relève X")
    { text: "Le Pérou n'a pas, pour autant, diversifié ses clients, relève l'économiste Lucía Paredes, de l'université de Lima.", stances: ['Lucía Paredes ASSERTS'] },
    // a verb whose subject is elided after "mais" shares the subject of a verb before it that reports nothing
    { text: "La Norvège, elle, ne promet pas de crédits mais affirme avoir livré du gaz à l'Ukraine tout l'hiver.", stances: ['Norvège ASSERTS'] },
    { text: "Le Kenya n'a signé aucun contrat et dément que des armes soient arrivées à Mombasa.", stances: ['Kenya DENIES'] },
  ],
  'dispatch, two speakers': [
    // a speaker's judgement reported by another: each says it, the name past the quote answers the second verb
    { text: "Le gouverneur de l'Arizona, Katie Hobbs, a jugé ces quotas « injustes », a rapporté Tom Reyes, journaliste à l'Arizona Republic.", stances: ['Katie Hobbs ASSERTS', 'Tom Reyes ASSERTS'] },
    { text: "Le ministre kényan de l'Agriculture, Mutahi Kagwe, a qualifié la récolte de « catastrophique », a raconté Jane Wanjiru, une productrice de thé.", stances: ['Jane Wanjiru ASSERTS', 'Mutahi Kagwe ASSERTS'] },
    // a firm named again by its head noun after an inverted verb is the company just named
    { text: "Airbus a livré douze avions à l'Inde en mars, a précisé le groupe.", stances: ['Airbus ASSERTS'], about: ['Airbus ASSERTS > Airbus>Inde'] },
    { text: "Le chinois BYD a livré 300 bus à la Colombie. Un second lot partira en mai, a indiqué l'entreprise chinoise.", stances: ['BYD ASSERTS'] },
  ],
  'dispatch, subjects kept': [
    // an elided subject after "et a" is the earlier verb's, past a name in apposition to its object
    { text: "Le secrétaire d'État Marco Rubio a écrit au ministre kényan de la Santé, Aden Duale, pour lui demander des comptes, et a menacé de suspendre l'aide américaine.", stances: ['Marco Rubio ASSERTS'] },
    // a pronoun after an inverted verb stands for the subject the sentence opened on, even one we cannot name
    { text: "La Sardaigne a reçu 80 infirmiers d'Inde. Son syndic, Paolo Fadda, assure que les Indiens travaillent sans contrôle. La région dément : tous ont été enregistrés, affirme-t-elle.", stances: ['Paolo Fadda ASSERTS'] },
  ],
  'communiqué, clauses': [
    // a denial, then an assertion joined by "et que": two stances, the assertion about what it states
    { text: "Le porte-parole du gouvernement suédois, Erik Lund, a affirmé qu'aucune licence n'avait été accordée pour le Soudan, et que la Suède avait en revanche livré en mai deux radars à la Finlande.", stances: ['Erik Lund ASSERTS', 'Erik Lund DENIES'], about: ['Erik Lund ASSERTS > Suède>Finlande'], notAbout: ['Erik Lund DENIES > Suède>Finlande'] },
    // a relative clause acknowledging what the clause before it said
    { text: "L'avocate des pêcheurs, Aminata Sow, a plaidé. « Les chalutiers pêchent désormais sous pavillon gambien », a-t-elle ajouté, ce que le ministère sénégalais des Pêches a reconnu dans une lettre au Parlement.", stances: ['Aminata Sow ASSERTS', 'Ministère sénégalais des Pêches ASSERTS'] },
  ],
  'live blog, speakers after the verb': [
    // a nameless possessive title after the verb speaks for the body the entry before opened with
    { text: "13h40 — Le Kremlin dément toute implication dans l'incendie du port. « La Russie n'a rien à voir avec cet incident », affirme son porte-parole.", stances: ['Kremlin DENIES', 'Kremlin DENIES'] },
    { text: "La Banque africaine de développement a publié son rapport annuel. « La croissance reprendra en 2026 », a précisé sa directrice.", stances: ['Banque africaine de développement ASSERTS'] },
    // "met en avant" reports, after the statement or with an object; its participle does not
    { text: "09h09 — Les trois pays baltes se sont déconnectés du réseau russe, met en avant Elering, le gestionnaire estonien.", stances: ['Elering ASSERTS'] },
    { text: "Le ministre, mettant en avant la sécheresse, a annulé la visite.", stances: [] },
    // a name deep in a long statement, with no comma before it, is not the subject of the verb after it
    { text: "11h20 — La Pologne fournira à la Lituanie jusqu'à 500 mégawatts via la ligne Harmony Link, a précisé le gestionnaire polonais PSE.", stances: ['PSE ASSERTS'] },
  ],
  'trade press, firms named again': [
    // a firm's document or officer, the firm named by its head noun: the firm the sentence (or the one before) named as subject
    { text: "Le négociant Trafigura a livré en janvier au sidérurgiste indien Tata Steel 90 000 tonnes de charbon, selon un communiqué du groupe suisse.", stances: ['Trafigura ASSERTS'], about: ['Trafigura ASSERTS > Trafigura>Tata Steel'] },
    { text: "Le constructeur Embraer a vendu 12 avions à la Pologne. Six appareils ont déjà été livrés, selon un porte-parole de l'entreprise.", stances: ['Embraer ASSERTS'] },
    // a generic head noun names again a firm introduced by its trade
    { text: "Le constructeur brésilien Embraer a livré 12 avions à la Pologne. Le groupe a toutefois annoncé que la compagnie polonaise en commanderait 24 autres.", stances: ['Embraer ASSERTS'] },
  ],
  'press conference, kinds of office': [
    // a noun for a kind of office stands for the person last named who holds one of that kind
    { text: "L'ambassadeur du Japon au Kenya, Ken Okaniwa, a visité le port. « Nos crédits ne sont pas des pièges », a assuré le diplomate.", stances: ['Ken Okaniwa ASSERTS'] },
    { text: "Le député kényan John Mbadi a visité le port. L'élu a démenti que le port ait été vendu à la Chine.", stances: ['John Mbadi DENIES'] },
  ],
  'live blog': [
    // ... but a promise to do something is no statement without "que", a quote or an infinitive after it
    { text: "9h10 — Le Japon promet une aide au Kenya.", stances: [] },
    { text: "9h40 — « Nous tiendrons », nous a-t-on répété à la mairie.", stances: [] },
  ],
};

describe.each(Object.entries(cases))('who speaks after the verb in a %s', (_register, list) => {
  it.each(list)('$text', ({ text, stances, about, notAbout }) => {
    const got = stancesOf(text);
    expect(got.stances).toEqual([...stances].sort());
    for (const a of about ?? []) expect(got.about).toContain(a);
    for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
  });
});
