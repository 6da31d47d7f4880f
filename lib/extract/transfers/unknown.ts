import { actorMentions, type SentenceContext } from '../context';
import type { EntityMention } from '../entities';
import type { Trigger } from '../goods';
import { pattern } from '../syntax/language';

/** Whether a capitalised name Trame has no entry for follows a recipient marker ("à Nalunaq") between from and to, in one chunk. */
export function unknownNameAfter(ctx: SentenceContext, from: number, end: number): boolean {
  // "par des négociants installés à Dubaï": a name past a comma belongs to an aside, not to the verb.
  const comma = ctx.text.slice(from, end).search(/[,;:(]/u);
  const to = comma >= 0 ? from + comma : end;
  const re = pattern('transfer.namedReceiverSlot', 'gu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const at = m.index + m[0].length;
    // Right after the verb or its goods, no other complement between ("vers l'usine de X à Sillamäe" names a town).
    if (!/^[\p{Ll}\d\s'’-]{0,40}$/u.test(ctx.text.slice(from, m.index))) return false;
    if (!ctx.mentions.some((x) => at >= x.start && at < x.end)) return true;
  }
  return false;
}

/** Whether a name of several capitalised words Trame has no entry for stands between from and to (not opening the sentence). */
export function unknownNameIn(ctx: SentenceContext, from: number, to: number): boolean {
  const re = pattern('transfer.unknownName', 'gu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text))
    if (m.index > 0 && m.index + m[0].length <= to && !ctx.mentions.some((x) => x.start < m!.index + m![0].length && m!.index < x.end)) return true;
  return false;
}

/**
 * Whether an active verb's subject is a name Trame cannot put at a transfer's end: one it has no entry for ("Sonagric a
 * acheté"), or a body it reads as no party ("La fondation américaine Harwell Trust a versé", taken for a think tank). The
 * side is named, only not known, so no flow of the article may stand in for it, and a nationality inside the name
 * ("américaine") is the body's, not the actor. `party` tells whether a mention can stand at a transfer's end.
 */
export function unknownNamedSubject(ctx: SentenceContext, cs: number, trigger: Trigger | undefined, party: (m: EntityMention) => boolean): boolean {
  const last = trigger?.verb?.voice === 'active' && !trigger.verb.bare && !trigger.verb.pronounSubject ? trigger.verb.before : undefined;
  if (!last || last.start < cs || last.classes.size || !/^\p{Lu}[\p{L}'’-]*$/u.test(last.text)) return false;
  const named = ctx.mentions.find((m) => last.start < m.end && m.start < last.end);
  if (named && party(named)) return false;
  // The subject's own chunk: from the last clause mark before it to the verb, holding no actor that can be a party.
  const from = named ? named.start : last.start;
  const lead = ctx.text.slice(cs, from);
  const chunk = cs + lead.search(/[,;:()«»—][^,;:()«»—]*$/u) + 1;
  if (actorMentions(ctx).some((m) => m !== named && m.start >= chunk && m.end <= trigger!.start && party(m))) return false;
  // Either the name alone ("Sonagric a acheté") or a body's head noun before it ("la coopérative kényane Mavuno").
  const head = ctx.text.slice(chunk, from);
  return /^\s*$/u.test(head) || pattern('transfer.namedBodyHead', 'u').test(head);
}
