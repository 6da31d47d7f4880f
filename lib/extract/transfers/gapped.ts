import type { DocBuilder } from '../builder';
import { actorMentions, type SentenceContext } from '../context';
import { findGoods } from '../goods';
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
  const goods = findGoods(text);
  for (const d of read) {
    if (!d.trigger?.verb || d.trigger.verb.voice !== 'active' || d.items?.length || !d.quantity || d.exchangeFor !== undefined) continue;
    // "A N à X, B M et C P": each gapped clause of a list opens where the one before it closed.
    for (let at = d.end, span = gapSpan(text, at); span; span = gapSpan(text, at)) {
      const gapped = readClause(doc, ctx, personCountry, { read, d, quantities, goods }, span);
      if (!gapped) break;
      out.push(gapped);
      at = span[1];
    }
  }
  return out;
}

/** The next gapped clause after `at`: opened by a coordinator (transfer.gapOpen) or by a bare comma (transfer.gapList), which needs a new subject. */
function gapSpan(text: string, at: number): [number, number, boolean] | undefined {
  const rest = text.slice(at);
  const o = pattern('transfer.gapOpen').exec(rest);
  const c = pattern('transfer.gapList').exec(rest);
  const listed = !!c && (!o || c.index < o.index);
  const m = listed ? c : o;
  if (!m) return undefined;
  const from = at + m.index + m[0].length;
  // The clause closes at the sentence's close (transfer.gapClose) or where the next item of the list opens.
  const stops = ['transfer.gapClose', 'transfer.gapList', 'transfer.gapOpen'].map((n) => pattern(n).exec(text.slice(from))?.index).filter((i): i is number => i !== undefined);
  return [from, from + Math.min(text.length - from, ...stops), listed];
}

interface GapInput {
  read: TransferDraft[];
  d: TransferDraft;
  quantities: ReturnType<typeof findQuantities>;
  goods: ReturnType<typeof findGoods>;
}

/** The transfer a gapped clause tells again, or nothing where the clause has a verb, a noun or an actor of its own. */
function readClause(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, { read, d, quantities, goods }: GapInput, [from, close, listed]: [number, number, boolean]): TransferDraft | undefined {
  const text = ctx.text;
  if (!d.trigger?.verb || !d.quantity) return undefined;
  // "puis une seconde en 2024, destinée à couvrir …": what the goods are for closes the gapped clause.
  const tail = pattern('transfer.gapTail').exec(text.slice(from, close));
  const end = tail ? from + tail.index : close;
  if (read.some((x) => x !== d && x.start >= from && x.start < end)) return undefined;
  // "puis une seconde du même montant": the count is the first clause's again.
  const same = pattern('transfer.gapSameAmount').exec(text.slice(from, end));
  const q = quantities.find((x) => x.start >= from && x.end <= end) ?? (same ? { ...d.quantity, start: from + same.index, end: from + same.index + same[0].length } : undefined);
  if (!q) return undefined;
  const actors = actorMentions(ctx).filter((m) => m.start >= from && m.end <= end);
  const receiving = d.trigger.role === 'receive';
  // The new subject comes before the count; the other side after it, with the verb's own marker ("à", "vers", "à
  // destination de" for a giver's receiver: transfer.gapReceiver; "de" for a receiver's giver: transfer.gapSource).
  const subject = actors.find((m) => m.end <= q.start);
  const other = actors.find((m) => m.start >= q.end && pattern(receiving ? 'transfer.gapSource' : 'transfer.gapReceiver', 'iu').test(text.slice(q.end, m.start)));
  if (actors.some((m) => m !== subject && m !== other)) return undefined;
  // ", le double de 2022": a bare comma opens a gapped clause only before a new subject.
  if (listed && !subject) return undefined;
  // Everything else in the gapped clause is filler: no verb, no noun of its own. The goods may come back by their own
  // noun or unit ("la Banque mondiale un prêt de 400 millions de dollars", "la Suède 25 tonnes").
  let rest = text.slice(from, end);
  const blank = (s: number, e: number) => { rest = rest.slice(0, s - from) + ' '.repeat(e - s) + rest.slice(e - from); };
  const again = goods.filter((g) => g.start >= from && g.end <= end && (d.kinds.includes(g.kind) || pattern('transfer.unitNoun').test(g.text)));
  for (const m of [q, ...actors, ...again, ...ctx.dates.filter((x) => x.start >= from && x.end <= end)]) blank(m.start, m.end);
  // "puis six autres en mai", "puis une seconde de 15 millions": with no new side, the same sides move again.
  // "puis 15 millions en 2023": a new date says so too.
  const dated = ctx.dates.some((x) => x.start >= from && x.end <= end);
  if ((!subject && !other && !dated && !gapWords().again.test(rest)) || !gapWords().rest.test(rest)) return undefined;
  const s = endpoint(doc, subject, personCountry);
  const o = endpoint(doc, other, personCountry);
  const senders = receiving ? (o ? [o] : d.senders) : s ? [s] : d.senders;
  const recipients = receiving ? (s ? [s] : d.recipients) : o ? [o] : d.recipients;
  if (!senders.length || !recipients.length || senders.some((x) => recipients.includes(x))) return undefined;
  return {
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
  };
}

/** Where the words that pattern `open` introduces after `at` begin, and where their clause stops (transfer.gapClose). */
export function spanOpenedAfter(text: string, at: number, open: string): [number, number] | undefined {
  const o = pattern(open).exec(text.slice(at));
  if (!o) return undefined;
  const from = at + o.index + o[0].length;
  return [from, from + (pattern('transfer.gapClose').exec(text.slice(from))?.index ?? text.length - from)];
}
