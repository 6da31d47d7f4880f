import type { DocBuilder } from '../builder';
import { actorMentions, type SentenceContext } from '../context';
import type { EntityMention } from '../entities/types';
import { isPeople, type Trigger } from '../goods';
import type { Phrase } from '../phrases';
import type { Quantity } from '../quantities';
import type { TransferDraft } from './draft';
import { pattern } from '../syntax/language';
import { endpoint } from './endpoints';

// Traps: readings a sentence invites that move nothing between two actors. Each is a pattern of the language
// (data/lang/<code>/patterns.json, keys trap.*), applied here and nowhere else:
// - trap.valueBefore: a contract's or a price's value ("un contrat de 3 milliards de dollars") is no payment;
// - trap.unitPrice: a price per unit ("84 dollars la livre", "une décote de cinq dollars par baril") moves no money;
// - trap.requestBefore: aid or a delivery asked for ("a sollicité une aide", "réclame la livraison de") is not given;
// - trap.planBefore: a state's plan ("prévoit de livrer", "envisage d'envoyer") is no delivery yet (troops about to
//   join, "s'apprêtaient à rejoindre", are: the in-house gold counts them);
// - trap.hesitantBefore: "hésite à livrer", "rechigne à envoyer" is a delivery held back;
// - trap.permissionBefore: "autoriser A, B et C à réexporter", "le feu vert pour céder": a permission, granted or not, moves nothing;
// - trap.fundedBefore: "a financé l'achat de": a purchase paid for by a third party does not go to the payer;
// - trap.shareOf: "300 drones, dont une partie fournie par l'Iran": the figure counts the whole, not the share sent;
// - trap.possibleBefore/After: "la vente possible de", "l'éventuelle livraison de": a flow that may happen;
// - trap.partOfCount, trap.ordinalOfCount: "12 des 36 canons" moves 12, "le deuxième de ses cinq radars" no counted batch;
// - trap.stoppedBefore: "a cessé ses livraisons", "a interrompu ses livraisons de gaz": a flow stopped;
// - trap.captiveAfter/Before: soldiers captured, wounded or dead, prisoners and bodies are handed over, not sent;
// - trap.collectiveGiver: "les Européens", "les Occidentaux", "l'Europe" as giver: a collective that names no state;
// - trap.nearPlace: forces sent near a state ("près de l'espace aérien lituanien") do not go to it;
// - trap.showOfForce: forces sent in retaliation or for manoeuvres get no receiver lent by the article's flows;
// - trap.ownGround: troops sent to their own border or soil ("envoyé 2 000 soldats renforcer sa frontière");
// - trap.vagueGroup: a nationality on an unnamed group ("des rebelles tchadiens", "des groupes armés colombiens")
//   names no party: the state is not the group (trap.vagueGroupAfter where the noun follows, as in English).

/** What a trap test needs of one goods phrase being read. */
export interface TrapReading {
  ctx: SentenceContext;
  p: Phrase;
  trigger: Trigger | undefined;
  /** The clause around the goods. */
  cs: number;
  ce: number;
  /** The text just before the goods and their quantity. */
  lead: string;
}

