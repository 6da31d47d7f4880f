import type { SentenceContext } from '../context';
import type { Discourse } from '../discourse';
import { pattern } from '../syntax/language';

// "un accord intergouvernemental, signé en présence de … ; la Russie prêtera 10 milliards à la Hongrie": the futures
// right after an agreement told as signed or concluded (transfer.agreedTerms) state its terms, facts of the deal.
const SIGNED = new WeakMap<Discourse, number>();

/** Notes a sentence that tells an agreement signed or concluded. */
export function noteSignedAgreement(discourse: Discourse, ctx: SentenceContext): void {
  if (pattern('transfer.agreedTerms', 'iu').test(ctx.text)) SIGNED.set(discourse, ctx.sentence.index);
}

/** Whether a future in this sentence states the terms of an agreement signed in it or in the sentence before. */
export function statesAgreedTerms(discourse: Discourse, ctx: SentenceContext): boolean {
  const at = SIGNED.get(discourse);
  return at !== undefined && ctx.sentence.index - at <= 1;
}

// "versera désormais 30 millions par an", "livrera à partir du 1er mars 300 MW": a future that runs on a schedule
// (transfer.scheduledTerm) states the terms of an arrangement in force, not an announcement of what may come.
/** Whether a clause told in the future names the schedule the transfer runs on. */
export function runsOnSchedule(clause: string): boolean {
  return pattern('transfer.scheduledTerm', 'iu').test(clause);
}
