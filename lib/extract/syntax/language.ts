import frGrammar from '../../../data/lang/fr/grammar.json';
import frFrames from '../../../data/lang/fr/frames.json';
import frPatterns from '../../../data/lang/fr/patterns.json';
import frWords from '../../../data/lang/fr/words.json';
import frTransfers from '../../../data/lexicon/transfers.json';
import enGrammar from '../../../data/lang/en/grammar.json';
import enFrames from '../../../data/lang/en/frames.json';
import enPatterns from '../../../data/lang/en/patterns.json';
import enWords from '../../../data/lang/en/words.json';
import enTransfers from '../../../data/lang/en/transfers.json';
import { conjugate, type Conjugation, type FormKind } from './conjugate';
import { NEVER_MATCHES } from './alternation';
import { fold } from '../text';

/** Which syntactic position or preposition fills a slot ("subject", "agent", "dative", "object", "à", "vers" ...). */
export type SlotMarker = string;
/** The role of a trigger: whether its subject sends, receives, joins, or the goods themselves leave. */
export type FrameRole = 'give' | 'receive' | 'join' | 'depart';

/** One verb frame: a trigger lemma, its role and where its participants are found. */
export interface Frame {
  lemma: string;
  role: FrameRole;
  giver: SlotMarker[];
  receiver: SlotMarker[];
  place: SlotMarker[];
  reflexive: boolean;
  auxEtre: boolean;
  /** A sale or a purchase: what it moves is a commodity, never aid. */
  trade: boolean;
  /** A promise or an offer ("promettre"): what it moves is not yet sent. */
  planned: boolean;
  /** Folded light verbs that must come just before ("faire" for "faire parvenir"). */
  after: string[];
  /** The only kinds of goods the verb moves ("payer": funds; "payer les armes" pays for them, it does not send them); empty: any. */
  goods: string[];
  /** What, right after the verb, makes it another word ("chargé de la gestion": in charge of, not loaded with). */
  notBefore?: RegExp;
}

/** The closed word classes and verb frames of one language. */
export interface Language {
  code: string;
  /** Folded form -> closed class ("det", "prep", "be", ...); a form may belong to several. */
  classes: Map<string, Set<string>>;
  /** Lower-case written form (accents kept: "livre" is not "livré") -> frame and form kind. */
  verbs: Map<string, { frame: Frame; kind: FormKind }>;
  /** The same, for the frames of pronominal lemmas ("se doter de", "se fournir auprès de"): read where se/s' stands before the verb. */
  pronominal: Map<string, { frame: Frame; kind: FormKind }>;
  frames: Frame[];
  /** Fixed phrases, as folded word sequences, whose words are never verbs. */
  locutions: string[][];
  /** Asides that may sit inside a verb group ("a pour sa part acheté"), as folded word sequences. */
  asides: string[][];
  /** Phrases that open a condition besides "si" ("au cas où"), as folded word sequences. */
  conditions: string[][];
  /** Subject pronouns joined after a verb by a hyphen in a question or an aside ("ont-ils", "a-t-elle"), longest first. */
  inverted: string[];
  /** Named regular-expression sources of data/lang/<code>/patterns.json: the language's markers, read by one engine. */
  patterns: Record<string, string>;
  /** Closed vocabularies of data/lang/<code>/words.json: months, weekdays, number words, relative dates. */
  words: LanguageWords;
  /** Goods nouns and transfer nouns (data/lexicon/transfers.json for French, data/lang/<code>/transfers.json otherwise). */
  transfers: TransfersLexicon;
  /** A past form doubles as the participle ("sent", "delivered"): with no auxiliary it is a finite verb unless an agent follows. */
  pastIsParticiple: boolean;
  /** What puts a verb group in the future (grammar.json 'tense'). */
  tense: Tense;
  /** Where a 'hypothetical' word opens a condition (grammar.json 'condition'). */
  condition: Condition;
  /** Words the walk back over a verb group reads by themselves (grammar.json 'verbGroup'). */
  verbGroup: VerbGroup;
}

