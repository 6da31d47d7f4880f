import type { Trigger } from '../goods';
import { analyse } from '../syntax/analyse';

// The trigger itself is negated ("ne les ont pas encore envoyés", "aucune livraison"), not a verb
// that governs it ("ne pouvaient pas confirmer le déploiement": that is a stance, not a denial).
const NEGATED_VERB = /(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,3}?(?:pas|jamais|plus|point|guère)\s+(?:\p{L}+\s+){0,2}$/iu;
// "interdit toute vente", "a suspendu les livraisons", "le gel des livraisons": a flow barred or stopped is none.
const BARRED_NOUN = /(?<![\p{L}])(?:interdi\p{L}*|prohib\p{L}*|proscri\p{L}*|bloqu\p{L}*|suspen\p{L}*|gel|embargo\s+sur|arrêt|cessation|fin)\s+(?:(?:de\s+)?(?:toute?s?|tous|les?|la|l['’]|des|du|ses|leurs?)\s*)?$/iu;
const NEGATED_NOUN = /(?<![\p{L}])(?:aucune?|pas de|pas d['’]|sans|ni)\s+(?:\p{L}+\s+)?$/iu;

/** Whether the trigger itself is negated or ruled out ("ne livre pas", "refuse de livrer", "aucune livraison"). */
export function isNegated(text: string, trigger: Trigger): boolean {
  const before = text.slice(Math.max(0, trigger.start - 45), trigger.start);
  if (trigger.noun) return NEGATED_NOUN.test(before) || BARRED_NOUN.test(before);
  // "n'a livré aucun missile": the negation closes after the verb ("ne livre plus que" restricts, it does not deny).
  if (/(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,2}$/iu.test(before) && /^\s+(?:aucune?|rien|nul(?:le)?|jamais|pas|plus)(?![\p{L}])(?!\s+qu(?:e|['’]))/iu.test(text.slice(trigger.end, trigger.end + 16))) return true;
  // "s'interdit d'exporter", "refuse de livrer", "a renoncé à envoyer": a verb that rules the transfer out.
  // "menace de livrer", "a cessé de livrer": a threat or an end is no transfer (a hope, "espère fournir", stays one, alleged).
  // "plutôt que de livrer", "au lieu d'envoyer": the road not taken.
  if (/(?<![\p{L}])(?:plutôt que|au lieu)\s+(?:de\s+|d['’])$/iu.test(before)) return true;
  if (/(?<![\p{L}])(?:interdi\p{L}*|refus\p{L}*|renonc\p{L}*|exclu\p{L}*|exclut|menac\p{L}*|cess\p{L}*)\s+(?:toujours\s+|encore\s+)?(?:de\s+|d['’]|à\s+)(?:\p{L}+\s+){0,1}$/iu.test(before)) return true;
  // "voulait livrer des F-16 à l'Ukraine mais y a renoncé": the intent given up later in the sentence.
  if (/^[^.;]{0,80}?(?<![\p{L}])(?:mais|avant d['’]y|puis)\s+(?:y\s+)?(?:a|ont|avait|avaient)\s+renoncé/iu.test(text.slice(trigger.end))) return true;
  // "Aucun soldat n'a été envoyé", "Nul convoi n'est parti": a negative subject and "ne" in the verb group.
  const clause = text.slice(Math.max(0, text.lastIndexOf(',', trigger.start) + 1, text.lastIndexOf(';', trigger.start) + 1), trigger.start);
  if (/(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,3}$/iu.test(before) && /(?<![\p{L}])(?:aucune?|nul(?:le)?|personne|rien)(?![\p{L}])/iu.test(clause)) return true;
  return NEGATED_VERB.test(before);
}

// A report, a conditional or a plan: the transfer is alleged, not asserted.
export const ALLEGED = /(?<![\p{L}])(?:\p{L}+(?:rait|raient)|selon|d['’]après|prétendument|présumée?s?|probablement|supposée?s?|aurai[et]|auraient|serai[et]|seraient|envisag\p{L}*|projet(?:te|tent)|compte(?:nt)? livrer)(?![\p{L}])/iu;

// "L'armée ukrainienne a abattu 20 drones iraniens": goods an army destroys came from its enemy.
export const HOSTILE = /(?<![\p{L}])(?:abatt\p{L}*|détrui\p{L}*|intercept\p{L}*|neutralis\p{L}*|captur\p{L}*|saisie?s?|frapp\p{L}*|ciblée?s?|démantel\p{L}*)(?![\p{L}])/iu;

/** "négocie l'achat de", "prévoit la livraison de", "a promis l'envoi de": a flow named as a plan or a wish is no fact yet. */
export function isPlannedNoun(text: string, trigger: Trigger): boolean {
  const { words } = analyse(text);
  let i = words.findIndex((w) => w.start === trigger.start) - 1;
  // "la question de la livraison", "le débat sur l'envoi": skip the determiners and the linking preposition.
  while (i >= 0 && (words[i].classes.has('determiners') || words[i].classes.has('adverbs') || ['de', "d'", 'sur'].includes(words[i].key))) i--;
  return i >= 0 && words[i].classes.has('planned');
}
