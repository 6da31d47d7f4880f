import { actorAfter, subjectBefore } from '../context';
import { resolveSubjectPronoun } from '../discourse';
import { agentAfter, endpoint, endpointId, firmAfter, ledBy, nationalSubject, ownsItsGoods } from './endpoints';
import type { TriggeredReading } from './reading';
import { speakerSide } from './speaker';
import { pattern } from '../syntax/language';
import { ALLEGED } from './modality';

/** The sides of a receiving trigger (its subject receives, a seller follows "à" or "de") or a departing one (the place left sends). */
export function readReceiving(r: TriggeredReading): void {
  const { doc, ctx, personCountry, triggers, p, trigger, cs, senders, recipients } = r;
  const text = ctx.text;
  if (trigger.role === 'depart' && trigger.verb && !trigger.verb.frame.giver.length) {
    // "ont transité par la Turquie": a transit country sends nothing.
  } else if (trigger.role === 'depart') {
    // The place left names the sender: "le port nord-coréen de Rason", "la Corée du Nord".
    const origin = ctx.mentions.find((m) => m.start >= trigger.end && m.start - trigger.end <= 40 && m.label !== 'Organization');
    const o = endpoint(doc, origin, personCountry);
    if (o) senders.push(o);
  } else if (trigger.role === 'receive' && p.end <= trigger.start && /(?:é|ée|és|ées)$/iu.test(trigger.text)) {
    // "des chars commandés par Varsovie à la Corée du Sud": the buyer after "par", the seller after "à".
    // ... past the seller or a date in the passive ("ont été achetées à la Roumanie en mai par l'Égypte"), never past
    // another participle, whose agent that "par" is ("achetés à la Turquie selon un rapport rédigé par l'ONU").
    const passive = !!trigger.verb && !trigger.verb.bare && trigger.verb.voice === 'passive';
    let by = passive ? /(?<![\p{L}])par\s+/iu.exec(text.slice(trigger.end, Math.min(r.ce, trigger.end + 45))) : /^\s+par\s+/iu.exec(text.slice(trigger.end, trigger.end + 8));
    if (by && passive && text.slice(trigger.end, trigger.end + by.index).split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && pattern('phrase.receivedParticiple').test(w))) by = null;
    let buyer = by ? endpoint(doc, actorAfter(ctx, trigger.end + by.index + by[0].length, 4), personCountry) : undefined;
    // "les chars que la Pologne a achetés à", "les blindés qu'il a achetés à": a participle with its auxiliary
    // in a relative on the goods has its own subject, the buyer.
    if (!buyer && trigger.verb && !trigger.verb.bare && trigger.verb.voice === 'active') buyer = relativeSubject(r);
    if (buyer) recipients.push(buyer);
    // ... up to the next verb: "achetés par le Tchad ont ensuite été revendus au Soudan" names the next buyer, not the seller.
    const stop = Math.min(trigger.end + 45, triggers.find((t) => t.verb && t.start > trigger.end)?.start ?? text.length);
    const from = pattern('receive.sellerMarker', 'iu').exec(text.slice(trigger.end, stop));
    const seller = from ? endpoint(doc, actorAfter(ctx, trigger.end + from.index + from[0].length, 2), personCountry) : undefined;
    if (seller && seller !== buyer) senders.push(seller);
  } else if (trigger.role === 'receive') {
    recipients.push(...subjectBefore(ctx, trigger.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
    // "Le premier destinataire des fusils serbes est le Kenya": the receiver is the predicate of "être".
    const copula = trigger.noun ? pattern('receive.copula', 'iu').exec(text.slice(p.end, p.end + 30)) : null;
    if (!recipients.length && copula) {
      const n = endpoint(doc, actorAfter(ctx, p.end + copula.index + copula[0].length, 1), personCountry);
      if (n) recipients.push(n);
    }
    // "Le ministre kényan de la Défense a reçu": a nameless official's state.
    if (!recipients.length && trigger.verb?.voice === 'active') {
      const n = nationalSubject(doc, ctx, cs, trigger.start, personCountry);
      if (n) recipients.push(n);
    }
    // "« Nous avons acheté à l'Iran des drones », admet le ministre": the speaker's side receives.
    const we = trigger.verb?.firstPlural;
    if (!recipients.length && we?.role === 'subject') {
      const s = speakerSide(doc, ctx, personCountry, r.discourse, we.word.start);
      if (s) recipients.push(s);
    }
    // "Il lui a acheté 300 obus": the subject pronoun stands for the actor in focus.
    const pronoun = trigger.verb?.pronounSubject;
    if (!recipients.length && pronoun) {
      const id = resolveSubjectPronoun(r.discourse, ctx, pronoun.start, ALLEGED.test(text.slice(r.cs, r.ce)));
      const e = id ? endpointId(doc, id, personCountry) : undefined;
      if (e) recipients.push(e);
    }
    // ... but "acheté des obus pour les livrer à l'Ukraine": a "à" past another verb is that verb's.
    const toSeller = pattern('transfer.sellerAfter', 'u').exec(text.slice(p.end, p.end + 30));
    const seller = toSeller && !triggers.some((t) => !t.noun && t.start > p.end && t.start < p.end + toSeller[0].length) ? endpoint(doc, firmAfter(doc, ctx, p.end + toSeller[0].length) ?? actorAfter(ctx, p.end, 30), personCountry) : undefined;
    // "achats d'armes à Pyongyang", "acheté des drones à l'Iran": bought from the seller.
    if (seller && (trigger.noun || pattern('transfer.buyingVerb', 'iu').test(trigger.text))) senders.push(seller);
    // "s'est fait livrer des drones par la Turquie", "s'est vu remettre par la Turquie": the giver is the agent.
    if (trigger.verb?.beneficiary && !senders.length) {
      const g = agentAfter(doc, ctx, trigger.end, r.ce, personCountry);
      if (g && !recipients.includes(g)) senders.push(g);
    }
    // "Kiev a reçu de Washington des missiles": the giver right after the verb.
    const from = pattern('receive.giverRightAfter', 'iu').exec(text.slice(trigger.end, trigger.end + 20));
    if (!trigger.noun && from && !senders.length) {
      const g = endpoint(doc, firmAfter(doc, ctx, trigger.end + from[0].length) ?? actorAfter(ctx, trigger.end + from[0].length, 2), personCountry) ?? ledBy(doc, ctx, trigger.end + from[0].length, personCountry);
      if (g) senders.push(g);
    }
    // "a reçu des fusils que la Serbie avait acheminés": the subject of a giving relative on the goods sent them.
    const rel = pattern('receive.giverRelative', 'iu').exec(text.slice(p.end, p.end + 20));
    const relSubject = rel ? actorAfter(ctx, p.end + rel[0].length, 1) : undefined;
    if (!senders.length && relSubject && triggers.some((t) => t.verb && t.role === 'give' && t.start > relSubject.end && t.start - relSubject.end <= 40)) {
      const g = endpoint(doc, relSubject, personCountry);
      if (g && !recipients.includes(g)) senders.push(g);
    }
    // "a reçu 40 milliards d'euros d'aide de l'Union européenne": the giver after the goods.
    const after = pattern('receive.giverAfterGoods', 'iu').exec(text.slice(p.end, p.end + 12));
    if (!senders.length && after) {
      // "a accueilli des combattants de Wagner": a private army or a firm owns its men and goods, as with a giving verb.
      const owner = firmAfter(doc, ctx, p.end + after[0].length) ?? actorAfter(ctx, p.end + after[0].length, 2);
      const g = ownsItsGoods(doc, owner) && p.goods.every((x) => x.kind === 'troops' || x.kind === 'personnel') ? owner!.id : endpoint(doc, owner, personCountry) ?? ledBy(doc, ctx, p.end + after[0].length, personCountry);
      if (g && !recipients.includes(g)) senders.push(g);
    }
  }
}

/** The subject of a relative on the goods, named ("que la Pologne a achetés") or a pronoun for the actor in focus ("qu'il a achetés"). */
function relativeSubject(r: TriggeredReading): string | undefined {
  const { doc, ctx, personCountry, p, trigger } = r;
  if (!pattern('receive.relativeOnGoods').test(ctx.text.slice(p.end, trigger.start))) return undefined;
  const named = subjectBefore(ctx, trigger.start, p.end)[0];
  if (named) return endpoint(doc, named, personCountry);
  const pronoun = trigger.verb?.pronounSubject;
  const id = pronoun ? resolveSubjectPronoun(r.discourse, ctx, pronoun.start) : undefined;
  return id ? endpointId(doc, id, personCountry) : undefined;
}