/** grammar.json 'tense': what puts a verb group in the future, beside the patterns verb.future, verb.conditional, verb.conditionalModal. */
interface Tense {
  /** Folded auxiliaries that alone make a group a future ("sera", "aura"; "will"). */
  futureAuxiliaries: Set<string>;
  /** The lemma ending whose present forms can look like a future ("er": "livrons" beside "achèterons"). */
  futureRegularLemma?: string;
  /** A future ending (group 1 of verb.future) -> the letters beyond such a lemma the form needs before it counts. */
  futureMargin: Record<string, number>;
  /** Folded infinitive auxiliaries that make a modal infer a past fact ("peut avoir été fourni"). */
  perfectInfinitives: Set<string>;
}

/** grammar.json 'condition': where a 'hypothetical' word opens a condition. */
interface Condition {
  /** The words an elided opener ("s'") must stand before to open a condition ("il", "ils"). */
  elidedBefore: string[];
  /** Words right before an opener that make it no condition ("même si", "comme si"; "even if"). */
  notAfter: string[];
}

/** grammar.json 'verbGroup': words the walk back over a verb group reads by themselves. */
interface VerbGroup {
  /** Object clitics that are also articles ("le", "la", "les"): in the group only next to the verb, an auxiliary or a dative. */
  articleClitics: string[];
  /** Linkers of an infinitive to a verb of plan or offer before its indirect object ("de", "d'"). */
  infinitiveLinkers: string[];
  /** Modals that are pronominal verbs ("s'engager à", "s'apprêter à"): a reflexive clitic before one is its own, not the infinitive's. */
  pronominalModals: string[];
}

/** The goods and trigger nouns of one language. */
export interface TransfersLexicon {
  goods: Record<string, string[]>;
  giveNouns: string[];
  receiveNouns: string[];
  currencies: string[];
  /** What is given in return without being goods ("accès", "soutien diplomatique"): goods only right after an exchange mark. */
  prices?: string[];
}

/** The closed vocabularies of words.json. */
export interface LanguageWords {
  months: string[];
  weekdays: string[];
  /** Relative date phrase (folded apostrophes, lower case) -> what it means: "month-1", "month", "week", "week-1", "year-1", "year", "year+1", "day-1", "day". */
  relativeDates: Record<string, string>;
  /** Number words and their values ("deux": 2). */
  numbers: Record<string, number>;
  /** Words that multiply what comes before ("cent": 100). */
  hundreds: string[];
  /** Words that close a group of thousands ("mille"). */
  thousands: string[];
  /** Compound number words and their values ("quatre-vingt": 80), read before the parts. */
  compounds: Record<string, number>;
  /** Words that join number words ("et"). */
  joiners: string[];
  /** Scale words after a number ("millions": 1e6). */
  scales: Record<string, number>;
  /** Nouns of an approximate count ("dizaine": 10). */
  approxNouns: Record<string, number>;
  /** Plural nouns of an order of magnitude ("milliers": 1000). */
  vaguePlurals: Record<string, number>;
}

/** One line of frames.json. */
export interface FrameLine {
  lemma: string;
  role: FrameRole;
  /** A class of frames.json's 'conjugation' ('er'; 'en'). */
  class?: string;
  participle?: string;
  participles?: string[];
  forms?: string[];
  reflexive?: boolean;
  auxEtre?: boolean;
  trade?: boolean;
  planned?: boolean;
  after?: string[];
  goods?: string[];
  notBefore?: string;
  giver?: SlotList;
  receiver?: SlotList;
  place?: SlotList;
}
/** A slot's markers, where "@name" stands for the named set of frames.json's 'sets' ("@cargoFrom"). */
export type SlotList = string[];
/** The shape of a frames.json file. */
export interface FramesFile {
  /** How the lemmas of the lines conjugate, one table per class. */
  conjugation?: Conjugation;
  /** Marker lists several frames share, named once and referred to as "@name". */
  sets?: Record<string, SlotList>;
  slots: Record<FrameRole, Partial<Record<'giver' | 'receiver' | 'place', SlotList>>>;
  frames: FrameLine[];
}

