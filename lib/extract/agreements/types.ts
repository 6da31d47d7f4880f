import type { GraphNode } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import type { PlacedFact } from '../claims';
import type { SentenceContext } from '../context';
import type { Discourse } from '../discourse';
import type { ArticleEntities } from '../entities';

/** An agreement of the article, remembered so that "la déclaration" or "le pacte" can refer back to it. */
export interface AgreementMemory {
  /** `governed`: named under a preposition ("dans le sillage des accords d'Abraham"), a mention in passing rather than the clause's object. */
  list: Array<{ id: string; kind: string; sentenceIndex: number; governed?: boolean }>;
  /** States and bodies in order of last mention (most recent last), for "les deux pays". */
  actors?: string[];
  /** How often each state or body was named so far, demonyms included: the article's protagonists. */
  counts?: Map<string, number>;
  /** The agreement last named and where its name ends, for an apposition ("la charte de X, un pacte de défense"). */
  lastName?: { id: string; sentenceId: string; end: number };
  /** The two sides of the war the article tells of ("la guerre qui oppose X à Y"), for "les deux belligérants". */
  sides?: string[];
  /** The article's subjects sentence by sentence, for "Il a signé", "Elle y a adhéré". */
  discourse?: Discourse;
}

/** What the readers of one sentence share. */
export interface AgreementScene {
  doc: DocBuilder;
  ctx: SentenceContext;
  state: ArticleEntities;
  memory: AgreementMemory;
  transfers: PlacedFact[];
  personCountry: Map<string, string>;
}

/** One agreement named in a sentence, and what the steps found about it so far. */
export interface AgreementSite extends AgreementScene {
  node: GraphNode;
  kind: string;
  /** [start, end) of the name in the sentence. */
  start: number;
  end: number;
  /** [cs, ce) of the clause around the name. */
  cs: number;
  ce: number;
  clause: string;
  /** The name points back to an agreement already named ("cet accord", "le texte"). */
  back?: boolean;
  /** States and bodies party to it, emitted last. */
  parties: Set<string>;
  /** The signing verb before the name ("ont signé"), its index in the sentence. */
  signVerb?: RegExpExecArray;
  /** A passive participle after the name ("signé le 19 juin par"), its index relative to `end`. */
  passive?: RegExpExecArray | null;
  /** A veto verb before the name, its index relative to `cs`. */
  veto?: RegExpExecArray | null;
}
