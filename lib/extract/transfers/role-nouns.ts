import type { SentenceContext } from '../context';
import { pattern } from '../syntax/language';
import type { TransferDraft } from './draft';

// "La Turquie a vendu 12 drones au Niger. L'acheteur a versé 50 millions au fournisseur": a party named by its part in
// the transfer just told (transfer.roleTaker: the buyer, the client, the borrower; transfer.roleGiver: the seller, the
// supplier, the lender), as the subject of the next move (transfer.roleSubject) or its receiver (transfer.roleDative).

/** Fills the sides a draft names only by their part in `previous` (the last transfer with both sides told). */
export function readRoleNouns(ctx: SentenceContext, drafts: TransferDraft[], previous: TransferDraft | undefined): void {
  const text = ctx.text;
  for (const d of drafts) {
    const t = d.trigger;
    if (!t?.verb || t.verb.voice !== 'active' || (t.role !== 'give' && t.role !== 'receive')) continue;
    const source = [...drafts.slice(0, drafts.indexOf(d)), ...(previous ? [previous] : [])].find((x) => x.senders.length && x.recipients.length && x.sentenceIndex >= d.sentenceIndex - 2);
    if (!source) continue;
    const sideOf = (noun: string) => (pattern('transfer.roleTaker', 'iu').test(noun) ? source.recipients : pattern('transfer.roleGiver', 'iu').test(noun) ? source.senders : undefined);
    const subject = pattern('transfer.roleSubject', 'iu').exec(text.slice(Math.max(0, t.start - 60), t.start));
    const dative = pattern('transfer.roleDative', 'iu').exec(text.slice(t.end, t.end + 80));
    const bySubject = subject ? sideOf(subject[1]) : undefined;
    const byDative = dative ? sideOf(dative[1]) : undefined;
    // The subject gives with a giving verb and receives with a receiving one; the dative is the other side.
    const [giver, taker] = t.role === 'give' ? [bySubject, byDative] : [byDative, bySubject];
    if (giver && !d.senders.length) d.senders.push(...giver.filter((x) => !d.recipients.includes(x)));
    if (taker && !d.recipients.length) d.recipients.push(...taker.filter((x) => !d.senders.includes(x)));
  }
}
