import transferData from '../../../data/lexicon/transfers.json';
import type { DocBuilder } from '../builder';
import { clauseAround, type SentenceContext } from '../context';
import type { Trigger } from '../goods';
import type { TransferDraft } from './draft';
import { agentAfter, placeAfter, recipientAfter } from './endpoints';
import { ALLEGED, isNegated } from './modality';
import { pattern } from '../syntax/language';

const RESALE = new Set(transferData.resale);

/**
 * Goods passed on: a giving verb whose object is a pronoun standing for goods already read in the sentence
 * ("a acheté 800 000 obus pour les livrer à l'Ukraine", "a acheté du blé, qu'il a acheminé vers le Yémen").
 * Who bought them sends them on; after a giving verb, whoever received them does ("l'Iran, qui les a revendus").
 */
export function readOnward(doc: DocBuilder, ctx: SentenceContext, triggers: Trigger[], bound: Set<Trigger>, drafts: TransferDraft[], personCountry: Map<string, string>): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  for (const t of triggers) {
    if (t.noun || t.role !== 'give' || !t.verb || bound.has(t) || t.verb.voice === 'passive' || t.verb.hypothetical || t.verb.planned || isNegated(text, t)) continue;
    const lead = text.slice(Math.max(0, t.start - 40), t.start);
    // "pour les livrer", "les a revendus", "l'a acheminé": the goods are a clitic before the verb group (transfer.onwardClitic);
    // "qu'il a acheminées", "que Kiev a livrés": the goods are the relative's antecedent (transfer.onwardRelative).
    if (!pattern('transfer.onwardClitic').test(lead) && !pattern('transfer.onwardRelative').test(lead)) continue;
    const src = [...drafts].reverse().find((d) => d.end <= t.start && t.start - d.end <= 120);
    if (!src?.trigger) continue;
    const giver = src.trigger.role === 'receive' || t.verb.before?.key === 'qui' ? src.recipients : src.senders;
    if (!giver.length) continue;
    const [, ce] = clauseAround(text, t.end);
    const to = recipientAfter(doc, ctx, t.end, ce, giver, personCountry);
    const place = to ? undefined : placeAfter(doc, ctx, t.end, ce, giver, personCountry);
    if (!to && !place) continue;
    out.push({
      ...src,
      id: undefined,
      senders: [...giver],
      recipients: to ? [to] : [],
      place,
      status: ALLEGED.test(text.slice(src.start, ce)) ? 'alleged' : 'asserted',
      date: ctx.dates.find((d) => d.start >= t.start && d.end <= ce) ?? src.date,
      trigger: t,
      exchangeFor: undefined,
      exchangeKind: undefined,
      exchangeWith: undefined,
      senderUnknown: false,
      openSender: false,
    });
  }
  return out;
}

/**
 * Goods a participle says were given, then passed on by the agent of the clause's own passive verb:
 * "Ces armes, livrées par la Serbie, ont été réexportées vers l'Ouganda par le Kenya" is Serbia to Kenya,
 * then Kenya to Uganda. The first draft's recipient becomes the one who passed the goods on.
 */
export function readRelay(doc: DocBuilder, ctx: SentenceContext, triggers: Trigger[], drafts: TransferDraft[], personCountry: Map<string, string>): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  for (const d of drafts) {
    const first = d.trigger?.verb;
    if (!first?.bare || first.voice !== 'passive' || d.trigger!.start < d.end) continue;
    const [, ce] = clauseAround(text, d.trigger!.end);
    const t = triggers.find((x) => x.verb && x.role === 'give' && x.verb.voice === 'passive' && !x.verb.bare && x.start > d.trigger!.end && x.start < ce && !x.verb.planned && !x.verb.hypothetical && !isNegated(text, x));
    // Passed on, not told twice: a verb of resale, or "ensuite", "puis", "à leur tour" before the second verb.
    const onward = (x: Trigger) => RESALE.has(x.verb!.frame.lemma) || pattern('transfer.onwardAdverb').test(text.slice(d.trigger!.end, x.start + 1));
    const passed = passedOn(doc, ctx, triggers, d, ce, onward, personCountry);
    out.push(...passed);
    if (passed.length || !t || !onward(t)) continue;
    // "Des armes bulgares, achetées par l'Arabie saoudite, ont été réexportées vers le Yémen": with no agent of its own,
    // whoever the participle says received the goods passes them on.
    const relay = agentAfter(doc, ctx, t.end, ce, personCountry) ?? (d.recipients.length === 1 && d.trigger?.role === 'receive' ? d.recipients[0] : undefined);
    if (!relay || d.senders.includes(relay)) continue;
    const to = recipientAfter(doc, ctx, t.end, ce, [relay, ...d.senders], personCountry);
    const place = to ? undefined : placeAfter(doc, ctx, t.end, ce, [relay], personCountry);
    if (!to && !place) continue;
    d.recipients.splice(0, d.recipients.length, relay);
    out.push({ ...d, id: undefined, senders: [relay], recipients: to ? [to] : [], place, trigger: t, exchangeFor: undefined, exchangeKind: undefined, exchangeWith: undefined, senderUnknown: false, openSender: false, date: ctx.dates.find((x) => x.start >= t.start && x.end <= ce) ?? d.date });
  }
  return out;
}