/** A slot list with its "@name" references replaced by the named sets (which may refer to others). */
function expandSlots(list: SlotList, sets: Record<string, SlotList>, seen: string[] = []): string[] {
  return list.flatMap((m) => {
    if (!m.startsWith('@')) return [m];
    const name = m.slice(1);
    const set = sets[name];
    if (!set) throw new Error(`data/lang frames.json: slot set "${name}" is not defined under "sets"; define it or fix the reference`);
    if (seen.includes(name)) throw new Error(`data/lang frames.json: slot set "${name}" refers to itself through ${seen.join(' -> ')}`);
    return expandSlots(set, sets, [...seen, name]);
  });
}

const CLASS_KEYS = ['determiners', 'nounDeterminers', 'articles', 'prepositions', 'be', 'have', 'modal', 'linkers', 'dative', 'objectClitics', 'reflexive', 'locative', 'subjectPronouns', 'firstPlural', 'negation', 'adverbs', 'relatives', 'sources', 'hypothetical', 'concessive', 'agent', 'planned', 'sharedAuxiliary', 'prenominal'] as const;

/** The files of one language folder, data/lang/<code>/. */
export interface LanguageFiles {
  grammar: Record<string, unknown>;
  frames: FramesFile;
  patterns: Record<string, string>;
  words: LanguageWords;
  transfers: TransfersLexicon;
}

