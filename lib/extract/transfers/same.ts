import { pattern } from '../syntax/language';
import type { TransferDraft } from './draft';

/**
 * "la Turquie avait été sanctionnée pour l'achat du même système": goods named as the same as earlier ones come from the
 * same sender, when the sentence names none (anaphora.sameGoods, the words right before the goods).
 */
export function senderOfSameGoods(drafts: TransferDraft[], sentenceText: (id: string) => string): void {
  drafts.forEach((d, i) => {
    if (d.senders.length || !pattern('anaphora.sameGoods').test(sentenceText(d.sentenceId).slice(Math.max(0, d.start - 20), d.start))) return;
    const earlier = drafts.slice(0, i).reverse().find((x) => x.kinds[0] === d.kinds[0] && x.senders.length && x.senders.every((s) => !d.recipients.includes(s)));
    if (earlier) d.senders.push(...earlier.senders);
  });
}