/**
 * Two participles in a row: "des fusils achetés par le Tchad, réexportés vers le Soudan", "vendus par la Serbie au Kenya,
 * puis revendus à l'Ouganda". Whoever the first says received the goods sends them on; the second's receiver is not
 * who sold them to the first.
 */
function passedOn(doc: DocBuilder, ctx: SentenceContext, triggers: Trigger[], d: TransferDraft, ce: number, onward: (x: Trigger) => boolean, personCountry: Map<string, string>): TransferDraft[] {
  const text = ctx.text;
  const t = triggers.find((x) => x.verb?.bare && x.role === 'give' && x.verb.voice === 'passive' && x.start > d.trigger!.end && x.start < ce && !x.verb.planned && !x.verb.hypothetical && !isNegated(text, x));
  if (!t || !onward(t) || d.recipients.length !== 1 || agentAfter(doc, ctx, t.end, ce, personCountry)) return [];
  const relay = d.recipients[0];
  const to = recipientAfter(doc, ctx, t.end, ce, [relay], personCountry);
  const place = to ? undefined : placeAfter(doc, ctx, t.end, ce, [relay], personCountry);
  if (!to && !place) return [];
  d.senders.splice(0, d.senders.length, ...d.senders.filter((s) => s !== to && s !== place));
  return [{ ...d, id: undefined, senders: [relay], recipients: to ? [to] : [], place, trigger: t, exchangeFor: undefined, exchangeKind: undefined, exchangeWith: undefined, senderUnknown: false, openSender: false, date: ctx.dates.find((x) => x.start >= t.start && x.end <= ce) ?? d.date }];
}

/**
 * Goods a resale verb in the passive sends on from where an earlier verb of the sentence took them: "l'uranium livré à la
 * Chine aurait été réexporté vers la Russie", "des obus vendus à la Bulgarie, avant d'être réexportés vers l'Ukraine",
 * "acheminées vers le Rwanda, où elles sont mélangées avant d'être réexportées vers la Chine". The receiver of the first
 * move passes them on; only a receiver the resale names makes a transfer, and a share passed on is not counted.
 */
export function readResold(doc: DocBuilder, ctx: SentenceContext, triggers: Trigger[], drafts: TransferDraft[], personCountry: Map<string, string>): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  const used = new Set(drafts.map((d) => d.trigger));
  for (const d of drafts) {
    if (d.recipients.length !== 1 || !d.trigger || d.trigger.noun) continue;
    const relay = d.recipients[0];
    const t = triggers.find((x) => x.verb && !x.noun && x.role === 'give' && x.start > Math.max(d.end, d.trigger!.end) && RESALE.has(x.verb.frame.lemma) && x.verb.voice === 'passive' && !x.verb.planned && !x.verb.hypothetical && !isNegated(text, x));
    if (!t || used.has(t)) continue;
    const [, ce] = clauseAround(text, t.end);
    if (agentAfter(doc, ctx, t.end, ce, personCountry)) continue;
    const to = recipientAfter(doc, ctx, t.end, ce, [relay, ...d.senders], personCountry);
    if (!to) continue;
    used.add(t);
    out.push({ ...d, id: undefined, items: undefined, quantity: undefined, senders: [relay], recipients: [to], place: undefined, trigger: t, status: ALLEGED.test(text.slice(d.start, ce)) ? 'alleged' : d.status, exchangeFor: undefined, exchangeKind: undefined, exchangeWith: undefined, senderUnknown: false, openSender: false, date: ctx.dates.find((x) => x.start >= t.start && x.end <= ce) ?? d.date });
  }
  return out;
}
