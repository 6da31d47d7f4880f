import type { DocBuilder } from '../builder';
import { actorAfter } from '../context';
import { resolveDative } from '../discourse';
import { pattern } from '../syntax/language';
import { agentAfter, endpoint, endpointId, markedSlot, objectAfter, ownsItsGoods, recipientAfter, relativeDativeHead, senderMarked, senderMarker } from './endpoints';
import type { Reading } from './reading';
import { speakerSide } from './speaker';

/**
 * The sides every trigger shares once its own reader has run: a frame's object, the goods' owner, a nationality,
 * a marked sender, a passive after the goods, a dative pronoun, the recipient after "à"/"vers"/"destinés à".
 * Returns whether a sender is named that Trame cannot resolve.
 */
export function completeSides(r: Reading): { unknownSender: boolean } {
  const { doc, ctx, personCountry, discourse, triggers, p, trigger, cs, ce, after, senders, recipients, demonymSender, armyTarget, datives } = r;
  const text = ctx.text;
  const frame = trigger?.verb?.frame;
  if (frame && trigger && !recipients.length && frame.receiver.includes('object')) {
    const o = objectAfter(doc, ctx, trigger.end, personCountry);
    if (o && !senders.includes(o)) recipients.push(o);
  }
  // "Le Venezuela a été ravitaillé en carburant par l'Iran": a passive's subject is the object it supplies.
  if (frame && trigger && !recipients.length && frame.receiver.includes('object') && trigger.verb?.voice === 'passive' && !trigger.verb.bare) {
    // The subject ends right before the verb group ("Le Venezuela a été"), not an actor met earlier in the sentence.
    const last = trigger.verb.before;
    const o = last ? endpoint(doc, ctx.mentions.find((m) => m.end === last.end && m.start >= cs), personCountry) : undefined;
    if (o && !senders.includes(o)) recipients.push(o);
  }
  if (frame && trigger && !senders.length && frame.giver.includes('object')) {
    const o = objectAfter(doc, ctx, trigger.end, personCountry);
    if (o && !recipients.includes(o)) senders.push(o);
  }
  // "des milliers de combattants du groupe Wagner ont rejoint": goods named by who they belong to.
  if (!senders.length && trigger && trigger.role !== 'receive') {
    const of = pattern('transfer.ownerOf', 'iu').exec(text.slice(p.end, p.end + 12));
    const owner = of ? actorAfter(ctx, p.end + of[0].length, 8) : undefined;
    const own = ownsItsGoods(doc, owner);
    const s = owner && owner.label !== 'Location' && owner.via !== 'demonym' ? (own ? owner.id : endpoint(doc, owner, personCountry)) : undefined;
    if (s && !recipients.includes(s)) senders.push(s);
  }
  // "des mercenaires syriens envoyés par la Turquie": a passive's agent sends; the goods' nationality only says where they come from.
  const byAgent = trigger?.role === 'give' && trigger.verb?.voice === 'passive' && senders.length > 0;
  // "La Turquie a organisé le transfert de combattants syriens": irregular fighters are sent by whoever the text
  // says sends them; their nationality names the state only when nobody else does.
  const irregulars = senders.length > 0 && p.goods.every((g) => pattern('transfer.irregulars').test(g.text));
  if (demonymSender && !byAgent && !irregulars) {
    senders.length = 0;
    senders.push(demonymSender);
  }
  // The frame's own giver prepositions: "acheté à la France", "arrivées en Syrie depuis l'Iran".
  if (frame && trigger && !senders.length && (trigger.role === 'receive' || trigger.role === 'join')) {
    const nextVerb = triggers.find((t) => !t.noun && t.start > trigger.end)?.start ?? ce;
    const g = markedSlot(doc, ctx, frame.giver, trigger.end, Math.min(ce, nextVerb), personCountry);
    if (g && !recipients.includes(g)) senders.push(g);
  }
  const marked = senderMarked(doc, ctx, p.start, ce, personCountry);
  if (marked && !senders.length) senders.push(marked);
  // "de la part de leurs alliés": the sender is named but is no state we know; do not guess it.
  // "reçu une partie des armes promises par la Russie": a passive after the goods names their sender, maybe after
  // an adverb and where the goods went ("réexportés ensuite vers le Nigeria par des intermédiaires").
  const passives = triggers.filter((t) => t.role === 'give' && t.verb?.voice === 'passive' && t.start >= p.end && t.start < ce && pattern('transfer.agentAfterPassive', 'iu').test(text.slice(t.end, t.end + 60)));
  if (!senders.length)
    for (const t of passives) {
      const by = agentAfter(doc, ctx, t.end, ce, personCountry);
      if (by && !recipients.includes(by)) {
        senders.push(by);
        break;
      }
    }
  // "les chars commandés aux États-Unis", "des drones achetés à la Turquie": a buying participle after the goods names their seller.
  if (!senders.length && trigger?.role === 'receive') {
    const bought = triggers.find((t) => t !== trigger && t.role === 'receive' && t.verb?.bare && t.start >= p.end && t.start - p.end < 30);
    const frameOf = bought?.verb?.frame;
    const g = bought && frameOf ? markedSlot(doc, ctx, frameOf.giver.filter((m) => m !== 'de'), bought.end, Math.min(ce, bought.end + 40), personCountry) : undefined;
    if (g && !recipients.includes(g)) senders.push(g);
  }
  // ... "promis par les alliés occidentaux": a passive whose agent is no actor Trame knows; "davantage d'aide à ses alliés".
  const unknownSender = !senders.length && (senderMarker('iu').test(text.slice(p.end, ce)) || passives.length > 0);
  // "Washington nous a livré", "l'Iran nous a vendu": the speaker's side receives (after a receiving verb, gives).
  const we = trigger?.verb?.firstPlural;
  if (we?.role === 'dative' && !(trigger?.role === 'receive' ? senders : recipients).length) {
    const e = speakerSide(doc, ctx, personCountry, discourse, we.word.start);
    if (e && !(trigger?.role === 'receive' ? recipients : senders).includes(e)) (trigger?.role === 'receive' ? senders : recipients).push(e);
  }
  const receiving = trigger?.role === 'receive';
  // "Le Tchad, auquel la France a livré", "la Serbie, à laquelle la Hongrie a acheté": the head of a relative in the
  // dative receives from a giving verb and gives to a buying one.
  if (trigger?.verb && !trigger.verb.bare && (trigger.role === 'give' || receiving) && !(receiving ? senders : recipients).length) {
    const head = relativeDativeHead(doc, ctx, trigger.start, personCountry);
    if (head && !(receiving ? recipients : senders).includes(head)) (receiving ? senders : recipients).push(head);
  }
  // "La France lui a vendu", "en lui fournissant": the receiver is the actor the pronoun stands for;
  // after a receiving verb ("leur a acheté") it is the giver.
  if (trigger?.verb?.dative && !(receiving ? senders : recipients).length) {
    const own = receiving ? recipients : senders;
    const plural = trigger.verb.dative.key === 'leur';
    const id = resolveDative(discourse, ctx, trigger.verb.dative.start, (x) => { const e = endpointId(doc, x, personCountry); return !e || own.includes(e) || own.some((o) => endpointId(doc, o, personCountry) === e) || !agreesInNumber(doc, x, plural); }, datives);
    const e = id ? endpointId(doc, id, personCountry) : undefined;
    if (id && e) {
      datives.unshift(id);
      if (receiving && !senders.length) senders.push(e);
      else if (!receiving) recipients.push(e);
    }
  }
  // "des armes importées par l'Azerbaïdjan": a receiving participle after the goods names who gets them.
  if (trigger?.role === 'give' && !recipients.length) {
    const importer = triggers.find((t) => t.role === 'receive' && t.verb?.bare && t.start >= p.end && t.start - p.end < 30 && /^\s+par\s/iu.test(text.slice(t.end, t.end + 5)));
    const by = importer ? agentAfter(doc, ctx, importer.end, ce, personCountry) : undefined;
    if (by && !senders.includes(by)) recipients.push(by);
  }
  // "Bakou assure à Israël son approvisionnement en pétrole": the receiver of a support verb before the noun.
  if (trigger?.noun && trigger.text && trigger.role === 'give' && !recipients.length && /(?:son|sa|ses|leurs?)\s+$/iu.test(text.slice(Math.max(cs, trigger.start - 8), trigger.start))) {
    const r = recipientAfter(doc, ctx, cs, trigger.start, senders, personCountry);
    if (r) recipients.push(r);
  }
  // "la livraison aux forces de Haftar de systèmes qui auraient été acheminés depuis": a participle or relative
  // after the goods reads them, but the transfer noun heading them names the recipient.
  if (trigger && !trigger.noun && trigger.start >= p.end && !recipients.length) {
    const head = [...triggers].reverse().find((t) => t.noun && t.role === 'give' && t.end <= p.start && p.start - t.end <= 80);
    const r = head ? recipientAfter(doc, ctx, head.end, p.start, senders, personCountry) : undefined;
    if (r) recipients.push(r);
  }
  // "Les FSR disposent de drones fournis par les Émirats": who holds goods a participle says were supplied received them.
  if (trigger?.role === 'give' && trigger.verb?.bare && trigger.start >= p.end && !recipients.length) {
    const holder = ctx.mentions.filter((m) => m.end <= p.start && m.start >= cs && m.label !== 'Location').pop();
    const h = holder && pattern('transfer.holds', 'iu').test(text.slice(holder.end, p.start)) ? endpoint(doc, holder, personCountry) : undefined;
    if (h && !senders.includes(h)) recipients.push(h);
  }
  if (trigger?.role !== 'receive' && !recipients.length) {
    // "a promis à Kiev un système", "fournirait à Téhéran des technologies": the recipient may precede the goods.
    // ... but a second object after "et" takes its own receiver first ("des drones au Niger et des blindés au Tchad").
    const between = () => (trigger && trigger.end <= p.start ? recipientAfter(doc, ctx, trigger.end, p.start, senders, personCountry) : undefined);
    const later = () => recipientAfter(doc, ctx, after, ce, senders, personCountry);
    const coordinated = !!trigger && trigger.end <= p.start && pattern('phrase.coordinatedObject', 'u').test(text.slice(trigger.end, p.start));
    // Each span searched once: the clause after the goods first for a coordinated object, else the span before them.
    const first = coordinated ? (later() ?? between()) : between();
    // ... not the army that sends them, named in its own name ("L'armée kényane a déployé 400 soldats").
    const army = armyTarget && !senders.includes(armyTarget.id) ? endpoint(doc, armyTarget, personCountry) : undefined;
    const r = first ?? (coordinated ? undefined : later()) ?? army;
    if (r) recipients.push(r);
  }
  // "déposés auprès de la banque centrale", "injectés dans la compagnie": a frame's own receiver prepositions.
  if (frame && trigger?.role === 'give' && !trigger.noun && !recipients.length) {
    const own = frame.receiver.filter((m) => !['subject', 'agent', 'dative', 'object'].includes(m) && !pattern('transfer.recipientMarker').test(`${m} `));
    const nextVerb = triggers.find((t) => !t.noun && t.start > trigger.end)?.start ?? ce;
    const to = markedSlot(doc, ctx, own, trigger.end, Math.min(ce, nextVerb), personCountry);
    if (to && !senders.includes(to)) recipients.push(to);
  }
  // "au Kenya et à l'Éthiopie", "au Mali, au Niger et au Tchad": each receiver the preposition is repeated for.
  if (trigger?.role === 'give' && recipients.length === 1) recipients.push(...coordinatedAfter(r, recipients[0]));
  if (armyTarget && !recipients.length && !senders.includes(armyTarget.id)) {
    const r = endpoint(doc, armyTarget, personCountry);
    if (r && !senders.includes(r)) recipients.push(r);
  }
  return { unknownSender };
}