/** A language from its closed classes and frame lines (the contents of data/lang/<code>/grammar.json and frames.json). */
export function buildLanguage(code: string, files: LanguageFiles): Language {
  const { grammar, frames: file } = files;
  const classes = new Map<string, Set<string>>();
  for (const k of CLASS_KEYS) for (const w of (grammar[k] as string[] | undefined) ?? []) {
    const set = classes.get(w) ?? new Set();
    set.add(k);
    classes.set(w, set);
  }
  const frames: Frame[] = [];
  const verbs = new Map<string, { frame: Frame; kind: FormKind }>();
  const pronominal = new Map<string, { frame: Frame; kind: FormKind }>();
  const sets = file.sets ?? {};
  const conjugation = file.conjugation ?? { classes: {} };
  for (const line of file.frames) {
    const slots = file.slots[line.role] ?? {};
    const frame: Frame = {
      lemma: line.lemma,
      role: line.role,
      giver: expandSlots(line.giver ?? slots.giver ?? [], sets),
      receiver: expandSlots(line.receiver ?? slots.receiver ?? [], sets),
      place: expandSlots(line.place ?? slots.place ?? [], sets),
      reflexive: !!line.reflexive,
      auxEtre: !!line.auxEtre,
      trade: !!line.trade,
      planned: !!line.planned,
      after: line.after ?? [],
      goods: line.goods ?? [],
      notBefore: line.notBefore ? new RegExp(line.notBefore, 'iu') : undefined,
    };
    frames.push(frame);
    // A pronominal lemma is a frame of its own ("se fournir auprès de": its subject receives; "fournir": its subject gives).
    const table = frame.reflexive ? pronominal : verbs;
    for (const [form, kind] of conjugate(line.lemma, conjugation, line.class, line.participle, line.forms, line.participles))
      if (!table.has(form)) table.set(form, { frame, kind });
  }
  const locutions = ((grammar.locutions as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  const asides = ((grammar.asides as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  const conditions = ((grammar.conditions as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  const inverted = [...((grammar.inverted as string[] | undefined) ?? [])].sort((a, b) => b.length - a.length);
  const patterns = Object.fromEntries(Object.entries(files.patterns).filter(([k]) => k !== 'about').map(([k, v]) => [k, expandPattern(v, files.patterns)]));
  const tense = (grammar.tense ?? {}) as { futureAuxiliaries?: string[]; futureRegularLemma?: string; futureMargin?: Record<string, number>; perfectInfinitives?: string[] };
  const condition = (grammar.condition ?? {}) as { elidedBefore?: string[]; notAfter?: string[] };
  const verbGroup = (grammar.verbGroup ?? {}) as { articleClitics?: string[]; infinitiveLinkers?: string[]; pronominalModals?: string[] };
  return {
    code, classes, verbs, pronominal, frames, locutions, asides, conditions, inverted, patterns, words: files.words, transfers: files.transfers, pastIsParticiple: !!grammar.pastIsParticiple,
    tense: { futureAuxiliaries: new Set(tense.futureAuxiliaries ?? []), futureRegularLemma: tense.futureRegularLemma, futureMargin: tense.futureMargin ?? {}, perfectInfinitives: new Set(tense.perfectInfinitives ?? []) },
    condition: { elidedBefore: condition.elidedBefore ?? [], notAfter: condition.notAfter ?? [] },
    verbGroup: { articleClitics: verbGroup.articleClitics ?? [], infinitiveLinkers: verbGroup.infinitiveLinkers ?? [], pronominalModals: verbGroup.pronominalModals ?? [] },
  };
}

// "{org.civilKind}": a pattern that names another by its full key holds that one's source, so one word list has one home.
function expandPattern(source: string, all: Record<string, string>): string {
  return source.replace(/\{([a-z]+\.[A-Za-z]+)\}/g, (ref, key: string) => (all[key] === undefined ? ref : expandPattern(all[key], all)));
}

const FILES = new Map<string, LanguageFiles>([
  ['fr', { grammar: frGrammar, frames: frFrames as FramesFile, patterns: frPatterns, words: frWords, transfers: frTransfers }],
  ['en', { grammar: enGrammar, frames: enFrames as FramesFile, patterns: enPatterns, words: enWords, transfers: enTransfers }],
]);
const LANGUAGES = new Map<string, Language>([...FILES].map(([code, files]) => [code, buildLanguage(code, files)]));

/** The data files a shipped language is built from, to extend one in a copy (a new frame line, a new pattern). */
export function languageFiles(code: string): LanguageFiles {
  const files = FILES.get(code);
  if (!files) throw new Error(`lib/extract: no data for language "${code}" under data/lang/${code}/`);
  return files;
}

/** The grammar and frames of a language. */
export function languageOf(code = 'fr'): Language {
  const lang = LANGUAGES.get(code);
  if (!lang) throw new Error(`lib/extract: no grammar for language "${code}"; add data/lang/${code}/grammar.json and frames.json`);
  return lang;
}

/** The language codes Trame has rules for. */
export const LANGUAGE_CODES: readonly string[] = [...LANGUAGES.keys()];

/** Whether Trame has rules for a language code. */
export function hasLanguage(code: string): boolean {
  return LANGUAGES.has(code);
}

// The language of the article being extracted: extractDocument is synchronous, so one slot is enough.
let active: Language = LANGUAGES.get('fr')!;

/** The language of the article being extracted (French outside extractDocument). */
export function activeLanguage(): Language {
  return active;
}

/** Runs `fn` with `lang` as the active language, restoring the previous one after, even on error. */
export function withLanguage<T>(lang: Language, fn: () => T): T {
  const previous = active;
  active = lang;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

const COMPILED = new WeakMap<Language, Map<string, RegExp>>();
// A pattern a language does not define matches nothing: the rule it serves stays silent in that language.

/** The active language's pattern `name` from patterns.json, compiled once per flags; a global regex is a fresh copy (lastIndex). */
export function pattern(name: string, flags = 'iu', lang: Language = active): RegExp {
  let cache = COMPILED.get(lang);
  if (!cache) COMPILED.set(lang, (cache = new Map()));
  const key = `${name}/${flags}`;
  let re = cache.get(key);
  if (!re) cache.set(key, (re = new RegExp(lang.patterns[name] ?? NEVER_MATCHES, flags)));
  return flags.includes('g') || flags.includes('y') ? new RegExp(re.source, re.flags) : re;
}

/** The source of the active language's pattern `name`, to compose into a larger expression. */
export function patternSource(name: string, lang: Language = active): string {
  return lang.patterns[name] ?? NEVER_MATCHES;
}

const DERIVED = new WeakMap<Language, Map<string, unknown>>();

/** A value computed once per language from its data (a compiled goods pattern, a lookup table). */
export function perLanguage<T>(key: string, make: (lang: Language) => T, lang: Language = active): T {
  let cache = DERIVED.get(lang);
  if (!cache) DERIVED.set(lang, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make(lang));
  return cache.get(key) as T;
}

/** The currency words of a language ("dollars", "euros"), as folded token keys. */
export function currencyKeys(lang: Language = active): Set<string> {
  return perLanguage('currencyKeys', (l) => new Set(l.transfers.currencies.map(fold)), lang);
}
