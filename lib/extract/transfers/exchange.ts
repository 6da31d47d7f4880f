import { isPeople } from '../goods';
import { subjectBefore } from '../context';
import { exchangedFlow, sameParties, type TransferDraft } from './draft';
import { endpoint } from './endpoints';
import type { Reading } from './reading';
import { pattern } from '../syntax/language';

/** Ties a draft to the one before it in the sentence: the price it pays ("en échange de") or the purpose it serves ("pour envoyer"). */
export function linkExchange(r: Reading, draft: TransferDraft, drafts: TransferDraft[], exchange: boolean): void {
  const { doc, ctx, personCountry, trigger, cs } = r;
  const text = ctx.text;
if (exchange && drafts.length) {
  const main = drafts[drafts.length - 1];
  draft.exchangeFor = drafts.length - 1;
  draft.exchangeKind = 'price';
  // "envoyés au Venezuela en contrepartie du pétrole": a price naming no owner of its own goes back between the two sides
  // of what it pays for, even one those sides learn later in the article (completePrices).
  if (!r.p.demonym && !draft.senders.some((s) => main.recipients.includes(s) || main.senders.includes(s))) {
    draft.senders.length = draft.recipients.length = 0;
    draft.sidesFromMain = true;
  }
  if (!draft.senders.length) draft.senders.push(...main.recipients);
  if (!draft.recipients.length) draft.recipients.push(...main.senders.filter((s) => !draft.senders.includes(s)));
  draft.status = main.status;
}
// "qui lui cède en contrepartie l'usage de la base", "; en échange, la Corée du Nord reçoit du pétrole": a mark in
// the clause, before the goods, makes this transfer the price of the one before it, going the other way.
const prev = drafts[drafts.length - 1];
if (!exchange && prev && pattern('exchange.markInClause', 'iu').test(text.slice(cs, r.p.start)) && (!draft.senders.length || prev.recipients.some((x) => draft.senders.includes(x)) || draft.recipients.some((x) => prev.senders.includes(x)))) {
  draft.exchangeFor = drafts.length - 1;
  draft.exchangeKind = 'price';
  if (!draft.senders.length) draft.senders.push(...prev.recipients.filter((x) => !draft.recipients.includes(x)));
  if (!draft.recipients.length) draft.recipients.push(...prev.senders.filter((x) => !draft.senders.includes(x)));
  return;
}
// "a versé 300 millions de dollars à la Russie pour ses livraisons de blé": what a payment buys comes the other way,
// and is what it pays for.
if (!exchange && prev && bought(r, prev, draft)) {
  [draft.senders, draft.recipients] = [prev.recipients.filter((x) => !prev.senders.includes(x)), prev.senders.filter((x) => !prev.recipients.includes(x))];
  draft.exchangeFor = drafts.length - 1;
  draft.exchangeKind = 'price';
  return;
}
if (!exchange && prev && trigger && pattern('exchange.purpose').test(text.slice(Math.max(0, trigger.start - 6), trigger.start))) {
  // "recevrait des fonds pour envoyer des troupes": the second transfer is what the first pays for.
  if (prev.recipients.some((r) => draft.senders.includes(r)) || !draft.senders.length) {
    draft.exchangeFor = drafts.length - 1;
    draft.exchangeKind = 'purpose';
  }
}
if (trigger && pattern('exchange.purpose').test(text.slice(Math.max(0, trigger.start - 6), trigger.start)) && !draft.senders.length) {
  const subj = subjectBefore(ctx, trigger.start, cs)[0];
  const s = endpoint(doc, subj, personCountry);
  if (s) draft.senders.push(s);
}
}

/** Whether a draft is what the payment read just before it, in its clause, buys ("versé 300 millions à X pour ses livraisons de blé"). */
function bought(r: Reading, prev: TransferDraft, draft: TransferDraft): boolean {
  // "a versé 10 millions au Kenya pour ses soldats": people a payment is for are whom it pays, not what it buys.
  if (!prev.kinds.includes('funds') || draft.kinds.includes('funds') || draft.kinds.some(isPeople) || prev.start < r.cs || !prev.senders.length || !prev.recipients.length) return false;
  const lead = r.ctx.text.slice(prev.end, r.p.start);
  return pattern('exchange.boughtWith', 'iu').test(lead);
}

/** "En échange du pétrole vénézuélien, l'Iran a envoyé des techniciens": a price named first pays for the draft after it. */
export function linkFrontedPrice(drafts: TransferDraft[], fronted: number | undefined): void {
if (fronted !== undefined && drafts.length > 1) {
  const [price, main] = [drafts[fronted], drafts[fronted + 1]];
  price.exchangeFor = fronted + 1;
  price.frontedPrice = true;
  price.exchangeKind = 'price';
  if (!price.senders.length) price.senders.push(...main.recipients);
  if (!price.recipients.length) price.recipients.push(...main.senders.filter((x) => !price.senders.includes(x)));
}
}

/** After the flow completed the sides ("envoyé des ouvriers en Russie"), a price still missing one takes it from what it pays for. */
export function completePrices(drafts: TransferDraft[]): void {
  for (const d of drafts) {
    if (d.exchangeFor === undefined || d.exchangeKind !== 'price') continue;
    const main = exchangedFlow(drafts, d);
    if (!main) continue;
    if (d.sidesFromMain && main.recipients.length) [d.senders, d.recipients] = [[...main.recipients], main.senders.filter((s) => !main.recipients.includes(s))];
    // "a reçu des blindés des Émirats, payés en bétail": a price read with the main transfer's own sides goes the other way.
    if (sameParties(d.senders, main.senders) && sameParties(d.recipients, main.recipients)) [d.senders, d.recipients] = [[...main.recipients], [...main.senders]];
    if (!d.senders.length) d.senders.push(...main.recipients);
    // A price goes the other way, never from a side to itself: its recipient is then the main transfer's sender.
    d.recipients = d.recipients.filter((r) => !d.senders.includes(r));
    if (!d.recipients.length) d.recipients.push(...main.senders.filter((s) => !d.senders.includes(s)));
  }
}
