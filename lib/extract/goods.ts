import type { TransferKind } from '../graph/schema';
import { analyse, type Analysis, type VerbMention } from './syntax/analyse';
import { NEVER_MATCHES } from './syntax/alternation';
import { pattern, patternSource, perLanguage } from './syntax/language';
import { fold } from './text';

/** A goods noun found in a sentence. */
export interface GoodsMention {
  kind: TransferKind;
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/œ/g, '(?:œ|oe)');
const nounsRe = (words: string[]) => new RegExp(`(?<![\\p{L}])(${words.map(escape).join('|')})(?![\\p{L}])`, 'giu');
// Goods and prices as whole words, longest first ("missiles balistiques" before "missiles").
const wordsRe = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\d-])(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|') || NEVER_MATCHES})(?![\\p{L}\\d-])`, 'giu');

/** The goods and trigger nouns of the active language, compiled once (the language's transfers lexicon). */
const goodsOf = () =>
  perLanguage('goods', (lang) => {
    const data = lang.transfers;
    const kindOf = new Map<string, TransferKind>();
    for (const [kind, words] of Object.entries(data.goods)) for (const w of words) kindOf.set(fold(w), kind as TransferKind);
    const goodsRe = wordsRe(Object.values(data.goods).flat());
    // Model designators ("Su-30", "Mi-17", "T-72"): weapons by their shape, capitals and all, so no lexicon has to list them.
    const designatorRe = new RegExp(`(?<![\\p{L}\\d-])(?:${patternSource('goods.designator', lang)})(?![\\p{L}\\d-])`, 'gu');
    return { kindOf, goodsRe, designatorRe, priceRe: wordsRe(data.prices ?? []), giveNouns: nounsRe(data.giveNouns), receiveNouns: nounsRe(data.receiveNouns) };
  });

/** True when a capitalised phrase names goods ("Storm Shadow", "Patriot"), not a person. */
export function isGoodsName(phrase: string): boolean {
  return goodsOf().kindOf.has(fold(phrase));
}

/** Every goods noun in a text, longest form first ("missiles balistiques" before "missiles"). */
export function findGoods(text: string): GoodsMention[] {
  const out: GoodsMention[] = [];
  const { kindOf, goodsRe, designatorRe, priceRe } = goodsOf();
  // "livrés par camion", "1 dollar par baril": a bare noun after "par" is how or per what, not what is sent.
  const means = pattern('goods.means', 'iu');
  // "des livres", "des couronnes de fleurs": a currency that is also a common noun is money only after a figure.
  const commonNounCurrency = pattern('goods.commonNounCurrency', 'iu');
  const amountBefore = pattern('goods.amountBefore', 'iu');
  const countedOnly = pattern('goods.countedOnly', 'iu');
  const countBefore = pattern('goods.countBefore', 'iu');
  // "des obusiers, produits par le groupe X": a goods noun that is also a participle, with its agent after it, is the participle.
  const participle = pattern('goods.participleForm', 'iu');
  const agentAfter = pattern('goods.agentAfter', 'iu');
  for (const m of text.matchAll(goodsRe)) {
    if (means.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (participle.test(m[0]) && agentAfter.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    if (commonNounCurrency.test(m[0]) && !amountBefore.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    // "quatre pétroliers", "deux cargos": a ship or tanker noun (also an adjective, "les groupes pétroliers") is goods only when counted.
    if (countedOnly.test(m[0]) && !countBefore.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const folded = fold(m[0]);
    const k = kindOf.get(folded) ?? kindOf.get(folded.replace('oe', 'œ'));
    if (!k) continue;
    out.push({ kind: k, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  // "en échange d'un accès aux ports", "contre un soutien diplomatique": a price that is no goods, only after the exchange mark.
  for (const m of text.matchAll(priceRe)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (!out.some((g) => start < g.end && g.start < end) && pattern('goods.priceLead', 'iu').test(text.slice(Math.max(0, start - 40), start))) out.push({ kind: 'other', start, end, text: m[0] });
  }
  // "un accès prioritaire à la production", "cet accès à la technologie": access to something is itself what is given,
  // one goods with what it opens onto.
  for (const m of text.matchAll(pattern('goods.access', 'giu'))) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    // ... of the kind of what it opens onto when that is goods ("l'accès à la technologie spatiale": technology).
    const inner = out.filter((g) => g.start >= start && g.start < end);
    const kind = inner[0]?.kind ?? 'other';
    for (const g of inner) out.splice(out.indexOf(g), 1);
    const stop = Math.max(end, ...inner.map((g) => g.end));
    if (!out.some((g) => start < g.end && g.start < stop)) out.push({ kind, start, end: stop, text: text.slice(start, stop) });
  }
  // "y a déjà injecté 300 millions", "dont il a décaissé 2,3 milliards", "les 275 millions prêtés en 2023": a sum a
  // paying verb or its participle moves needs no currency.
  for (const m of text.matchAll(pattern('goods.bareSum', 'giu'))) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (out.some((g) => start < g.end && g.start < end)) continue;
    const paid = pattern('goods.bareSumLead', 'iu').test(text.slice(Math.max(0, start - 80), start)) || pattern('goods.bareSumTail', 'iu').test(text.slice(end, end + 20));
    // The mention sits right after the figure, as a currency would, so the figure counts it.
    if (paid) out.push({ kind: 'funds', start: end, end, text: '' });
  }
  // "a cédé 14 % de sa filiale", "vendu 30 % de LOT": a share of a firm is a stake, counted in percent.
  for (const m of text.matchAll(pattern('goods.stakeShare', 'gu'))) {
    const end = m.index! + m[0].length;
    // The mention sits right after the figure, so the figure counts it (in percent).
    const at = m.index! + /^[\d,.]+/u.exec(m[0])![0].length;
    if (!out.some((g) => m.index! < g.end && g.start < end)) out.push({ kind: 'other', start: at, end: at, text: '' });
  }
  for (const m of text.matchAll(designatorRe)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (!out.some((g) => start < g.end && g.start < end)) out.push({ kind: 'weapons', start, end, text: m[0] });
  }
  out.sort((a, b) => a.start - b.start);
  // "du gaz russe : les livraisons devraient atteindre 38 milliards de mètres cubes": a bare measure with no content
  // after it measures the goods named before it in the sentence.
  const measure = pattern('goods.bareMeasure', 'iu');
  const content = pattern('goods.measureContent', 'u');
  for (const [k, g] of out.entries()) {
    if (!measure.test(g.text) || out.some((x) => x.start > g.end && content.test(text.slice(g.end, x.start)))) continue;
    const before = out.slice(0, k).reverse().find((x) => !measure.test(x.text) && x.kind !== 'funds');
    if (before) g.kind = before.kind;
  }
  return out;
}

/** Whether a trigger's subject sends (give), receives, joins (troops), or the goods themselves leave (depart). */
export type TriggerRole = 'give' | 'receive' | 'join' | 'depart';

/** A word that moves goods: its role says whether its subject sends or receives. */
export interface Trigger {
  role: TriggerRole;
  noun: boolean;
  start: number;
  end: number;
  text: string;
  /** For a verb: its frame, voice and pronouns, read by the sentence analysis. */
  verb?: VerbMention;
}

/** Goods that are people (troops, personnel, workers) rather than things. */
export function isPeople(kind: TransferKind): boolean {
  return kind === 'troops' || kind === 'personnel' || kind === 'workers';
}

/** A giving verb whose frame names neither subject nor agent as giver stops a cargo on its way ("intercepter"): who stops it sends nothing. */
export function stopsCargo(t: Trigger | undefined): t is Trigger & { verb: VerbMention } {
  return !!t?.verb && t.role === 'give' && !t.verb.frame.giver.some((m) => m === 'subject' || m === 'agent');
}


/** Every transfer verb (from the language's frames) or noun in a text. */
export function findTriggers(text: string, analysis: Analysis = analyse(text)): Trigger[] {
  const out: Trigger[] = [];
  const taken = new Set<number>();
  const { giveNouns, receiveNouns } = goodsOf();
  // "a pris livraison de", "took delivery of": a giving noun taken by its subject is received.
  const takenNoun = pattern('transfer.takenNoun', 'iu');
  for (const re of [giveNouns, receiveNouns]) {
    for (const m of text.matchAll(re)) {
      if (taken.has(m.index!)) continue;
      taken.add(m.index!);
      const received = re === giveNouns && takenNoun.test(text.slice(Math.max(0, m.index! - 30), m.index!));
      out.push({ role: re === giveNouns && !received ? 'give' : 'receive', noun: true, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  // "prêter main-forte", "livrer bataille", "envoyer un signal": a fixed phrase moves nothing.
  const idiom = pattern('transfer.idiomObject', 'iu');
  for (const v of analysis.verbs) {
    if (taken.has(v.start)) continue;
    const next = text.slice(v.end, v.end + 40);
    if (idiom.test(next) || v.frame.notBefore?.test(next)) continue;
    // "« Le Pérou dirait non », promet un conseiller.": a verb after a quote with its subject after it reports the quote.
    if (pattern('transfer.inciseBefore', 'u').test(text.slice(Math.max(0, v.start - 4), v.start)) && pattern('transfer.inciseAfter', 'u').test(text.slice(v.end))) continue;
    taken.add(v.start);
    out.push({ role: v.beneficiary && v.frame.role === 'give' ? 'receive' : v.frame.role, noun: false, start: v.start, end: v.end, text: v.text, verb: v });
  }
  return out.sort((a, b) => a.start - b.start);
}
