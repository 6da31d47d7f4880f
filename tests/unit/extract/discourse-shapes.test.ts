import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences, on topics and in registers no rule was written on (fisheries, wheat, a Tanzanian-Kenyan
// quarrel, an invented institute): who speaks, who holds which title, who signs, and which names are actors.
interface Case {
  text: string;
  roles?: string[];
  stances?: string[];
  signed?: string[];
  parties?: string[];
}

const cases: Case[] = [
  // coordinated signers: a possessive and commas between the two names
  { text: 'Le président tanzanien, Juma Mkuu, et son homologue kényan, Paul Otieno, ont signé un accord de pêche.', signed: ['Juma Mkuu', 'Paul Otieno'], parties: ['Kenya', 'Tanzanie'] },
  { text: 'La présidente chilienne Ana Soto et son homologue péruvien Luis Vera ont signé un traité de pêche.', signed: ['Ana Soto', 'Luis Vera'], parties: ['Chili', 'Pérou'] },
  // joining a treaty, a gerund's subject after the comma
  { text: 'Le Pérou a adhéré au traité sur le commerce des armes en 2016.', parties: ['Pérou'] },
  { text: "En signant l'accord de Lima, le Chili s'est engagé à livrer des vedettes au Pérou.", parties: ['Chili'] },
  // a name opening the sentence, then one apposition: the subject speaks, never a state met in the object
  { text: 'Luis Vera, le président péruvien, a salué la coopération avec Santiago.', stances: ['Luis Vera ASSERTS'] },
  // the speaker after the verb: a title governing the body, a weekday, a document, an officer or sources named by nationality
  { text: 'Le Chili a livré des vedettes au Pérou, a affirmé jeudi le porte-parole de la marine péruvienne.', stances: ['marine péruvienne ASSERTS'] },
  { text: '« Le Chili nous a livré des vedettes », a confié au quotidien El Sol un officier péruvien.', stances: ['Pérou ASSERTS'] },
  { text: 'Le Chili aurait livré des vedettes au Pérou, selon des sources sécuritaires péruviennes.', stances: ['Pérou ASSERTS'] },
  // the echo of a statement: "comme l'a confirmé X", "c'est ce qu'affirme X"
  { text: "Le Chili a livré des vedettes au Pérou, comme l'a confirmé le ministère péruvien de la Défense.", stances: ['ministère péruvien de la Défense ASSERTS'] },
  { text: "Le Chili a livré des vedettes au Pérou, ainsi que l'a reconnu Luis Vera.", stances: ['Luis Vera ASSERTS'] },
  { text: "Le Chili a livré des vedettes au Pérou. C'est ce qu'affirme un rapport de l'OEA.", stances: ['OEA ASSERTS'] },
  // a negated confirmation cannot confirm; a negated denial is no stance
  { text: "Le Chili aurait livré des vedettes au Pérou. Le Pentagone n'a pas confirmé l'information.", stances: ['Pentagone CANNOT_CONFIRM'] },
  { text: "Le Chili aurait livré des vedettes au Pérou. Le Pentagone n'a pas démenti.", stances: [] },
  // titles: a plural body after a singular title, a rank's complement, an institution standing for its state, a byline's two titles
  { text: "Le chef d'état-major des armées chiliennes, le général Luis Vera, a démenti.", roles: ["Luis Vera:chef d'état-major des armées:Chili"] },
  { text: 'Le ministre chilien de la Défense, le général de brigade Luis Vera, a reçu son homologue.', roles: ['Luis Vera:ministre de la Défense:Chili'] },
  // A state's parliament named by its nationality word is a body of its own: the role is held there.
  { text: 'Le président du Parlement péruvien, Luis Vera, s’est rendu à Santiago.', roles: ['Luis Vera:président:Parlement péruvien'] },
  { text: "Par Ana Soto, ancienne diplomate et chercheuse associée à l'Institut Aurore.", roles: ["Ana Soto:chercheuse:Institut Aurore"] },
  { text: "Ana Soto, économiste à l'Institut Aurore, estime que le Chili a livré des vedettes au Pérou.", roles: ["Ana Soto:économiste:Institut Aurore"], stances: ['Ana Soto ASSERTS'] },
  // leading a state: "qui présidait alors", "Il dirige le Pérou"; a title in brackets after the name
  { text: 'Luis Vera, qui présidait alors le Pérou, avait signé le texte.', roles: ['Luis Vera:président:Pérou'] },
  { text: 'Le président Luis Vera, au pouvoir depuis 2013, a démenti. Il dirige le Pérou.', roles: ['Luis Vera:dirigeant:Pérou'] },
  { text: 'Luis Vera (président du Pérou) a démenti.', roles: ['Luis Vera:président:Pérou'] },
  // a relative clause's object is not the subject: "X, qui dirige la junte, a démenti"
  { text: 'Le Pérou est isolé. Le général Luis Vera, qui dirige la junte depuis 2021, a démenti.', roles: ['Luis Vera:dirigeant:Pérou'], stances: ['Luis Vera DENIES'] },
  { text: 'Luis Vera, à la tête du Conseil militaire de transition depuis 2021, a démenti.', roles: ['Luis Vera:chef:Conseil militaire de transition'], stances: ['Luis Vera DENIES'] },
  // a leader known by one name: a nickname the article gives, or a lone name apposed to a title
  { text: 'Le colonel Ahmed Saleh Barre, dit Gaddaf, commande la milice. Gaddaf a démenti.', stances: ['Ahmed Saleh Barre DENIES'] },
  { text: 'Le chef des FSR, Gaddaf, a démenti.', roles: ['Gaddaf:chef:FSR'], stances: ['Gaddaf DENIES'] },
  // a subject pronoun mid-sentence is the person the sentence opened with; a figure put on something is a statement
  { text: "Le ministre péruvien Luis Vera ne s'en cache pas : dès 2019, il évaluait à 300 millions de dollars les achats d'armes au Chili.", stances: ['Luis Vera ASSERTS'] },
  // fighters named by an adjective speak for the movement the article named, never for the state
  { text: "Le Front de libération de l'Ogaden (FLO) contrôle la région. En mars, les rebelles ogadenis affirmaient avoir pris la ville.", stances: ["Front de libération de l'Ogaden ASSERTS"] },
  { text: 'Les rebelles péruviens affirment avoir reçu des drones.', stances: [] },
  // an outlet that cannot confirm speaks for itself; the subject of "qui" is its antecedent
  { text: "Le Chili aurait livré des drones au Pérou. L'AFP n'a pas pu vérifier ces affirmations de manière indépendante.", stances: ['AFP CANNOT_CONFIRM'] },
  { text: "Le Chili aurait livré des drones au Pérou, selon l'OEA, qui n'a pas pu confirmer le nombre d'appareils.", stances: ['OEA CANNOT_CONFIRM'] },
  // a quote after a colon speaks for the subject before it
  { text: 'Ana Soto, ministre chilienne de la Défense, est catégorique : « Nous n’avons jamais livré de drones au Pérou. »', stances: ['Ana Soto DENIES'] },
  { text: 'Ana Soto : « Le Chili n’a jamais livré de drones au Pérou. »', stances: ['Ana Soto DENIES'] },
  { text: 'Le bilan est lourd : « plus de trente morts ».', stances: [] },
  // attribution: "selon lui" is the person just spoken of; "de source diplomatique péruvienne" is the state's
  { text: 'Luis Vera est ministre. Selon lui, le Chili a livré des vedettes au Pérou.', stances: ['Luis Vera ASSERTS'] },
  { text: 'Le Chili a livré des vedettes au Pérou, a-t-on appris de source diplomatique péruvienne.', stances: ['Pérou ASSERTS'] },
  { text: "Le Chili tire ses revenus de sources d'énergie variées.", stances: [] },
  // interviews: answers speak for the guest the opening names, with or without a reporting verb
  { text: "Entretien avec Luis Vera, ministre péruvien de la Défense. Le Chili vous a-t-il livré des vedettes ? Non. Nous n'avons reçu aucune vedette du Chili.", stances: ['Luis Vera DENIES', 'Luis Vera DENIES'] },
  { text: "Luis Vera, ministre péruvien de la Défense, répond à nos questions. — Le Chili vous a-t-il livré des vedettes ? — Oui, et nous en sommes satisfaits.", stances: ['Luis Vera ASSERTS'] },
  // an explainer's headings asked as questions make no interview
  { text: "Luis Vera dirige la marine péruvienne. Pourquoi le Chili arme-t-il le Pérou ? Nous le savons depuis longtemps. Que contient l'accord ? Il prévoit des livraisons.", stances: [] },
];

describe('places and regions are not actors', () => {
  const actors = (t: string) => read(t).doc.nodes.filter((n) => ['Person', 'Country', 'Organization'].includes(n.label)).map((n) => `${n.label}:${n.name}`);
  it.each([
    ['Les habitants de Santa Rosa fuient vers la côte.', []],
    ['La ville de Ciudad Bolívar a été inondée.', []],
    ['Les pluies ont frappé Nouvelle Galles et Puerto Ayora.', []],
    ['Au nord de Kafr Nabl, les combats continuent.', []],
    ["Ana Soto dirige le programme Amérique latine de l'Institut Aurore.", ['Person:Ana Soto', "Organization:Institut Aurore"]],
    ["L'Amérique du Sud exporte du soja.", []],
    // capitals of states the country list does not count as independent, and spellings in several words
    ['Taipei a salué la vente, tandis que Pékin a protesté.', ['Country:Taïwan', 'Country:Chine']],
    ['Nay Pyi Taw a démenti toute livraison.', ['Country:Birmanie']],
    ["L'Amérique a livré des radars au Pérou.", ['Country:États-Unis', 'Country:Pérou']],
  ])('%s', (text, expected) => {
    expect(actors(text).sort()).toEqual([...expected].sort());
  });
});

describe('bodies outside the lexicons', () => {
  const orgs = (t: string) => read(t).doc.nodes.filter((n) => n.label === 'Organization').map((n) => `${n.name}${n.properties.country ? `:${n.properties.country}` : ''}`);
  it('reads a name whose initials spell the acronym in brackets as one body', () => {
    expect(orgs('La Maritime Safety Directorate (MSD) a saisi la cargaison. La MSD dément.')).toEqual(['Maritime Safety Directorate']);
  });
  it("reads a movement's national branch named by its nationality", () => {
    expect(orgs('La Croix-Rouge péruvienne a distribué des vivres.')).toEqual(['Croix-Rouge péruvienne:PE']);
  });
  it("keeps a state's listed body apart from another state's body of the same name", () => {
    expect(orgs('Le Conseil de sécurité nationale chilien a condamné la vente.')).toEqual(['Conseil de sécurité nationale chilien:CL']);
  });
});

describe('discourse shapes: speakers, titles, signers', () => {
  it('binds a quote that spans sentences to the facts of its first sentence', () => {
    const r = read('« Le Chili a livré douze drones au Pérou. Nous en avons la preuve », a déclaré Luis Vera.');
    const claims = r.edges('ASSERTS').filter((e) => r.name(e.source) === 'Luis Vera').map((e) => e.target);
    expect(r.edges('ABOUT').filter((e) => claims.includes(e.source)).map((e) => r.node(e.target)?.label)).toEqual(['Transfer']);
  });

  it.each(cases)('$text', (c) => {
    const r = read(c.text);
    if (c.roles) expect(r.edges('HOLDS_ROLE').map((e) => `${r.name(e.source)}:${e.properties?.title}:${r.name(e.target)}`)).toEqual(c.roles);
    if (c.stances) expect(r.stances().map((s) => s.toLowerCase())).toEqual(c.stances.map((s) => s.toLowerCase()));
    if (c.signed) expect(r.edges('SIGNED').map((e) => r.name(e.source)).sort()).toEqual([...c.signed].sort());
    if (c.parties) expect(r.edges('PARTY_TO').map((e) => r.name(e.source)).sort()).toEqual([...c.parties].sort());
  });
});
