// The words of roles, agreements and memberships, per language: French from data/lexicon/ (titles.json,
// agreements.json, organizations.json "membership"), English from data/lang/en/relations.json. The patterns that
// arrange them live in data/lang/<code>/patterns.json, with {placeholders} filled from these lists.
import frTitles from '../../data/lexicon/titles.json';
import frAgreements from '../../data/lexicon/agreements.json';
import frOrganizations from '../../data/lexicon/organizations.json';
import enRelations from '../../data/lang/en/relations.json';
import { NEVER_MATCHES } from './syntax/alternation';
import { patternSource, perLanguage, type Language } from './syntax/language';
import { fold } from './text';

/** Titles, their completions and who leads a body ("fondé par": "fondateur"). */
export interface TitleWords {
  titles: string[];
  domains: string[];
  qualifiers: string[];
  ranks: string[];
  relatives: string[];
  /** Participle -> the title of whom a body is "<participle> par" ("fondé": "fondateur"). */
  ledBy: Record<string, string>;
  /** Verb -> the role of its subject in the body it governs ("dirige": "dirigeant", "a fondé": "fondateur"). */
  leads: Record<string, string>;
  /** The title of whoever leads or heads a body ("chef"). */
  leader: string;
  /** Adjectives that name a body after a title ("européenne": "org:eu" in "la diplomatie européenne"). */
  bodyAdjectives: Record<string, string>;
  /** Titles only a firm gives ("PDG", "administrateur délégué"): the capitalised name after them and "de" is a firm's. */
  companyTitles?: string[];
  /** Titles that head a body, never a person ("le patron de Petrobras"): the capitalised name after them and "de" is a body's. */
  bodyTitles?: string[];
  /** Titles only some bodies or states give ("commissaire": the European or African Union), by the first words of the title: held in the one the article names last. */
  heldIn?: Record<string, string[]>;
  /** Titles only some states give when nothing completes them ("secrétaire d'État": the United States; "secrétaire d'État aux Transports" is a junior minister anywhere). */
  heldInBare?: Record<string, string[]>;
  /** Party words that name one state's parties ("démocrate": the United States), between a title and the name. */
  partyStates?: Record<string, string>;
}

/** Agreement nouns by kind and the verbs around them. */
export interface AgreementWords {
  nouns: Record<string, string[]>;
  modifiers: string[];
  signVerbs: string[];
  vetoPatterns: string[];
  passiveVerbs: string[];
  /** Participles that name who brokered an agreement, never a party ('négocié par la Turquie'). */
  mediationVerbs?: string[];
  pairs: { states: string[]; sides: string[]; persons?: string[] };
  bindVerbs: string[];
  notNames: string[];
  signingNouns: string[];
  /** First parts of a compound nationality adjective and their ISO code ("russo": "RU" in "russo-turc"). */
  compoundPrefixes?: Record<string, string>;
  /** Nouns that name an agreement only when a proper name completes them ("la déclaration de Choucha"). */
  namedOnly?: string[];
  /** Nouns that name an agreement only when a signing verb governs them ("le programme approuvé par le FMI"). */
  signedOnly?: string[];
}

/** How a text says a state belongs to a body (data/lexicon/organizations.json "membership"). */
export type MembershipWords = Record<'nouns' | 'of' | 'copulas' | 'fillers' | 'joins' | 'listCues' | 'accession' | 'notYet' | 'others' | 'fronted' | 'counts' | 'notDescriptors' | 'whichHas', string[]>;

/** The relation vocabulary of one language. */
export interface RelationWords {
  titles: TitleWords;
  agreements: AgreementWords;
  membership: MembershipWords;
}

const { about: _m, ...frMembership } = frOrganizations.membership;
const WORDS = new Map<string, RelationWords>([
  ['fr', { titles: frTitles, agreements: frAgreements, membership: frMembership }],
  ['en', enRelations as RelationWords],
]);
const EMPTY: RelationWords = {
  titles: { titles: [], domains: [], qualifiers: [], ranks: [], relatives: [], ledBy: {}, leads: {}, leader: '', bodyAdjectives: {} },
  agreements: { nouns: {}, modifiers: [], signVerbs: [], vetoPatterns: [], passiveVerbs: [], pairs: { states: [], sides: [] }, bindVerbs: [], notNames: [], signingNouns: [] },
  membership: { nouns: [], of: [], copulas: [], fillers: [], joins: [], listCues: [], accession: [], notYet: [], others: [], fronted: [], counts: [], notDescriptors: [], whichHas: [] },
};

/** The relation vocabulary of a language; one without any has empty lists, so its relation rules stay silent. */
export function relationWords(lang: Language): RelationWords {
  return WORDS.get(lang.code) ?? EMPTY;
}

/** Every title of a language: its 'titles' and the titles only a firm gives ('companyTitles'), which the data lists once. */
export function allTitles(lang: Language): readonly string[] {
  return perLanguage('allTitles', (l) => [...relationWords(l).titles.titles, ...(relationWords(l).titles.companyTitles ?? [])], lang);
}

/** The titles only a firm gives in a language (the active one by default), folded ("pdg", "directeur general"): the one set every reader of a firm's title shares. */
export function firmTitles(language?: Language): ReadonlySet<string> {
  return perLanguage('firmTitles', (lang) => new Set((relationWords(lang).titles.companyTitles ?? []).map(fold)), language);
}

/** The titles a body or a firm gives in a language, folded ("directeur", "directeur general"): with no state title among them, a possessive before one points to a body. */
export function bodyOnlyTitles(language?: Language): ReadonlySet<string> {
  return perLanguage('bodyOnlyTitles', (lang) => new Set([...firmTitles(lang), ...(relationWords(lang).titles.bodyTitles ?? []).map(fold)]), language);
}

/** Pattern `name` of the language with each {key} replaced by lists[key], or by the pattern `<prefix>.<key>` filled the same way. */
function filledPattern(name: string, lists: Record<string, string>, lang: Language): string {
  const prefix = name.slice(0, name.indexOf('.') + 1);
  return patternSource(name, lang).replace(/\{([a-zA-Z]+)\}/g, (all, key: string) => {
    if (key in lists) return lists[key] || NEVER_MATCHES;
    return lang.patterns[`${prefix}${key}`] !== undefined ? filledPattern(`${prefix}${key}`, lists, lang) : all;
  });
}

/** A compiler for the patterns under `prefix` ("role", "membership" ...), each filled from lists as filledPattern() does. */
export function filledRegExps(prefix: string, lists: Record<string, string>, lang: Language): (name: string, flags?: string) => RegExp {
  return (name, flags = 'iu') => new RegExp(filledPattern(`${prefix}.${name}`, lists, lang), flags);
}
