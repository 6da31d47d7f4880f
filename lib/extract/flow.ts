import type { Qualifier, Sentence } from '../graph/schema';
import type { DocBuilder } from './builder';
import { pattern } from './syntax/language';
import type { TransferDraft } from './transfers';
import { exchangedFlow, sameParties } from './transfers/draft';

/**
 * Fills a missing side from the article's dominant flow ("le Nord" sends, so Russia receives); `homeOf` gives the state a
 * firm that buys in its own name belongs to, whose suppliers are the firm's likeliest sellers.
 */
export function completeFromFlow(drafts: TransferDraft[], homeOf: (id: string) => string | undefined = () => undefined, topic?: { states: ReadonlySet<string>; textOf: (sentenceId: string) => string }): void {
  // Twice: a side completed in the first pass is a flow the second can lean on ("réglé en dirhams" to
  // the seller, then "des roupies versées sur des comptes russes" from the same buyer).
  completeOnce(drafts, homeOf);
  completeOnce(drafts, homeOf);
  // "Conférence sur la Syrie : ... L'Union européenne promet 2,5 milliards": money or aid a verb gives with no receiver
  // told (no clitic, no "nous", no common noun), where no flow says who receives, goes to the one state the headline
  // is about.
  const [state, ...others] = topic?.states ?? [];
  if (!topic || !state || others.length) return;
  const untold = (d: TransferDraft) =>
    !!d.trigger?.verb && !d.trigger.verb.hypothetical && !d.trigger.verb.dative && !d.trigger.verb.firstPlural && !d.recipientUnknown && !pattern('transfer.cliticReceiver', 'iu').test(topic.textOf(d.sentenceId).slice(Math.max(0, d.trigger.start - 40), d.trigger.start));
  for (const d of drafts)
    if (d.senders.length && !d.recipients.length && !d.senders.includes(state) && d.kinds.every((k) => k === 'funds' || k === 'aid') && untold(d)) d.recipients.push(state);
}

// Goods that travel together: arms and ammunition of every sort, people sent to fight or work; every other kind is its own.
const FAMILY: Record<string, string> = { weapons: 'arms', missiles: 'arms', munitions: 'arms', artillery_shells: 'arms', containers: 'arms', troops: 'people', personnel: 'people', workers: 'people' };

/** Whether `x` counts a smaller part of the goods `d` tells ("en a reçu cinq millions" of thirty). */
// "Le Maroc a importé 2 millions de tonnes. 1,2 million provenaient de France": a smaller count of the same goods told
// by where it comes from is a part too; its origin says nothing of the rest.
const isPartOf = (x: TransferDraft, d: TransferDraft) =>
  (x.partOf === d || (x.trigger?.role === 'depart' && x.kinds[0] === d.kinds[0])) && x.quantity?.value != null && d.quantity?.value != null && x.quantity.value < d.quantity.value;

