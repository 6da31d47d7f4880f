import type { SentenceContext } from '../context';
import { findGoods, type GoodsMention } from '../goods';
import { quantityBefore } from '../phrases';
import { findQuantities, type Quantity } from '../quantities';
import { pattern } from '../syntax/language';
import { partDraft, type TransferDraft } from './draft';
import { spanOpenedAfter } from './gapped';

// A total told once and its counted parts after "dont" (transfer.partsOpen): "plus de deux mille pièces d'équipement,
// dont des chars, près de 2 500 tonnes de munitions et quelque vingt mille armes légères". Each counted part is a
// transfer of its own kind between the same sides, next to the total; a part with no count ("des chars") adds nothing.

/** The counted parts a sentence lists after a counted total, one transfer each, with the total's sides. */
export function readParts(ctx: SentenceContext, drafts: TransferDraft[]): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  // Most sentences list no parts: their goods and counts are read only once one does.
  let counted: Quantity[] | undefined;
  let named: GoodsMention[] | undefined;
  for (const d of drafts) {
    if (!d.quantity?.value || !d.senders.length || !d.recipients.length) continue;
    const span = spanOpenedAfter(text, d.end, 'transfer.partsOpen');
    if (!span) continue;
    const [from, end] = span;
    const quantities = (counted ??= findQuantities(text).filter((q) => q.value !== null && !q.vague));
    const goods = (named ??= findGoods(text));
    const inside = goods.filter((x) => x.start >= from && x.end <= end);
    inside.forEach((g, k) => {
      const q = quantityBefore(text, quantities, g.start);
      if (!q || q.start < from || drafts.some((x) => x.start <= g.start && g.start < x.end) || out.some((x) => x.quantity === q)) return;
      // "500 tonnes de munitions": a measure's content names the kind.
      const content = inside[k + 1] && pattern('phrase.measureGap', 'u').test(text.slice(g.end, inside[k + 1].start)) ? inside[k + 1] : g;
      out.push(partDraft(d, { kinds: [content.kind], text: text.slice(q.start, content.end), start: q.start, end: content.end, unit: g.text, quantity: q }));
    });
  }
  return out;
}
