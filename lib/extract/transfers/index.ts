import transferData from '../../../data/lexicon/transfers.json';
import { actorAfter, actorMentions, clauseAround, countryOfActor, subjectBefore, type SentenceContext } from '../context';
import type { DocBuilder } from '../builder';
import type { EntityMention } from '../entities';
import { newDiscourse, remember, resolveLocative, type Discourse } from '../discourse';
import { findGoods, findTriggers, isPeople, stopsCargo, type Trigger } from '../goods';
import { bind, DATIVE_BEFORE, EXCHANGE_BEFORE, groupPhrases, quantityBefore, type Phrase } from '../phrases';
import { findQuantities, type Quantity } from '../quantities';
import { analyse } from '../syntax/analyse';
import { makeDraft, type TransferDraft } from './draft';
import { endpoint, endpointId, markedSlot, placeAfter, placeState } from './endpoints';
import { linkExchange, linkFrontedPrice } from './exchange';
import { inheritBatchKind, inheritMeasureKind, lastDraft, readElided, readPartitive, readSubsets, rememberGoods } from './elided';
import { readGapped } from './gapped';
import { readRoleNouns } from './role-nouns';
import { noteSignedAgreement, runsOnSchedule, statesAgreedTerms } from './terms';
import { readParts } from './parts';
import { readGiving, readSuspect } from './give';
import { cargoTrigger, readCargo } from './cargo';
import { meansTrigger, standsInForMeans } from './means';
import { contractMarks, contractTrigger, readContract } from './contract';
import { backedSide, namesTheatre, noteWar } from './theatre';
import { ALLEGED, HOSTILE, isNegated, isPlannedNoun } from './modality';
import type { Reading } from './reading';
import { readOnward, readRelay, readResold } from './onward';
import { unknownNamedSubject, unknownNameAfter, unknownNameIn } from './unknown';
import { readReceiving } from './receive';
import { completeSides } from './sides';
import { collectiveGiver, countedPart, dropNearPlaces, dropRestatedConsignments, dropVagueSides, isShare, isTrap, showOfForce } from './traps';
import { activeLanguage, pattern } from '../syntax/language';

export type { TransferDraft } from './draft';

const CARGO = new Set(transferData.cargo.carry);
const RESALE = new Set(transferData.resale);
// The language's patterns: aid as such ("une aide", "un programme d'aide") is a transfer without a verb, grain or water
// is not (transfer.aidNoun); "vers sa frontière orientale", "dans ses bases": a state moving its own forces at home
// sends nothing (transfer.ownDestination); "a demandé aux Américains de déployer" (transfer.request).

/** Reads the transfers of one sentence: goods, quantity, sender, recipient, status, date, exchanges; pronouns point back through `discourse`. */
export function extractTransfers(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse = newDiscourse()): TransferDraft[] {
  noteWar(doc, ctx, personCountry, discourse);
  noteSignedAgreement(discourse, ctx);
  const read = readTransfers(doc, ctx, personCountry, discourse);
  const all = read.length ? [...read, ...readGapped(doc, ctx, personCountry, read), ...readParts(ctx, read), ...readSubsets(ctx, read), ...readPartitive(doc, ctx, personCountry, discourse, read)] : [...readElided(doc, ctx, personCountry, discourse), ...readPartitive(doc, ctx, personCountry, discourse)];
  // "en a acheté deux millions de doses": a count read both by its bare unit and as the goods "en" stands for is the latter.
  const partitive = all.filter((x) => x.partOf && x.quantity);
  const drafts = dropRestatedConsignments(ctx, all).filter((d) => !(!d.partOf && partitive.some((x) => x !== d && x.quantity!.start === d.quantity?.start) && pattern('transfer.unitNoun').test(d.unit.trim())));
  readRoleNouns(ctx, drafts, lastDraft(discourse));
  inheritBatchKind(discourse, ctx, drafts);
  inheritMeasureKind(discourse, drafts);
  rememberGoods(discourse, ctx, read, () => readTransfers(doc, { ...ctx, question: false }, personCountry, discourse));
  if (!ctx.sentence.boilerplate) remember(discourse, ctx);
  return drafts;
}

