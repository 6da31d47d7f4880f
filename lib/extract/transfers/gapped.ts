import type { DocBuilder } from '../builder';
import { actorMentions, type SentenceContext } from '../context';
import { findQuantities } from '../quantities';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import type { TransferDraft } from './draft';
import { endpoint } from './endpoints';

// A coordinated clause whose verb and goods are left out (transfer.gapOpen: "et", "puis", "tandis que") repeats the
// transfer before it with a new count and a new giver or receiver: "La Chine a livré deux patrouilleurs aux Îles Salomon,
// et l'Australie trois autres", "La Turquie a vendu 12 drones au Niger, puis 6 au Mali". What is left once the actors,
// the count and the dates are set aside must be filler (transfer.gapRest: "autres", "l'année suivante", articles),
// so that a clause with a verb of its own is never read this way.

/** transfer.gapAgain and transfer.gapRest, sharing the words that tell the goods move again ({ordinal}: transfer.gapOrdinal). */
const gapWords = () => perLanguage('transfer.gapWords', (lang) => {
  const src = (n: string) => patternSource(n, lang).replaceAll('{ordinal}', patternSource('transfer.gapOrdinal', lang));
  return { again: new RegExp(src('transfer.gapAgain'), 'iu'), rest: new RegExp(src('transfer.gapRest'), 'iu') };
});

/** The transfers a sentence tells again by gapping, one per coordinated clause after a verb's transfer. */
export function readGapped(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, read: TransferDraft[]): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  const quantities = findQuantities(text).filter((q) => q.value !== null && !q.vague && !ctx.dates.some((d) => q.start < d.end && d.start < q.end));
  for (const d of read) {
    if (!d.trigger?.verb || d.trigger.verb.voice !== 'active' || d.items?.length || !d.quantity || d.exchangeFor !== undefined) continue;
    // The gap opens after the draft's own clause: the first coordinator past its goods.
    const span = spanOpenedAfter(text, d.end, 'transfer.gapOpen');
    if (!span) continue;
    // "puis une seconde en 2024, destinée à couvrir …": what the goods are for closes the gapped clause.
    const [from, close] = span;
    const tail = pattern('transfer.gapTail').exec(text.slice(from, close));
    const end = tail ? from + tail.index : close;
    if (read.some((x) => x !== d && x.start >= from && x.start < end)) continue;
    // "puis une seconde du même montant": the count is the first clause's again.
    const same = pattern('transfer.gapSameAmount').exec(text.slice(from, end));
    const q = quantities.find((x) => x.start >= from && x.end <= end) ?? (same ? { ...d.quantity, start: from + same.index, end: from + same.index + same[0].length } : undefined);
    if (!q) continue;
    const actors = actorMentions(ctx).filter((m) => m.start >= from && m.end <= end);
    const receiving = d.trigger.role === 'receive';
    // The new subject comes before the count; the other side after it, with the verb's own marker ("à" for a giver's
    // receiver, "de" for a receiver's giver: transfer.gapSource).
    const subject = actors.find((m) => m.end <= q.start);
    const other = actors.find((m) => m.start >= q.end && pattern(receiving ? 'transfer.gapSource' : 'discourse.dative', 'iu').test(text.slice(q.end, m.start)));
    if (actors.some((m) => m !== subject && m !== other)) continue;
    // Everything else in the gapped clause is filler: no verb, no noun of its own.
    let rest = text.slice(from, end);
    const blank = (s: number, e: number) => { rest = rest.slice(0, s - from) + ' '.repeat(e - s) + rest.slice(e - from); };
    for (const m of [q, ...actors, ...ctx.dates.filter((x) => x.start >= from && x.end <= end)]) blank(m.start, m.end);
    // "puis six autres en mai", "puis une seconde de 15 millions": with no new side, the same sides move again.
    // "puis 15 millions en 2023": a new date says so too.
    const dated = ctx.dates.some((x) => x.start >= from && x.end <= end);
    if ((!subject && !other && !dated && !gapWords().again.test(rest)) || !gapWords().rest.test(rest)) continue;
    const s = endpoint(doc, subject, personCountry);
    const o = endpoint(doc, other, personCountry);
    const senders = receiving ? (o ? [o] : d.senders) : s ? [s] : d.senders;
    const recipients = receiving ? (s ? [s] : d.recipients) : o ? [o] : d.recipients;
    if (!senders.length || !recipients.length || senders.some((s) => recipients.includes(s))) continue;
    out.push({
      ...d,
      id: undefined,
      text: `${q.text} ${d.unit}`,
      start: q.start,
      end: q.end,
      quantity: q,
      senders,
      recipients,
      date: ctx.dates.find((x) => x.start >= from && x.end <= end),
      items: undefined,
      partOf: undefined,
    });
  }
  return out;
}

/** Where the words that pattern `open` introduces after `at` begin, and where their clause stops (transfer.gapClose). */
export function spanOpenedAfter(text: string, at: number, open: string): [number, number] | undefined {
  const o = pattern(open).exec(text.slice(at));
  if (!o) return undefined;
  const from = at + o.index + o[0].length;
  return [from, from + (pattern('transfer.gapClose').exec(text.slice(from))?.index ?? text.length - from)];
}