function completeOnce(drafts: TransferDraft[], homeOf: (id: string) => string | undefined): void {
  // A place names the recipient ("arrivés en Ukraine") unless the same sender is known to send to someone else:
  // then it is where the goods are used ("envoyés en Ukraine" by an ally of Russia), not who receives them.
  for (const d of drafts) {
    if (d.recipients.length || !d.place || d.theatre || d.senders.includes(d.place)) continue;
    // With no sender named, the same goods flowing elsewhere make the place a theatre too ("Ces soldats ont été envoyés en Ukraine").
    const elsewhere = drafts.some((x) => x !== d && x.recipients.length && !x.recipients.includes(d.place!) && (d.senders.length ? x.senders.some((s) => d.senders.includes(s)) : x.senders.length > 0 && x.kinds[0] === d.kinds[0]));
    if (!elsewhere) d.recipients.push(d.place);
  }
  // The flows a draft may lean on: not its own strict parts ("La Russie a exporté 30 millions de tonnes. L'Égypte en a
  // reçu cinq millions": the receiver of a part says nothing of who received the whole).
  const pairsFor = (d: TransferDraft) => {
    const pairs = new Map<string, number>();
    for (const x of drafts) if (!isPartOf(x, d)) for (const s of x.senders) for (const r of x.recipients) pairs.set(`${s}>${r}`, (pairs.get(`${s}>${r}`) ?? 0) + 1);
    return pairs;
  };
  // Read afresh for each draft in the loop below: the sides filled for earlier drafts count too.
  let pairs: Map<string, number>;
  const best = (pred: (s: string, r: string) => boolean, pick: (s: string, r: string) => string) => {
    let top: [string, number] | undefined;
    for (const [k, n] of pairs) {
      const [s, r] = k.split('>');
      if (pred(s, r) && (!top || n > top[1])) top = [pick(s, r), n];
    }
    return top?.[0];
  };
  // The article's main recipient, counted over every transfer that names one.
  // Only an article about one recipient has a main one: with several, a guess is as likely wrong as right.
  const mainRecipient = (d: TransferDraft) => {
    const received = new Map<string, number>();
    for (const x of drafts) if (!isPartOf(x, d)) for (const r of x.recipients) received.set(r, (received.get(r) ?? 0) + 1);
    const others = [...received].filter(([r]) => !d.senders.includes(r));
    return others.length === 1 ? others[0][0] : undefined;
  };
  // ... and only for goods of a family it already receives (arms among arms, aid among aid): aid far from an arms flow is no part of it.
  const family = (d: TransferDraft) => FAMILY[d.kinds[0]] ?? d.kinds[0];
  const sameKind = (d: TransferDraft, r: string | undefined) => (r && drafts.some((x) => x !== d && !isPartOf(x, d) && x.recipients.includes(r) && family(x) === family(d)) ? r : undefined);
  // In an article with two sides, the side just spoken of is the likelier receiver than the most named one.
  const recentRecipient = (d: TransferDraft) =>
    [...drafts].reverse().find((x) => x !== d && !isPartOf(x, d) && x.sentenceIndex <= d.sentenceIndex && d.sentenceIndex - x.sentenceIndex <= 2 && x.recipients.length && !x.recipients.some((r) => d.senders.includes(r)))?.recipients[0];
  for (const d of drafts) {
    pairs = pairsFor(d);
    if (d.senders.length && !d.recipients.length && d.recipientUnknown) {
      // "a livré des avions à la junte": a receiver is named, only not one Trame knows; a place may still say where.
    } else if (d.senders.length && !d.recipients.length) {
      // Same sender's usual recipient, else the article's main recipient ("l'aide à l'Ukraine").
      // Same sender's usual recipient; else, in a two-way relation, whoever sends to this sender; else the main recipient.
      // A place ("envoyés en Ukraine") comes after the sender's known flow: the front is not the receiver.
      const r = best((s) => d.senders.includes(s), (_, r) => r) ?? (d.place && !d.theatre && !d.senders.includes(d.place) ? d.place : undefined) ?? best((_, r) => d.senders.includes(r), (s) => s) ?? recentRecipient(d) ?? sameKind(d, mainRecipient(d));
      if (r) d.recipients.push(r);
    } else if (!d.senders.length && d.recipients.length === 1 && !d.senderUnknown) {
      // "la société tchèque Moravia Defence a acheté 90 000 de ces obus": a firm buys from whoever supplies its state.
      const home = homeOf(d.recipients[0]);
      const s = best((_, r) => d.recipients.includes(r), (s) => s) ?? (home ? best((s, r) => r === home && s !== d.recipients[0], (s) => s) : undefined);
      if (s) d.senders.push(s);
    } else if (!d.senders.length && !d.recipients.length && !d.senderUnknown && !d.recipientUnknown && d.trigger && (d.quantity || d.place || pattern('transfer.demonstrativeGoods', 'iu').test(d.text))) {
      // "entre 20 et 30 missiles pourraient être livrés": the same goods as the article's one flow.
      // With several flows of those goods, the one just before (within two sentences) is meant.
      const same = drafts.filter((x) => x !== d && x.kinds[0] === d.kinds[0] && x.senders.length === 1 && x.recipients.length === 1);
      const flows = new Set(same.map((x) => `${x.senders[0]}>${x.recipients[0]}`));
      const near = [...same].reverse().find((x) => x.sentenceIndex < d.sentenceIndex && d.sentenceIndex - x.sentenceIndex <= 2);
      // ... but not a sum of money: money goes to and from many, and the nearest loan is no likelier its source.
      const pick = flows.size === 1 ? same[0] : d.kinds[0] === 'funds' ? undefined : near;
      if (pick) {
        d.senders.push(pick.senders[0]);
        d.recipients.push(pick.recipients[0]);
      }
    }
    if (!d.recipients.length && d.place && !d.theatre && (d.senders.length || d.trigger)) d.recipients.push(d.place);
  }
}

// The language's marks of an answer to an earlier transfer (data/lang/<code>/patterns.json): a payment ("payer", "payé",
// "paiement" -- not "pays": exchange.payment), thanks or a reward (exchange.reciprocity), "En échange, ..." opening the
// sentence (exchange.answerStart) or "... en échange." closing a clause (exchange.answerAfter).

