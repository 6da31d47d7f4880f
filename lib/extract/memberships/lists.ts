import type { EntityMention } from '../entities';
import { pattern } from '../syntax/language';

type Kind = EntityMention['label'];

/** The actors of `kinds` (states by default) listed one after another from `first` on, joined by commas or "et" (membership.listGap). */
export function listFrom(first: EntityMention, actors: EntityMention[], text: string, kinds: Kind[] = ['Country']): EntityMention[] {
  const list = [first];
  for (const a of actors.filter((x) => x.start >= first.end && kinds.includes(x.label))) {
    if (!pattern('membership.listGap').test(text.slice(list.at(-1)!.end, a.start))) break;
    list.push(a);
  }
  return list;
}

/** The actors of `kinds` (states by default) listed one before another up to `last`, first one first, joined by what the pattern `gap` allows. */
export function listUpTo(last: EntityMention, actors: EntityMention[], text: string, gap = 'membership.listGap', kinds: Kind[] = ['Country']): EntityMention[] {
  const list = [last];
  for (const a of [...actors].reverse().filter((x) => x.end <= last.start && kinds.includes(x.label))) {
    if (!pattern(gap).test(text.slice(a.end, list[0].start))) break;
    list.unshift(a);
  }
  return list;
}

/**
 * "est membre de l'Otan aux côtés de la Suède et du Danemark", "aux côtés du luxembourgeois SES et de l'espagnol
 * Hispasat": the states and bodies listed after "aux côtés de" right at `from`, each perhaps after a nationality
 * adjective that only describes it.
 */
export function alongside(text: string, from: number, actors: EntityMention[]): EntityMention[] {
  const open = pattern('membership.alongside', 'iu').exec(text.slice(from));
  if (!open) return [];
  const out: EntityMention[] = [];
  let pos = from + open[0].length;
  const after = actors.filter((a) => a.start >= pos && (a.label === 'Country' || a.label === 'Organization'));
  for (const [k, a] of after.entries()) {
    // "du luxembourgeois SES": the adjective is SES's, not a member of its own.
    const next = after[k + 1];
    if (a.via === 'demonym' && next && /^\s+$/u.test(text.slice(a.end, next.start))) continue;
    if (!pattern(out.length ? 'membership.alongsideGap' : 'membership.alongsideFirst', 'iu').test(text.slice(pos, a.start))) break;
    out.push(a);
    pos = a.end;
  }
  return out;
}
