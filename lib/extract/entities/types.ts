import type { Sentence } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import type { EntityLabel, Via } from '../lexicon';
import type { Token } from '../text';

/** An entity recognised in one sentence (offsets relative to the sentence text). */
export interface EntityMention {
  id: string;
  label: EntityLabel;
  via: Via;
  start: number;
  end: number;
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** What the recogniser remembers across the sentences of one article. */
export interface ArticleEntities {
  /** Person ids in order of last mention (most recent last). */
  personsSeen: string[];
  countriesSeen: Set<string>;
  orgsSeen: string[];
  /** The state or body that opened the previous sentence ("Le Kremlin ... Son porte-parole"). */
  lastSubject?: string;
  /** The last state that opened a sentence, when it spoke there ("Le Niger a annoncé ..."): whom a government's spokesperson speaks for. */
  lastSpeaker?: string;
  /** The last body or state the previous sentence named outside a preposition ("…, confirme l'OMS."): what a possessive opening the next one points to. */
  lastActor?: string;
  /** Short forms the article itself defined ("Armée nationale libyenne (ANL)") -> id. */
  forms: Map<string, string>;
  /** States in order of last mention (most recent last): the state in focus. */
  countryRecency: string[];
  /** Names a person goes by in this article ("Mohamed Hamdan Daglo, dit Hemedti"): folded nickname -> person id. */
  nicknames: Map<string, string>;
  /** The state a state noun was last tied to ("le régime syrien"): folded noun -> country id, for a later bare "le régime". */
  stateNouns: Map<string, string>;
  /** The body last introduced by a kind noun ("la coopérative Terres du Rouergue"): folded noun -> body id, for a later "de la coopérative". */
  kindNouns: Map<string, string>;
}

/** Fresh per-article memory. */
export function newArticleEntities(): ArticleEntities {
  return { personsSeen: [], countriesSeen: new Set(), orgsSeen: [], forms: new Map(), countryRecency: [], nicknames: new Map(), stateNouns: new Map(), kindNouns: new Map() };
}

/** Records one recognised mention (callers: the pattern and gazetteer passes, and persons.ts). */
export type Push = (m: Omit<EntityMention, 'text'>) => void;

/** One sentence being read: its tokens, which are taken, what was found, and how to record more. */
export interface SentenceScan {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  taken: boolean[];
  found: EntityMention[];
  doc: DocBuilder;
  state: ArticleEntities;
  push: Push;
  /** Index of the first token starting at or after `offset` (-1 past the end). */
  tokenAt: (offset: number) => number;
  /** States named by a nationality word inside a body's name ("ministère russe"). */
  stateMentions: Array<{ id: string; start: number; end: number }>;
  /** Bodies named alongside a mention that stands for their state ("le gouvernement éthiopien"): nodes and mentions, no actor. */
  bodyMentions: Array<{ id: string; start: number; end: number }>;
}
