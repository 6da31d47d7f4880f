import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import type { Discourse } from '../discourse';
import type { EntityMention } from '../entities';
import type { Trigger } from '../goods';
import type { Phrase } from '../phrases';

/** One goods phrase being read: the sentence around it, its trigger, and the sides found so far (filled in place). */
export interface Reading {
  doc: DocBuilder;
  ctx: SentenceContext;
  personCountry: Map<string, string>;
  discourse: Discourse;
  /** Every transfer verb and noun of the sentence. */
  triggers: Trigger[];
  p: Phrase;
  trigger: Trigger | undefined;
  /** The clause around the goods. */
  cs: number;
  ce: number;
  /** Where the goods phrase and its trigger both end. */
  after: number;
  senders: string[];
  recipients: string[];
  /** "soldats nord-coréens": the state a nationality on the goods names as sender. */
  demonymSender?: string;
  /** An army named in the clause: who troops or arms of a nationality go to. */
  armyTarget?: EntityMention;
  /** Receivers named by "lui"/"leur" earlier in this sentence: a second "lui" usually means the same one. */
  datives: string[];
}

/** A reading whose goods have a trigger. */
export type TriggeredReading = Reading & { trigger: Trigger };
