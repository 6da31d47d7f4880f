import { actorAfter, subjectBefore } from '../context';
import type { Trigger } from '../goods';
import type { Phrase } from '../phrases';
import { pattern } from '../syntax/language';
import { endpoint } from './endpoints';
import type { TriggeredReading } from './reading';

/** The means marker ("avec un", "grâce à un") right before a trigger or goods, if any. */
function meansBefore(text: string, cs: number, at: number): RegExpExecArray | null {
  const from = Math.max(cs, at - 40);
  const m = pattern('transfer.meansBefore').exec(text.slice(from, at));
  if (m) m.index += from;
  return m;
}

/** "a construit un port avec un prêt de la Chine": money with no trigger of its own, named as the means of an act, stands as given. */
export function meansTrigger(text: string, p: Phrase, cs: number): Trigger | undefined {
  // Only money: "avec l'aide de la Russie" is help, "avec des drones iraniens" a weapon used.
  if (!p.goods.length || !p.goods.every((g) => g.kind === 'funds')) return undefined;
  if (!meansBefore(text, cs, p.start)) return undefined;
  const t: Trigger = { role: 'give', noun: true, start: p.start, end: p.start, text: '' };
  STOOD_IN.add(t);
  return t;
}

const STOOD_IN = new WeakSet<Trigger>();

/** Whether a trigger is the means marker standing in for one: only the giver named on the money and the subject are its sides. */
export function standsInForMeans(t: Trigger | undefined): boolean {
  return !!t && STOOD_IN.has(t);
}

/** Whether a giving noun or money is named as the means of the clause subject's act ("grâce à un don du Japon"). */
export function isMeans(r: TriggeredReading): boolean {
  const { ctx, cs, trigger, p } = r;
  return trigger.noun && trigger.role === 'give' && p.goods.every((g) => g.kind === 'funds') && !!meansBefore(ctx.text, cs, Math.min(trigger.start, p.start));
}

/**
 * The sides of money named as a means: the giver named on it ("de la Chine", "chinois") gives to the subject of the
 * clause, who acted with it. No giver named, no transfer: "avec un budget de 50 millions" is the subject's own.
 */
export function readMeans(r: TriggeredReading): void {
  const { doc, ctx, personCountry, cs, trigger, p, senders, recipients } = r;
  const marker = meansBefore(ctx.text, cs, Math.min(trigger.start, p.start));
  if (!marker) return;
  const of = pattern('give.ofAfter').exec(ctx.text.slice(p.end, p.end + 12));
  const giver = of ? endpoint(doc, actorAfter(ctx, p.end + of[0].length, 2), personCountry) : r.demonymSender;
  const taker = subjectBefore(ctx, marker.index, cs)
    .map((m) => endpoint(doc, m, personCountry))
    .find((x): x is string => !!x);
  if (!giver || !taker || giver === taker) return;
  senders.push(giver);
  recipients.push(taker);
}