/** Whether the goods phrase is a trap whatever its sides: a value, a request, troops sent to their own ground. */
export function isTrap(r: TrapReading): boolean {
  const { ctx, p, trigger, cs, ce, lead } = r;
  const text = ctx.text;
  // "dont la dette dépasse 5 milliards de dollars": a sum measuring a stock is a figure, not money sent.
  if (p.goods.every((g) => g.kind === 'funds') && (pattern('trap.valueBefore').test(lead) || pattern('trap.stockMeasured').test(lead) || pattern('trap.unitPrice').test(text.slice(p.end, ce)))) return true;
  // "C'est notre pétrole à nous": goods named as what something is belong to a figure of speech, not a consignment.
  if (pattern('trap.possessivePredicate').test(lead)) return true;
  // "La Gambie attend encore les 10 000 tonnes promises", "nous réclamons les respirateurs promis": goods awaited or claimed have not moved.
  if (pattern('trap.awaitedBefore').test(lead)) return true;
  const before = trigger ? text.slice(Math.max(cs, trigger.start - 40), trigger.start) : '';
  if (trigger?.verb?.form === 'infinitive' && (pattern('trap.planBefore').test(before) || pattern('trap.hesitantBefore').test(before))) return true;
  // "pas de soixante appareils à céder", "du gaz à vendre": goods right before "à" and the infinitive are a stock there is to give.
  if (trigger?.verb?.form === 'infinitive' && p.end <= trigger.start && pattern('trap.stockToGive').test(text.slice(p.end, trigger.start))) return true;
  // The permission may stand past a list of the actors it names: a wider look back than a plan's.
  if (trigger?.verb?.form === 'infinitive' && pattern('trap.permissionBefore').test(text.slice(Math.max(cs, trigger.start - 100), trigger.start))) return true;
  // "a payé l'achat de 100 000 obus destinés à l'Arménie": who funds a purchase is neither its buyer nor its seller.
  if (trigger?.noun && trigger.role === 'receive' && pattern('trap.fundedBefore').test(before)) return true;
  // "la vente possible de 18 avions", "l'éventuelle livraison de": a flow that may happen has not.
  if (trigger?.noun && (pattern('trap.possibleBefore').test(before) || pattern('trap.possibleAfter').test(text.slice(trigger.end, trigger.end + 25)))) return true;
  // "a cessé ses livraisons d'armes", "a interrompu ses livraisons de gaz": a flow stopped is reported as none.
  if (trigger?.noun && pattern('trap.stoppedBefore').test(before)) return true;
  if (trigger?.noun && pattern('trap.requestBefore').test(text.slice(Math.max(cs, trigger.start - 50), trigger.start))) return true;
  // "Les soldats arméniens capturés ont été transférés à Bakou", "les corps de 30 soldats": captives and the dead are no force sent.
  if (p.goods.every((g) => isPeople(g.kind)) && (pattern('trap.captiveAfter').test(text.slice(p.end, ce)) || pattern('trap.captiveBefore').test(text.slice(Math.max(cs, p.start - 40), p.start)))) return true;
  if (!trigger?.noun && p.goods.every((g) => ['troops', 'personnel'].includes(g.kind))) {
    // "sa frontière" before any other actor: the sender's own; "en Arménie pour sécuriser sa frontière" is Armenia's.
    const from = Math.max(p.end, trigger?.end ?? 0);
    const own = pattern('trap.ownGround').exec(text.slice(from, ce));
    if (own && !actorMentions(ctx).some((m) => m.start >= from && m.start < from + own.index)) return true;
  }
  return false;
}

/** Drops the sides a nationality on an unnamed group gave ("à des rebelles tchadiens": not Chad); returns whether any was dropped. */
export function dropVagueSides(doc: DocBuilder, ctx: SentenceContext, cs: number, ce: number, personCountry: Map<string, string>, senders: string[], recipients: string[]): boolean {
  let dropped = false;
  // The group noun comes before the nationality in French ("rebelles tchadiens"), after it in English ("Chadian rebels").
  const vague = (m: EntityMention) => pattern('trap.vagueGroup').test(ctx.text.slice(Math.max(cs, m.start - 40), m.start)) || pattern('trap.vagueGroupAfter').test(ctx.text.slice(m.end, ce));
  for (const m of ctx.mentions) {
    if (m.via !== 'demonym' || m.start < cs || m.end > ce || !vague(m)) continue;
    const id = endpoint(doc, m, personCountry);
    // The same state named outright in the clause is a party of its own.
    if (!id || ctx.mentions.some((x) => x !== m && x.via !== 'demonym' && x.start >= cs && x.end <= ce && endpoint(doc, x, personCountry) === id)) continue;
    for (const side of [senders, recipients]) {
      const at = side.indexOf(id);
      if (at >= 0) {
        side.splice(at, 1);
        dropped = true;
      }
    }
  }
  return dropped;
}

/** "tire 4 000 obus par jour, dont beaucoup livrés par l'Inde": whether what moves is only a share of the goods the figure counts. */
export function isShare(text: string, p: Phrase, ce: number, triggers: Trigger[]): boolean {
  const share = pattern('trap.shareOf').exec(text.slice(p.end, ce));
  if (!share) return false;
  // The share is what a verb of giving or coming moves ("dont une partie fournie par"), not what befell it ("dont une partie abattue").
  const at = p.end + share.index + share[0].length;
  if (triggers.some((t) => !t.noun && t.start >= at && t.start - at <= 30)) return true;
  // ... or where it comes from ("dont une bonne part venue de Corée du Nord").
  const rest = text.slice(at, ce);
  const origin = /^[^,;]{0,40}?(?=\p{Lu})/u.exec(rest);
  return !!origin && pattern('give.origin').test(origin[0] + ' ');
}

