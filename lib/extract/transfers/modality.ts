import type { Trigger } from '../goods';
import { pattern } from '../syntax/language';

// The trigger itself is negated ("ne les ont pas encore envoyés", "aucune livraison": transfer.negatedVerb, transfer.negatedNoun),
// not a verb that governs it ("ne pouvaient pas confirmer le déploiement": that is a stance, not a denial).
// "interdit toute vente", "a suspendu les livraisons", "le gel des livraisons": a flow barred or stopped is none (transfer.barredNoun).

/** Whether the trigger itself is negated or ruled out ("ne livre pas", "refuse de livrer", "aucune livraison"). */
export function isNegated(text: string, trigger: Trigger): boolean {
  const before = text.slice(Math.max(0, trigger.start - 45), trigger.start);
  if (trigger.noun) return pattern('transfer.negatedNoun').test(before) || pattern('transfer.barredNoun').test(before);
  // "n'a livré aucun missile": the negation closes after the verb ("ne livre plus que" restricts, it does not deny).
  if (pattern('transfer.negationBefore').test(before) && pattern('transfer.negationAfter').test(text.slice(trigger.end, trigger.end + 16))) return true;
  // "s'interdit d'exporter", "refuse de livrer", "a renoncé à envoyer": a verb that rules the transfer out.
  // "menace de livrer", "a cessé de livrer": a threat or an end is no transfer (a hope, "espère fournir", stays one, alleged).
  if (pattern('transfer.ruledOut').test(before)) return true;
  // "voulait livrer des F-16 à l'Ukraine mais y a renoncé": the intent given up later in the sentence.
  if (pattern('transfer.givenUp').test(text.slice(trigger.end))) return true;
  return pattern('transfer.negatedVerb').test(before);
}

// A report, a conditional or a plan: the transfer is alleged, not asserted.
export const ALLEGED = { test: (text: string) => pattern('transfer.alleged').test(text) };

// "L'armée ukrainienne a abattu 20 drones iraniens": goods an army destroys came from its enemy.
export const HOSTILE = { test: (text: string) => pattern('transfer.hostile').test(text) };
