import type { Status, TransferKind } from '../../graph/schema';
import { clauseAround, type SentenceContext } from '../context';
import type { DateMention } from '../dates';
import type { Trigger } from '../goods';
import { ORGS } from '../lexicon';
import { quantityBefore, type Phrase } from '../phrases';
import type { Quantity } from '../quantities';
import { activeLanguage, pattern } from '../syntax/language';

/** Whether two lists of sides hold the same non-empty set of parties, in any order. */
export const sameParties = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));

/** The flow a price or purpose draft pays for: `exchangeFor` indexes the drafts of its own sentence. */
export function exchangedFlow(drafts: TransferDraft[], d: TransferDraft): TransferDraft | undefined {
  return d.exchangeFor === undefined ? undefined : drafts.filter((x) => x.sentenceId === d.sentenceId)[d.exchangeFor];
}

/** A part of `whole` between the same sides ("dont 12 ont été livrés", "dont 500 tonnes de munitions"): its own span and count, no items or exchange of the whole's. */
export function partDraft(whole: TransferDraft, part: Pick<TransferDraft, 'text' | 'start' | 'end' | 'quantity'> & Partial<TransferDraft>): TransferDraft {
  return { ...whole, id: undefined, items: undefined, exchangeFor: undefined, exchangeWith: undefined, senders: [...whole.senders], recipients: [...whole.recipients], ...part };
}

/** A transfer read from one sentence, before it becomes a node. */
export interface TransferDraft {
  id?: string;
  sentenceId: string;
  sentenceIndex: number;
  kinds: TransferKind[];
  text: string;
  start: number;
  end: number;
  unit: string;
  quantity?: Quantity;
  senders: string[];
  recipients: string[];
  status: Status;
  date?: DateMention;
  trigger?: Trigger;
  /** Index (in the same sentence) of the transfer this one is exchanged with. */
  exchangeFor?: number;
  /** 'price': introduced by "en échange de"; 'purpose': "des fonds pour envoyer des troupes". */
  exchangeKind?: 'price' | 'purpose';
  /** A price that names no side of its own: it goes back between the sides of what it pays for, once those are known. */
  sidesFromMain?: boolean;
  /** A price named before the flow it pays for ("En échange du pétrole, l'Iran a envoyé ..."): it stands only with that flow. */
  frontedPrice?: boolean;
  /** A leg told in the future, read only as a deal's term ("en contrepartie, X cédera"): it stands only in an exchange. */
  dealTerm?: boolean;
  /** A transfer of an earlier sentence this one answers ("En échange, Moscou fournirait ..."). */
  exchangeWith?: TransferDraft;
  /** The items of a list of goods of different kinds ("des drones et des pièces détachées"): one transfer each, as a fact is (giver, receiver, kind). */
  items?: DraftItem[];
  /** The earlier transfer whose goods "en" stands for ("L'Égypte en a reçu cinq millions"): a part of it, which tells nothing of the whole's receiver. */
  partOf?: TransferDraft;
  /** The text names a sender Trame cannot resolve: leave it empty rather than guess. */
  senderUnknown?: boolean;
  /** The text names a receiver Trame cannot resolve ("à la junte", "aux milices"): the article's other flows must not stand in. */
  recipientUnknown?: boolean;
  /** A noun names the flow and its recipient but nobody sends ("le transfert de munitions destinées à Moscou"). */
  openSender?: boolean;
  /** Where the goods go when that is a place, not an actor ("envoyés en Ukraine"): the recipient only if nothing else names one. */
  place?: string;
  /** The place is a theatre of fighting ("sur la ligne de front ukrainienne"): never the recipient. */
  theatre?: boolean;
}

/** One item of a list of goods: its kinds, its own quantity ("40 missiles et 20 obus") and its span. */
export interface DraftItem {
  kinds: TransferKind[];
  quantity?: Quantity;
  text: string;
  start: number;
  end: number;
  unit: string;
}

// "aide", "programme d'aide" (transfer.aidNoun): given, never sold; "ses achats de blé" (transfer.tradeNoun) names a trade.

/** Whether a trigger sells or buys: the wheat or fuel it moves is then a commodity, not aid. */
const traded = (t: Trigger | undefined) => !!t && (t.verb ? t.verb.frame.trade : t.noun && pattern('transfer.tradeNoun').test(t.text));

/** A draft for a consignment once its sides are known (quantity, date and span read here). */
export function makeDraft(ctx: SentenceContext, p: Phrase, quantities: readonly Quantity[], senders: string[], recipients: string[], status: Status, trigger: Trigger | undefined): TransferDraft {
  const [, ce] = clauseAround(ctx.text, p.start);
  const q = p.priced ? undefined : quantityBefore(ctx.text, quantities, p.start) ?? p.quantity;
  const start = Math.min(q?.start ?? p.start, p.start);
  const date = ctx.dates.find((d) => d.start >= (trigger?.start ?? p.start) && d.end <= ce && !activeLanguage().words.weekdays.includes(d.dateText.toLowerCase()));
  const kindOf = (g: Phrase['goods'][number]) => (g.kind === 'aid' && traded(trigger) && !pattern('transfer.aidNoun').test(g.text) ? 'other' : g.kind);
  return {
    items: items(ctx.text, p, quantities, q, start, kindOf),
    sentenceId: ctx.sentence.id,
    sentenceIndex: ctx.sentence.index,
    // "une aide de 300 millions de dollars": aid counted in money is funds first.
    kinds: [...new Set([...p.goods.map(kindOf), ...p.contents])].sort((a, b) => Number(b === 'funds' && a === 'aid') - Number(a === 'funds' && b === 'aid')),
    text: ctx.text.slice(start, p.end),
    start,
    end: p.end,
    unit: p.goods[0].text,
    quantity: q,
    // A body never gives to the larger body it is part of, nor to one of its own parts ("la Commission" and "l'Union européenne").
    senders: [...new Set(senders)].filter((s) => !recipients.some((r) => r === s || ORGS.get(s)?.partOf === r || ORGS.get(r)?.partOf === s)),
    recipients: [...new Set(recipients)],
    status,
    date,
    trigger,
  };
}

/** The items of a listed phrase, one per kind, when its items are goods of different kinds (else none: the phrase is one transfer). */
function items(text: string, p: Phrase, quantities: readonly Quantity[], q: Quantity | undefined, start: number, kindOf: (g: Phrase['goods'][number]) => TransferKind): DraftItem[] | undefined {
  if (!p.items?.length) return undefined;
  const heads = [0, ...p.items.map((h) => p.goods.indexOf(h))];
  const segments = heads.map((h, i) => p.goods.slice(h, heads[i + 1] ?? p.goods.length));
  const out: DraftItem[] = [];
  segments.forEach((goods, i) => {
    const kinds = [...new Set(goods.map(kindOf))];
    const end = i + 1 < segments.length ? goods[goods.length - 1].end : p.end;
    const same = out.find((o) => o.kinds[0] === kinds[0]);
    if (same) return;
    // each item's own count sits right before it, after the item before ("40 missiles et 20 obus").
    const own = i === 0 ? q : quantityBefore(text, quantities, goods[0].start);
    const qty = i === 0 || (own && own.start >= segments[i - 1][segments[i - 1].length - 1].end) ? own : undefined;
    const from = i === 0 ? start : Math.min(qty?.start ?? goods[0].start, goods[0].start);
    out.push({ kinds, quantity: qty, text: text.slice(from, end), start: from, end, unit: goods[0].text });
  });
  return out.length > 1 ? out : undefined;
}
