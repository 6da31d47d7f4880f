import frGrammar from '../../../data/lang/fr/grammar.json';
import frFrames from '../../../data/lang/fr/frames.json';
import { conjugate, type FormKind, type VerbClass } from './conjugate';

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
}

/** The closed word classes and verb frames of one language. */
export interface Language {
  code: string;
  /** Folded form -> closed class ("det", "prep", "be", ...); a form may belong to several. */
  classes: Map<string, Set<string>>;
  /** Lower-case written form (accents kept: "livre" is not "livré") -> frame and form kind. */
  verbs: Map<string, { frame: Frame; kind: FormKind }>;
  frames: Frame[];
  /** Fixed phrases, as folded word sequences, whose words are never verbs. */
  locutions: string[][];
  /** Asides that may sit inside a verb group ("a pour sa part acheté"), as folded word sequences. */
  asides: string[][];
  /** Phrases that open a condition besides "si" ("au cas où"), as folded word sequences. */
  conditions: string[][];
}

/** One line of frames.json. */
export interface FrameLine {
  lemma: string;
  role: FrameRole;
  class?: VerbClass;
  participle?: string;
  participles?: string[];
  forms?: string[];
  reflexive?: boolean;
  auxEtre?: boolean;
  trade?: boolean;
  planned?: boolean;
  after?: string[];
  giver?: string[];
  receiver?: string[];
  place?: string[];
}
/** The shape of a frames.json file. */
export interface FramesFile {
  slots: Record<FrameRole, Partial<Record<'giver' | 'receiver' | 'place', string[]>>>;
  frames: FrameLine[];
}

const CLASS_KEYS = ['determiners', 'prepositions', 'be', 'have', 'modal', 'dative', 'objectClitics', 'reflexive', 'subjectPronouns', 'negation', 'adverbs', 'relatives', 'sources', 'hypothetical', 'planned'] as const;

/** A language from its closed classes and frame lines (the contents of data/lang/<code>/grammar.json and frames.json). */
export function buildLanguage(code: string, grammar: Record<string, unknown>, file: FramesFile): Language {
  const classes = new Map<string, Set<string>>();
  for (const k of CLASS_KEYS) for (const w of (grammar[k] as string[] | undefined) ?? []) {
    const set = classes.get(w) ?? new Set();
    set.add(k);
    classes.set(w, set);
  }
  const frames: Frame[] = [];
  const verbs = new Map<string, { frame: Frame; kind: FormKind }>();
  for (const line of file.frames) {
    const slots = file.slots[line.role] ?? {};
    const frame: Frame = {
      lemma: line.lemma,
      role: line.role,
      giver: line.giver ?? slots.giver ?? [],
      receiver: line.receiver ?? slots.receiver ?? [],
      place: line.place ?? slots.place ?? [],
      reflexive: !!line.reflexive,
      auxEtre: !!line.auxEtre,
      trade: !!line.trade,
      planned: !!line.planned,
      after: line.after ?? [],
    };
    frames.push(frame);
    for (const [form, kind] of conjugate(line.lemma, line.class, line.participle, line.forms, line.participles))
      if (!verbs.has(form)) verbs.set(form, { frame, kind });
  }
  const locutions = ((grammar.locutions as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  const asides = ((grammar.asides as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  const conditions = ((grammar.conditions as string[] | undefined) ?? []).map((l) => l.split(/\s+|(?<=')/).filter(Boolean));
  return { code, classes, verbs, frames, locutions, asides, conditions };
}

const LANGUAGES = new Map<string, Language>([['fr', buildLanguage('fr', frGrammar, frFrames as FramesFile)]]);

/** The grammar and frames of a language; French is the only one shipped today. */
export function languageOf(code = 'fr'): Language {
  const lang = LANGUAGES.get(code);
  if (!lang) throw new Error(`lib/extract: no grammar for language "${code}"; add data/lang/${code}/grammar.json and frames.json`);
  return lang;
}