/** "En échange, X fournirait ...": the sentence's first transfer answers the latest one going the other way. */
export function linkCrossSentenceExchanges(drafts: TransferDraft[], sentenceText: (id: string) => string): void {
  for (const d of drafts) {
    // "En échange, ..." or a payment ("se faire payer en or") answers an earlier shipment.
    const text = sentenceText(d.sentenceId);
    const paid = (d.kinds.includes('funds') || d.kinds.includes('oil')) && pattern('exchange.payment').test(text);
    const thanks = pattern('exchange.reciprocity').test(text);
    // "... ; Moscou lui a fourni du pétrole en échange.": the draft just before the mark answers the transfer before it.
    const markAt = text.search(pattern('exchange.answerAfter'));
    const answers = markAt >= 0 && d.start < markAt && !drafts.some((x) => x !== d && x.sentenceId === d.sentenceId && x.start > d.start && x.start < markAt);
    if (!pattern('exchange.answerStart').test(text) && !paid && !thanks && !answers) continue;
    if (drafts.some((x) => x.sentenceId === d.sentenceId && x.exchangeWith)) continue;
    // A payment may settle a purchase told a few sentences before: the latest flow going the other way.
    // "livré des chasseurs au Mali, qui les a payés en or": the purchase may sit earlier in the same sentence.
    const before = (x: TransferDraft) => x.sentenceIndex < d.sentenceIndex || (x.sentenceIndex === d.sentenceIndex && x.start < d.start && x.exchangeFor === undefined && d.exchangeFor === undefined);
    const earlier = drafts.filter((x) => (answers ? before(x) : x.sentenceIndex < d.sentenceIndex) && x.sentenceIndex >= d.sentenceIndex - 3);
    // "L'Inde a acheté du pétrole russe, payé en roupies": a payment read with the purchase's own sides goes the other way.
    // "a livré trois patrouilleurs ... et versé 190 millions": two gifts given by the same verb's subject go the same way.
    const twoGifts = (x: TransferDraft) => x.trigger?.role === 'give' && d.trigger?.role === 'give';
    const purchase = paid ? drafts.find((x) => x !== d && x.sentenceId === d.sentenceId && x.start < d.start && x.exchangeFor === undefined && d.exchangeFor === undefined && !x.kinds.includes('funds') && !twoGifts(x) && sameParties(x.senders, d.senders) && sameParties(x.recipients, d.recipients)) : undefined;
    if (purchase) [d.senders, d.recipients] = [[...purchase.recipients], [...purchase.senders]];
    const goods = (x: TransferDraft) => x !== d && before(x) && !x.kinds.includes('funds') && x.recipients.some((r) => d.senders.includes(r));
    // Further back, only a flow between the same two sides, the other way: "Les raffineries chinoises règlent en yuans" pays for the Iranian oil told at the top.
    const paidFor = purchase ?? (paid ? drafts.findLast((x) => goods(x) && d.sentenceIndex - x.sentenceIndex <= 6) ?? drafts.findLast((x) => goods(x) && x.senders.some((s) => d.recipients.includes(s))) : undefined);
    const reverse = [...earlier].reverse().find((x) => x.senders.some((s) => d.recipients.includes(s)));
    // A payment alone ("a versé 5 millions au Liban") answers only a flow it shares a party with, the other way.
    const onlyPaid = paid && !thanks && !answers && !pattern('exchange.answerStart').test(text);
    const prev = paidFor ?? reverse ?? (onlyPaid ? undefined : earlier[earlier.length - 1]);
    if (!prev) continue;
    d.exchangeWith = prev;
    // What answers a shipment comes from its recipient.
    if (!d.senders.length) d.senders.push(...prev.recipients.filter((r) => !d.recipients.includes(r)));
    if (!d.recipients.length) d.recipients.push(...prev.senders.filter((r) => !d.senders.includes(r)));
  }
}

/** "La Russie et la Chine ont livré", "au Kenya et à l'Éthiopie": one transfer per giver and receiver, as a fact is (giver, receiver, kind). */
export function splitParties(drafts: TransferDraft[], options: { senders?: boolean; recipients?: boolean } = {}): void {
  const { senders = true, recipients = true } = options;
  // Exchanges point at drafts by object and by index within their sentence: those stay whole, and clones
  // go to the end of the list so that no index moves.
  const linked = new Set(drafts.flatMap((d) => (d.exchangeWith ? [d, d.exchangeWith] : [])));
  for (const d of [...drafts]) {
    if (linked.has(d) || d.exchangeFor !== undefined || drafts.some((x) => x.sentenceId === d.sentenceId && x.exchangeFor !== undefined)) continue;
    const from = senders && d.senders.length > 1 ? d.senders.map((s) => [s]) : [d.senders];
    const to = recipients && d.recipients.length > 1 ? d.recipients.map((r) => [r]) : [d.recipients];
    const pairs = from.flatMap((f) => to.map((t) => [f, t] as const));
    if (pairs.length < 2) continue;
    [d.senders, d.recipients] = [[...pairs[0][0]], [...pairs[0][1]]];
    for (const [f, t] of pairs.slice(1)) drafts.push({ ...d, senders: [...f], recipients: [...t] });
  }
}

