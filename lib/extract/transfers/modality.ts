import type { Trigger } from '../goods';
import { pattern } from '../syntax/language';
import { analyse } from '../syntax/analyse';

// The trigger itself is negated ("ne les ont pas encore envoyés", "aucune livraison": transfer.negatedVerb, transfer.negatedNoun),
// not a verb that governs it ("ne pouvaient pas confirmer le déploiement": that is a stance, not a denial).
// "interdit toute vente", "a suspendu les livraisons", "le gel des livraisons": a flow barred or stopped is none (transfer.barredNoun).

/** Whether the trigger itself is negated or ruled out ("ne livre pas", "refuse de livrer", "aucune livraison"). */
export function isNegated(text: string, trigger: Trigger): boolean {
  const before = text.slice(Math.max(0, trigger.start - 45), trigger.start);
  // "a acheté douze Mirage au Qatar, un contrat finalement annulé : aucun de ces appareils n'a été livré", "a autorisé
  // la vente de 36 F-15, mais aucun contrat ferme n'a été signé": the deal undone or never made later in the sentence.
  if (pattern('transfer.undone').test(text.slice(trigger.end))) return true;
  if (trigger.noun) return pattern('transfer.negatedNoun').test(before) || pattern('transfer.barredNoun').test(before);
  // "s'interdit d'exporter", "refuse de livrer", "a renoncé à envoyer": a verb that rules the transfer out.
  // "menace de livrer", "a cessé de livrer": a threat or an end is no transfer (a hope, "espère fournir", stays one, alleged).
  // "plutôt que de livrer", "au lieu d'envoyer": the road not taken.
  if (pattern('transfer.roadNotTaken', 'iu').test(before)) return true;
  if (pattern('transfer.ruledOut').test(before)) return true;
  // "voulait livrer des F-16 à l'Ukraine mais y a renoncé": the intent given up later in the sentence.
  if (pattern('transfer.givenUp').test(text.slice(trigger.end))) return true;
  // "n'a pas livré moins de douze avions" counts at least twelve: "pas … moins de" asserts (transfer.notLessAfter).
  // It lifts the negation only: a verb that rules the transfer out, read above, still does ("a refusé de vendre moins de douze").
  if (pattern('transfer.notLessAfter').test(text.slice(trigger.end, trigger.end + 20))) return false;
  // "n'a livré aucun missile": the negation closes after the verb ("ne livre plus que" restricts, it does not deny);
  // "ne vend d'armes ni à l'Ukraine ni à la Russie", "ne livre ni chars ni obus": "ne" closed by "ni" after the verb.
  if (pattern('transfer.negationBefore').test(before) && (pattern('transfer.negationAfter').test(text.slice(trigger.end, trigger.end + 16)) || pattern('transfer.neitherNorAfter', 'iu').test(text.slice(trigger.end, trigger.end + 80)))) return true;
  // "Ni la France ni l'Allemagne ne livrent de chars": "ni … ni … ne" denies without "pas".
  if (pattern('transfer.neitherNor', 'iu').test(text.slice(Math.max(0, trigger.start - 140), trigger.start))) return true;
  // "Aucun soldat n'a été envoyé", "Nul convoi n'est parti", "sans qu'un seul kilo ne soit livré": a negative subject
  // (transfer.negativeSubject) and "ne" in the verb group.
  const clause = text.slice(Math.max(0, text.lastIndexOf(',', trigger.start) + 1, text.lastIndexOf(';', trigger.start) + 1), trigger.start);
  if (pattern('transfer.negationInGroup', 'iu').test(before) && pattern('transfer.negativeSubject', 'iu').test(clause)) return true;
  return pattern('transfer.negatedVerb').test(before);
}

// A report, a conditional or a plan: the transfer is alleged, not asserted.
export const ALLEGED = { test: (text: string) => pattern('transfer.alleged').test(text) };

// "L'armée ukrainienne a abattu 20 drones iraniens": goods an army destroys came from its enemy.
export const HOSTILE = { test: (text: string) => pattern('transfer.hostile').test(text) };

/** "négocie l'achat de", "prévoit la livraison de", "a promis l'envoi de": a flow named as a plan or a wish is no fact yet. */
export function isPlannedNoun(text: string, trigger: Trigger): boolean {
  const { words } = analyse(text);
  let i = words.findIndex((w) => w.start === trigger.start) - 1;
  // "la question de la livraison", "le débat sur l'envoi": skip the determiners and the linking preposition.
  while (i >= 0 && (words[i].classes.has('determiners') || words[i].classes.has('adverbs') || pattern('transfer.plannedNounLink', '').test(words[i].key))) i--;
  return i >= 0 && words[i].classes.has('planned');
}