function readTransfers(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse): TransferDraft[] {
  if (ctx.question || ctx.sentence.boilerplate) return [];
  const text = ctx.text;
  const goods = findGoods(text).filter((g) => !ctx.mentions.some((m) => m.label !== 'Country' && g.start >= m.start && g.start < m.end));
  if (!goods.length && !ctx.mentions.some((m) => m.via === 'demonym')) return [];
  const quantities = findQuantities(text);
  const phrases = groupPhrases(text, goods, ctx.mentions, quantities);
  if (!phrases.length) return [];
  const triggers = findTriggers(text);
  // Receivers named by "lui"/"leur" in this sentence: a second "lui" usually means the same one.
  const datives: string[] = [];
  // Index of a price named before the goods it pays for.
  let fronted: number | undefined;
  const bound = bind(text, triggers, phrases);
  const contracts = contractMarks(text);
  const drafts: TransferDraft[] = [];

  // "Le Mali a déployé les drones qu'il a achetés à la Turquie": the main verb takes the goods, a relative on them tells
  // how its subject got them; each is read, and the main verb's sides stop where the relative begins.
  const taken = new Set(bound.values());
  const relatives = new Map<Phrase, { trigger: Trigger; at: number }>();
  for (const p of phrases) {
    const main = bound.get(p);
    if (!main || main.role === 'receive') continue;
    const rel = relativeOnGoods(text, p, triggers);
    if (rel && !taken.has(rel.trigger)) relatives.set(p, rel);
  }
  const readPhrase = (p: Phrase, only?: Trigger) => {
    const [cs, clauseEnd] = clauseAround(text, p.start);
    // Aid is itself a transfer: "un programme d'aide ... pour l'Ukraine" needs no verb.
    // ... but not "avec l'aide de la Russie" (with its help), nor an agreement's "aide mutuelle", nor the programme
    // a delivery is made under ("dans le cadre de son programme d'aide").
    const selfTriggered = p.goods.some((g) => g.kind === 'aid' && pattern('transfer.aidNoun').test(g.text) && !isVerbUse(text, g.start)) && !pattern('transfer.mutual').test(text.slice(p.goods[0].end)) && !pattern('transfer.withHelpOf').test(text.slice(Math.max(0, p.start - 12), p.start)) && !framed(text, p);
    // "un contrat pour la livraison de 12 patrouilleurs": the contract, not the noun inside it, says who supplies.
    const contract = contractTrigger(p, cs, contracts);
    const boundTo = bound.get(p);
    const inContract = contract && (!boundTo || (boundTo.noun && boundTo.start >= contract.start && boundTo.end <= contract.end)) ? contract : undefined;
    const trigger = only ?? inContract ?? boundTo ?? (selfTriggered ? { role: 'give' as const, noun: true, start: p.start, end: p.start, text: '' } : undefined) ?? cargoTrigger(text, p, cs) ?? meansTrigger(text, p, cs);
    const relative = relatives.get(p);
    const ce = !only && relative && trigger && trigger.end <= p.start ? relative.at : clauseEnd;
    const lead = text.slice(Math.max(cs, p.start - 60), quantityBefore(text, quantities, p.start)?.start ?? p.start);
    // "vendu des lanceurs à Taïwan pour 2 milliards de dollars": a price a sale or purchase names is not what it moves.
    if (trigger?.verb?.frame.trade && p.goods.every((g) => g.kind === 'funds') && pattern('transfer.priceBefore').test(lead)) return;
    const against = pattern('transfer.againstEnd').test(lead);
    // "300 MW au Brésil, contre 100 MW jusqu'ici": "contre" before a figure of an earlier time compares, it trades nothing.
    if (against && pattern('transfer.earlierFigure').test(text.slice(p.end, ce))) return;
    // "contre" trades only after a consignment ("des obus contre du pétrole"); "sanctions contre X" does not.
    const exchange = EXCHANGE_BEFORE.test(lead) && (drafts.length > 0 || !against);
    // "soldats nord-coréens" come from North Korea; "dirhams émiratis" are only a currency.
    const resold = !!trigger?.verb && RESALE.has(trigger.verb.frame.lemma);
    const demonymSender = p.demonym && !resold && !p.goods.every((g) => activeLanguage().transfers.currencies.includes(g.text.toLowerCase())) ? countryOfActor(doc, p.demonym.id, personCountry) : undefined;
    const armyTarget = ctx.mentions.find((m) => m.id.endsWith('-armed-forces') && m.start >= cs && m.end <= ce);
    if (!trigger && !exchange && !(demonymSender && armyTarget)) return;
    // "En retour de cette aide, X a expédié": a price named by a demonstrative is a flow told before, which the
    // sentence's own transfer answers (exchange.answerStart), not new goods.
    if (exchange && pattern('exchange.pointsBack', 'iu').test(lead)) return;
    // "ils relevaient de l'aide humanitaire", "qualifiées d'aide d'urgence": a label on flows told already, whatever verb is near.
    if (pattern('transfer.aidLabel').test(text.slice(Math.max(cs, p.start - 80), p.start))) return;
    // "L'armée ukrainienne a abattu 20 drones iraniens": goods an army destroys came from its enemy.
    if (!trigger && !exchange && HOSTILE.test(text.slice(cs, ce))) return;
    if (trigger && isNegated(text, trigger)) return;
    if (isTrap({ ctx, p, trigger, cs, ce, lead })) return;
    // "promettait à ses hommes de repartir", "a fourni aux soldats des vivres": people after "à" are whom
    // the verb addresses or serves, its indirect object, never what it moves. Goods before the verb are
    // its object through a relative ("accès à la technologie, que Moscou hésitait à transférer").
    const q = quantityBefore(text, quantities, p.start);
    // "chaque tonne promise à Washington", "une tonne refusée à Pékin": a unit no figure counts is no consignment.
    if (!q && !p.quantity && p.goods.every((g) => pattern('transfer.unitNoun').test(g.text)) && pattern('transfer.genericUnitBefore').test(text.slice(Math.max(cs, p.start - 12), p.start))) return;
    if (trigger && !trigger.noun && p.start > trigger.start && DATIVE_BEFORE.test(text.slice(Math.max(cs, (q?.start ?? p.start) - 20), q?.start ?? p.start))) return;
    // "En contrepartie, Petrosen cédera des cargaisons", "livrera du blé en échange de pétrole": a deal's terms, told in the
    // future beside their price, are its legs.
    const dealTerm = !!trigger?.verb?.future && pattern('exchange.dealClause').test(text.slice(cs, ce));
    // "un accord, signé en mai ... ; la Russie prêtera 10 milliards": the terms of an agreement just signed are facts of it.
    const agreedTerm = !!trigger?.verb?.future && (statesAgreedTerms(discourse, ctx) || runsOnSchedule(text.slice(cs, ce)));
    if (trigger?.verb?.hypothetical || (trigger?.verb?.planned && !dealTerm && !agreedTerm) || (trigger?.noun && isPlannedNoun(text, trigger))) return;
    // "Il est temps que la France livre des chars", "exige que Berlin livre": a wish or a demand, in the subjunctive, is no fact.
    if (trigger?.verb && pattern('transfer.wishClause').test(text.slice(cs, trigger.start))) return;

    const senders: string[] = [];
    const recipients: string[] = [];
    // "La Pologne a demandé aux Américains de déployer ...": asked of someone, for the asker.
    const request = trigger && !trigger.noun ? pattern('transfer.request').exec(text.slice(Math.max(cs, trigger.start - 60), trigger.start)) : null;
    if (request && trigger) {
      const reqAt = trigger.start - (text.slice(Math.max(cs, trigger.start - 60), trigger.start).length - request.index);
      const asked = endpoint(doc, actorAfter(ctx, reqAt + request[0].indexOf(request[1]) + request[1].length, 12), personCountry);
      const asker = subjectBefore(ctx, reqAt, cs).map((m) => endpoint(doc, m, personCountry)).find(Boolean);
      if (!asked || !asker) return;
      drafts.push(makeDraft(ctx, p, quantities, [asked], [asker], 'alleged', trigger));
      return;
    }
    const after = Math.max(p.end, trigger?.end ?? 0);
    if (trigger && !trigger.noun && p.goods.some((g) => ['troops', 'personnel'].includes(g.kind)) && pattern('transfer.ownDestination').test(text.slice(after, ce))) return;
    const r: Reading = { doc, ctx, personCountry, discourse, triggers, p, trigger, cs, ce, after, senders, recipients, demonymSender, armyTarget, datives };
    if (trigger && !readSuspect({ ...r, trigger })) {
      if (trigger.role === 'give') readGiving({ ...r, trigger });
      else if (trigger.noun && trigger.text === 'contrat') readContract({ ...r, trigger });
      else readReceiving({ ...r, trigger });
    }
    if (trigger && CARGO.has(trigger.text.toLowerCase())) readCargo(r);
    // Money as a means with no giver named on it, or no subject, moves nothing: no fallback guesses its sides.
    if (standsInForMeans(trigger) && !(senders.length && recipients.length)) return;
    const { unknownSender } = completeSides(r);
    const vague = dropVagueSides(doc, ctx, cs, ce, personCountry, senders, recipients);
    const near = !!trigger && dropNearPlaces(doc, ctx, trigger.end, ce, personCountry, recipients);
    // "Des armes à destination du Soudan ont été interceptées": a cargo stopped on its way goes from its named origin
    // to its named destination; who stopped it is neither, and with no destination it is no transfer.
    const stopped = stopsCargo(trigger) ? trigger.verb.frame : undefined;
    if (stopped) {
      senders.length = 0;
      recipients.length = 0;
      const to = markedSlot(doc, ctx, stopped.receiver, cs, ce, personCountry);
      if (!to) return;
      recipients.push(to);
      const from = markedSlot(doc, ctx, stopped.giver, cs, ce, personCountry);
      if (from && from !== to) senders.push(from);
    }
    // "Le Tchad a envoyé des officiers au Soudan du Sud" while backing Sudan in its war against it: a front, not the receiver.
    const deployed = p.goods.every((g) => isPeople(g.kind));
    const front = deployed && recipients.length === 1 ? backedSide(discourse, senders, recipients[0], false) : undefined;
    const frontPlace = front ? recipients.splice(0, 1, front)[0] : undefined;

    // "Les forces armées lituaniennes ont déployé des soldats le long des lignes": a state's own army moving its men, with
    // that state read as both their sender and their receiver, sends nothing (nor may the article's flows lend it sides).
    const army = deployed && trigger?.role === 'give' && trigger.verb ? ctx.mentions.find((m) => m.id.endsWith('-armed-forces') && m.start >= cs && m.end <= trigger.start) : undefined;
    const home = army ? endpoint(doc, army, personCountry) : undefined;
    const own = (x: string) => x === home || x === army!.id;
    if (home && recipients.length && recipients.every(own) && senders.every(own)) return;
    const draft = makeDraft(ctx, p, quantities, senders, recipients, ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted', trigger);
    if (dealTerm) draft.dealTerm = true;
    // A figure that counts more than what moves (a share sent, a part of a batch) gives way, in the list's first item too.
    // Only a receiver's figure: "a reçu 300 drones, dont une partie fournie par l'Iran" counts what came from all givers,
    // while "a vendu 36 hélicoptères, dont 12 livrés" counts what its one giver sold.
    const part = trigger?.role === 'receive' && isShare(text, p, ce, triggers) ? { quantity: undefined } : countedPart(text, quantities, draft.quantity);
    if (part) {
      draft.quantity = part.quantity;
      if (draft.items?.[0]) draft.items[0].quantity = part.quantity;
    }
    // "Les exportations de gaz vers la Chine ont atteint 30 milliards de mètres cubes": a flow named by a noun gets its
    // count from the verb that measures it (not a share: "ont atteint 70 %").
    if (!draft.quantity && trigger?.noun && !p.priced) {
      const reach = pattern('phrase.reach').exec(text.slice(p.end, ce));
      const at = reach ? p.end + reach.index + reach[0].length : -1;
      const q = reach ? quantities.find((x) => x.start >= at && x.start - at <= 12 && x.value !== null && !x.vague && !/^\s*(?:%|pour\s*cent)/iu.test(text.slice(x.end))) : undefined;
      if (q) draft.quantity = q;
    }
    const party = (m: EntityMention) => !!endpoint(doc, m, personCountry);
    // "L'Unicef a fourni": a named subject Trame does not know sends; the article's usual sender must not stand in.
    const subjectWord = trigger?.verb?.voice === 'active' && trigger.role === 'give' ? trigger.verb.before : undefined;
    const unknownSubject = !senders.length && !!subjectWord && ((/^\p{Lu}[\p{L}-]+$/u.test(subjectWord.text) && subjectWord.start > cs && !ctx.mentions.some((m) => subjectWord.start >= m.start && subjectWord.start < m.end)) || unknownNamedSubject(ctx, cs, trigger, party));
    // ... nor "La Banque européenne d'investissement a accordé": a named body heading the clause that Trame does not know.
    const unknownHead = !senders.length && !!subjectWord && pattern('transfer.namedHead', 'u').test(text.slice(cs, trigger!.start)) && !ctx.mentions.some((m) => m.label !== 'Location' && m.start >= cs && m.end <= trigger!.start);
    // "Elle a versé" with no antecedent Trame can name: the giver is said, only not known; no other flow's giver stands in.
    const unresolvedPronoun = !senders.length && trigger?.role === 'give' && trigger.verb?.voice === 'active' && !!trigger.verb.pronounSubject;
    draft.senderUnknown = unknownSender || unknownSubject || unknownHead || unresolvedPronoun || (!!stopped && !senders.length) || (vague && !senders.length);
    if (draft.senderUnknown && !senders.length && collectiveGiver(ctx, cs, ce)) return;
    // ... and "Les rebelles ont reçu": a receiving subject Trame cannot resolve, with no actor between it and the verb.
    const subjectGap = trigger && trigger.role === 'receive' && !trigger.noun ? text.slice(cs, trigger.start) : '';
    const unnamedSubject = !!subjectGap && pattern('transfer.unnamedSubject').test(subjectGap) && !actorMentions(ctx).some((m) => m.start >= cs + subjectGap.search(pattern('transfer.unnamedSubject')) && m.end <= trigger!.start);
    // "a accordé 40 millions d'euros à Nalunaq": a receiver is named, only not one Trame knows.
    const namedReceiver = trigger?.role === 'give' && !recipients.length && unknownNameAfter(ctx, Math.max(trigger.end, p.end), ce);
    // "Son exploitant, Critical Metals Corp, a obtenu un prêt": a receiving subject named by a name Trame does not know.
    const namedTaker = !!trigger && trigger.role === 'receive' && !trigger.noun && !recipients.length && (unknownNameIn(ctx, cs, trigger.start) || unknownNamedSubject(ctx, cs, trigger, party));
    draft.recipientUnknown = !recipients.length && (namedReceiver || namedTaker || vague || near || showOfForce(text, cs, ce) || (trigger?.role === 'give' && namedBody(text.slice(Math.min(trigger.start, p.start), ce))) || unnamedSubject);
    // "Des blindés ont été livrés au Burkina Faso": a passive that names no agent leaves its sender open.
    // "le transfert de munitions destinées à Moscou": a flow named by a noun takes its sender from the article's flows
    // like any other, and with none it is no transfer: on the dev set every such one was a false transfer.
    const agentless = !!trigger?.verb && trigger.role === 'give' && trigger.verb.voice === 'passive' && !trigger.verb.bare && !stopped;
    draft.openSender = !senders.length && recipients.length > 0 && agentless;
    // The place belongs to this verb: it stops at the next one ("après avoir transité par la base de Hmeimim, en Syrie").
    const nextVerb = triggers.find((t) => !t.noun && t.start > after)?.start ?? ce;
    if (frontPlace) draft.place = frontPlace;
    else if (stopped) draft.place = undefined;
    else if (!recipients.length && trigger?.role !== 'receive') {
      const from = trigger && trigger.end <= p.start ? trigger.end : after;
      draft.place = placeAfter(doc, ctx, from, Math.min(ce, nextVerb), draft.senders, personCountry) ?? locativePlace(r);
      draft.theatre = !!draft.place && namesTheatre(text, from, Math.min(ce, nextVerb));
      // "La Corée du Nord aide la Russie. Pyongyang a envoyé des officiers en Ukraine": sent into a war, to the side it backs.
      const side = draft.place ? backedSide(discourse, draft.senders, draft.place, draft.theatre) : undefined;
      if (side) draft.recipients.push(side);
    }
    // Forces sent near a state: the place is where they go, never who receives them.
    if (near && draft.place) draft.theatre = true;
    if (exchange && !drafts.length) fronted = 0;
    linkExchange(r, draft, drafts, exchange);
    drafts.push(draft);
  };
  phrases.forEach((p) => readPhrase(p));
  for (const [p, rel] of relatives) {
    const onGoods = (d: TransferDraft) => d.start <= p.start && p.start < d.end;
    const before = drafts.filter(onGoods);
    const count = drafts.length;
    readPhrase(p, rel.trigger);
    const added = drafts.splice(count);
    // The relative counts only when it names both sides of a move the main verb does not already tell
    // ("la Russie a livré à l'Inde les S-400 que New Delhi avait commandés" is one delivery).
    const told = (d: TransferDraft) => before.some((b) => b.recipients.some((x) => d.recipients.includes(x)) && (!b.senders.length || b.senders.some((x) => d.senders.includes(x))));
    const fresh = added.filter((d) => d.senders.length && d.recipients.length && !told(d));
    if (!fresh.length) continue;
    // ... and a main verb with nobody to give to ("a déployé les obusiers") leaves the goods to the relative.
    const main = drafts.findIndex((d) => onGoods(d) && !d.recipients.length && !d.place);
    if (main >= 0) drafts.splice(main, 1);
    drafts.push(...fresh);
  }
  linkFrontedPrice(drafts, fronted);
  if (drafts.every((d) => d.exchangeFor === undefined)) sumUp(ctx, phrases, quantities, drafts);
  drafts.push(...readOnward(doc, ctx, triggers, taken, drafts, personCountry));
  drafts.push(...readRelay(doc, ctx, triggers, drafts, personCountry));
  drafts.push(...readResold(doc, ctx, triggers, drafts, personCountry));
  return drafts;
}

/** "à la junte", "aux rebelles": a receiver named by a common noun; "au fonds Horizonte Verde": by a body's name Trame does not know. */
function namedBody(span: string): boolean {
  return pattern('transfer.unnamedRecipient').test(span) || pattern('transfer.namedBodyRecipient', 'u').test(span);
}

/** "dans le cadre de son programme d'aide", "au titre de l'aide humanitaire": aid named as the frame of another transfer is not one more. */
function framed(text: string, p: Phrase): boolean {
  return pattern('transfer.framework').test(text.slice(Math.max(0, p.start - 50), p.start));
}

/** A relative clause right after the goods whose own verb gives or receives them ("les obusiers qu'elle a reçus de l'Inde"), and where it begins. */
function relativeOnGoods(text: string, p: Phrase, triggers: Trigger[]): { trigger: Trigger; at: number } | undefined {
  const rel = pattern('receive.relativeOnGoods').exec(text.slice(p.end, p.end + 20));
  if (!rel) return undefined;
  const from = p.end + rel[0].length;
  const trigger = triggers.find((t) => t.verb && !t.noun && !t.verb.bare && (t.role === 'give' || t.role === 'receive') && t.start >= from && t.start - from <= 40);
  return trigger ? { trigger, at: p.end + rel[0].search(/\S/u) } : undefined;
}

/** "La Russie a renforcé sa présence au Mali. Elle y a envoyé des soldats": the state of the place "y" stands for, never the sender's own. */
function locativePlace(r: Reading): string | undefined {
  const y = r.trigger?.verb?.locative;
  if (!y || r.trigger?.role !== 'give') return undefined;
  return resolveLocative(r.discourse, r.ctx, y.start)
    .map((id) => endpointId(r.doc, id, r.personCountry) ?? placeState(r.doc, id))
    .find((id): id is string => !!id && !r.senders.includes(id));
}

/** "La Corée du Nord aide la Russie": "aide" after its subject, with no determiner or preposition before it, is the verb aider. */
function isVerbUse(text: string, at: number): boolean {
  const { words } = analyse(text);
  const i = words.findIndex((w) => w.start === at);
  const prev = words[i - 1];
  if (i <= 0 || !prev || /^[^\p{L}]+$/u.test(prev.text)) return false;
  // "une nouvelle enveloppe de 60 millions", "une première aide de 10 millions": an adjective between a determiner and a
  // noun its amount follows ("a annoncé une nouvelle aide." alone announces what a later sentence counts).
  if (prev.classes.has('prenominal') && words[i - 2]?.classes.has('determiners') && pattern('transfer.amountAfter').test(text.slice(words[i].end, words[i].end + 30))) return false;
  return !prev.classes.has('determiners') && !prev.classes.has('prepositions') && !prev.classes.has('adverbs');
}

/** "Drones Harop, missiles Lora : ces équipements ont été livrés par Israël": each item of the list a demonstrative sums up is sent. */
function sumUp(ctx: SentenceContext, phrases: Phrase[], quantities: readonly Quantity[], drafts: TransferDraft[]): void {
  for (const d of [...drafts]) {
    const colon = pattern('transfer.summedUp').exec(ctx.text.slice(0, d.start));
    if (!colon) continue;
    const listed = phrases.filter((p) => p.end <= colon.index && !drafts.some((x) => x.start <= p.start && p.start < x.end));
    if (!listed.length) continue;
    const items = listed.map((p) => ({ ...makeDraft(ctx, p, quantities, d.senders, d.recipients, d.status, d.trigger), place: d.place, senderUnknown: d.senderUnknown, openSender: d.openSender }));
    drafts.splice(drafts.indexOf(d), 1, ...items);
  }
}