/** "des drones et des pièces détachées": one transfer per kind of goods listed, as a fact is (giver, receiver, kind). */
export function splitKinds(drafts: TransferDraft[]): void {
  // As with the parties: exchanges stay whole, clones go to the end so that no index moves.
  const linked = new Set(drafts.flatMap((d) => (d.exchangeWith ? [d, d.exchangeWith] : [])));
  for (const d of [...drafts]) {
    const items = d.items;
    d.items = undefined;
    if (!items || linked.has(d) || drafts.some((x) => x.sentenceId === d.sentenceId && x.exchangeFor !== undefined)) continue;
    const [first, ...rest] = items;
    Object.assign(d, { ...first });
    for (const item of rest) drafts.push({ ...d, ...item, senders: [...d.senders], recipients: [...d.recipients] });
  }
}

/** The drafts a draft is exchanged with, either way: its price or purpose, what it pays for, the earlier flow it answers or that answers it. */
function exchangePartners(drafts: TransferDraft[], d: TransferDraft): TransferDraft[] {
  const own = [exchangedFlow(drafts, d), d.exchangeWith].filter((x): x is TransferDraft => !!x);
  return [...own, ...drafts.filter((x) => x.exchangeWith === d || (x !== d && exchangedFlow(drafts, x) === d))];
}

/** Writes transfer drafts as Transfer nodes with SENT, TO and IN_EXCHANGE_FOR. */
export function emitTransfers(doc: DocBuilder, drafts: TransferDraft[], sentenceOf: (id: string) => Sentence): void {
  const bySentence = new Map<string, TransferDraft[]>();
  // A transfer goes from someone to someone: with a side missing, however completed, it is not a fact Trame can state --
  // unless the text itself leaves the sender unnamed ("promis par les alliés"); and to someone else: goods whose every
  // recipient is also their sender have not moved between two actors.
  const stated = (d: TransferDraft) => d.recipients.length > 0 && (d.senders.length > 0 || !!d.senderUnknown || !!d.openSender) && !d.recipients.every((r) => d.senders.includes(r));
  for (const d of drafts) {
    if (!stated(d)) continue;
    // "En contrepartie de cet accès à la technologie, Canberra finance ...": a price named first stands only with the flow it pays for.
    if (d.frontedPrice && !stated(exchangedFlow(drafts, d) ?? d)) continue;
    // "En contrepartie, Petrosen cédera des cargaisons": a future read as a deal's term stands only with what it is exchanged for.
    if (d.dealTerm && !exchangePartners(drafts, d).some(stated)) continue;
    // "plusieurs centaines de soldats", "des milliers d'obus": an order of magnitude is no count to state.
    const q = d.quantity?.vague ? undefined : d.quantity;
    const node = doc.fact('transfer', 'Transfer', d.text, {
      kind: d.kinds[0],
      kinds: d.kinds,
      quantity: q?.value ?? null,
      quantityMax: q?.max ?? null,
      qualifier: (q?.qualifier ?? null) as Qualifier | null,
      quantityText: q?.text ?? null,
      unit: d.unit,
      date: d.date?.date ?? null,
      dateText: d.date?.dateText ?? null,
      status: d.status,
      text: d.text,
      // Where the goods go when that is not the recipient ("sur la ligne de front ukrainienne"): the loader draws DESTINATION.
      destination: d.place && !d.recipients.includes(d.place) ? d.place : null,
    });
    d.id = node.id;
    const s = sentenceOf(d.sentenceId);
    doc.mention(node.id, s, d.start, d.end);
    for (const sender of d.senders) doc.rel('SENT', sender, node.id, [d.sentenceId]);
    for (const r of d.recipients) doc.rel('TO', node.id, r, [d.sentenceId]);
    const list = bySentence.get(d.sentenceId) ?? [];
    list.push(d);
    bySentence.set(d.sentenceId, list);
  }
  for (const d of drafts) {
    if (d.exchangeWith?.id && d.id) doc.rel('IN_EXCHANGE_FOR', d.exchangeWith.id, d.id, [d.exchangeWith.sentenceId, d.sentenceId]);
    if (d.exchangeFor === undefined || !d.id) continue;
    const other = exchangedFlow(drafts, d);
    if (other?.id) {
      // "A en échange de B": A IN_EXCHANGE_FOR B. "reçoit B pour envoyer A": A IN_EXCHANGE_FOR B too.
      const [from, to] = d.exchangeKind === 'purpose' ? [d.id, other.id] : [other.id, d.id];
      doc.rel('IN_EXCHANGE_FOR', from, to, [d.sentenceId]);
    }
  }
}
