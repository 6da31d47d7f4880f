import { actorAfter, subjectBefore } from '../context';
import type { Trigger } from '../goods';
import type { Phrase } from '../phrases';
import { ORGS } from '../lexicon';
import { pattern } from '../syntax/language';
import { endpoint } from './endpoints';
import type { Reading } from './reading';

/** Where a sentence names a contract providing for goods ("un contrat portant sur"), read once for all its phrases. */
export function contractMarks(text: string): RegExpMatchArray[] {
  return [...text.matchAll(pattern('transfer.contractFor', 'giu'))];
}

/**
 * "Le Chili a signé avec la France un contrat portant sur 40 hélicoptères": the goods a contract provides for move from
 * the party signed with to the signing subject (the dev set's gold counts a contract's volume so). A contract's value
 * is a price, never goods: the caller leaves funds alone.
 */
export function contractTrigger(p: Phrase, cs: number, marks: RegExpMatchArray[]): Trigger | undefined {
  const last = marks.findLast((m) => m.index! >= cs && m.index! + m[0].length <= p.start && p.start - (m.index! + m[0].length) <= 25);
  if (!last || p.goods.every((g) => g.kind === 'funds')) return undefined;
  return { role: 'receive', noun: true, start: last.index!, end: last.index! + last[0].length, text: 'contrat' };
}

/** The sides of a contract's goods: the subject that signed it receives, the party after "avec" supplies. */
export function readContract(r: Reading & { trigger: Trigger }): void {
  const { doc, ctx, personCountry, trigger, cs, senders, recipients } = r;
  const signed = pattern('transfer.signedWith', 'iu').exec(ctx.text.slice(cs, trigger.start));
  if (!signed) return;
  const at = cs + signed.index;
  // "avec le groupe public russe Rosneft": the named party, past its description; a firm supplies in its own name.
  const from = at + signed[0].length;
  const party = ctx.mentions.find((m) => m.start >= from && m.start - from <= 40 && m.via !== 'demonym' && m.label !== 'Location') ?? actorAfter(ctx, from, 4);
  const seller = party && ORGS.get(party.id)?.kind === 'company' ? party.id : endpoint(doc, party, personCountry);
  const buyer = subjectBefore(ctx, at, cs).map((m) => endpoint(doc, m, personCountry)).find((x): x is string => !!x && x !== seller);
  if (!seller || !buyer) return;
  senders.push(seller);
  recipients.push(buyer);
}