/** The count a transfer moves when its figure is the whole of a batch: "12 des 36 canons" and "les 12 premiers des 36" are 12; "le deuxième de ses cinq radars", none. */
export function countedPart(text: string, quantities: readonly Quantity[], q: Quantity | undefined): { quantity: Quantity | undefined } | undefined {
  if (!q) return undefined;
  const lead = text.slice(Math.max(0, q.start - 40), q.start);
  // "les deux premières des 41 rames": a count before the ordinal is the batch that moves.
  const leading = [...quantities].reverse().find((x) => x.end <= q.start && pattern('trap.leadingPartOfCount').test(text.slice(x.end, q.start)));
  if (leading) return { quantity: leading };
  if (pattern('trap.ordinalOfCount').test(lead)) return { quantity: undefined };
  const part = [...quantities].reverse().find((x) => x.end <= q.start && pattern('trap.partOfCount').test(text.slice(x.end, q.start)));
  return part ? { quantity: part } : undefined;
}

/**
 * "La Russie a livré du carburant au Niger. Les cargaisons ... transitent par le Togo": a consignment named again by a
 * container noun, with a definite determiner and no count of its own, is the transfer already read, not a second one.
 */
export function dropRepeatedConsignments(drafts: TransferDraft[], sentenceText: (id: string) => string): void {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.kinds[0] !== 'containers' || d.quantity || !d.recipients.length || drafts.some((x) => x.sentenceId === d.sentenceId && (x.exchangeFor !== undefined || x.exchangeWith))) continue;
    if (!pattern('trap.definiteBefore').test(sentenceText(d.sentenceId).slice(Math.max(0, d.start - 20), d.start))) continue;
    if (drafts.some((x) => x.sentenceIndex < d.sentenceIndex && x.kinds[0] !== 'containers' && same(x.senders, d.senders) && same(x.recipients, d.recipients))) drafts.splice(i, 1);
  }
}

/**
 * "a reçu sa première cargaison chilienne : 5 000 tonnes livrées par", "deux convois, soit 300 tonnes": a consignment
 * restated at once by its count is one fact; the counted reading stays, the container noun gives way.
 */
export function dropRestatedConsignments(ctx: SentenceContext, drafts: TransferDraft[]): TransferDraft[] {
  // Exchanges point at drafts by their index in the sentence: a sentence with one keeps its list whole.
  if (drafts.some((d) => d.exchangeFor !== undefined)) return drafts;
  return drafts.filter((d) => {
    if (d.kinds[0] !== 'containers') return true;
    const counted = drafts.find((x) => x !== d && x.quantity && x.kinds[0] !== 'containers' && x.start >= d.end && pattern('trap.restatedCount').test(ctx.text.slice(d.end, x.start)));
    if (!counted) return true;
    // One fact: the sides read on the container noun complete the counted reading.
    if (!counted.senders.length) counted.senders.push(...d.senders.filter((s) => !counted.recipients.includes(s)));
    if (!counted.recipients.length) counted.recipients.push(...d.recipients.filter((r) => !counted.senders.includes(r)));
    return false;
  });
}

/** "Les Européens ont livré 500 000 obus", "livrés par les Occidentaux": a collective that names no state gives no sender; with none named, no fact. */
export function collectiveGiver(ctx: SentenceContext, cs: number, ce: number): boolean {
  const m = pattern('trap.collectiveGiver').exec(ctx.text.slice(cs, ce));
  return !!m && !actorMentions(ctx).some((x) => x.start >= cs + m.index && x.end <= cs + m.index + m[0].length);
}

/**
 * "a envoyé 30 avions de combat près de l'espace aérien lituanien", "des navires de guerre autour de Taïwan": a state
 * named only as where forces go near is not their receiver. Drops it; returns whether the clause names such a place.
 */
export function dropNearPlaces(doc: DocBuilder, ctx: SentenceContext, from: number, ce: number, personCountry: Map<string, string>, recipients: string[]): boolean {
  let dropped = false;
  for (const near of ctx.text.slice(from, ce).matchAll(pattern('trap.nearPlace', 'giu'))) {
    const at = from + near.index + near[0].length;
    // the place right after the marker ("près de la Lituanie", "de l'espace aérien lituanien")
    for (const m of ctx.mentions.filter((x) => x.start >= at && x.start - at <= 25)) {
      const id = endpoint(doc, m, personCountry);
      if (!id) continue;
      dropped = true;
      if (recipients.includes(id)) recipients.splice(recipients.indexOf(id), 1);
    }
  }
  return dropped;
}

/** "En réaction, Moscou a envoyé des avions de chasse": forces sent in a show of force go to no receiver the article's flows could lend. */
export function showOfForce(text: string, cs: number, ce: number): boolean {
  return pattern('trap.showOfForce').test(text.slice(cs, ce));
}