/** The receivers coordinated after `first`'s mention in the clause, each behind its own "à"/"au"/"aux". */
function coordinatedAfter(r: Reading, first: string): string[] {
  const { doc, ctx, personCountry, p, ce, senders } = r;
  const found: string[] = [];
  let at = ctx.mentions.find((m) => m.start >= Math.min(p.start, r.trigger?.start ?? p.start) && m.end <= ce && endpoint(doc, m, personCountry) === first);
  while (at) {
    const and = pattern('transfer.coordinatedRecipient').exec(ctx.text.slice(at.end, ce));
    const next = and ? actorAfter(ctx, at.end + and[0].length, 2) : undefined;
    const id = next ? endpoint(doc, next, personCountry) : undefined;
    if (!next || !id || id === first || found.includes(id) || senders.includes(id)) break;
    found.push(id);
    at = next;
  }
  return found;
}

/**
 * Whether an actor can be what "leur" (plural) or "lui" (singular) stands for: "les Houthis", "les États-Unis"
 * are plural, "la Syrie" or a person singular; an acronym says nothing. A group with no name ("les rebelles")
 * leaves "leur" unresolved rather than bound to the nearest state.
 */
function agreesInNumber(doc: DocBuilder, id: string, plural: boolean): boolean {
  const node = doc.nodes.get(id);
  if (!node) return true;
  if (node.label === 'Person') return !plural;
  const head = node.name.split(/[\s-]/u)[0];
  if (/^\p{Lu}{2,}$/u.test(head)) return true;
  return pattern('word.plural', 'iu').test(head) === plural;
}
