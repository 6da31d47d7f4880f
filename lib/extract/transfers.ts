import transferData from '../../data/lexicon/transfers.json';
import type { Status, TransferKind } from '../graph/schema';
import type { DocBuilder } from './builder';
import { actorAfter, actorMentions, clauseAround, countryOfActor, subjectBefore, type SentenceContext } from './context';
import type { DateMention } from './dates';
import { ensureNode, type EntityMention } from './entities';
import { findGoods, findTriggers, type Trigger } from './goods';
import { findQuantities, type Quantity } from './quantities';
import { bind, EXCHANGE_BEFORE, groupPhrases, quantityBefore, type Phrase } from './phrases';
import { newDiscourse, remember, resolveDative, resolveSubjectPronoun, type Discourse } from './discourse';

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
  /** A transfer of an earlier sentence this one answers ("En échange, Moscou fournirait ..."). */
  exchangeWith?: TransferDraft;
  /** The text names a sender Trame cannot resolve: leave it empty rather than guess. */
  senderUnknown?: boolean;
  /** A noun names the flow and its recipient but nobody sends ("le transfert de munitions destinées à Moscou"). */
  openSender?: boolean;
  /** Where the goods go when that is a place, not an actor ("envoyés en Ukraine"): the recipient only if nothing else names one. */
  place?: string;
}

const CURRENCIES = new Set(transferData.currencies);
// Aid as such ("une aide", "un programme d'aide") is a transfer without a verb; grain or water is not.
const AID_NOUN = /^(?:aides?|programme|paquet|enveloppe)(?![\p{L}])/iu;
// "vers sa frontière orientale", "dans ses bases": a state moving its own forces at home sends nothing.
const OWN_DESTINATION = /^\s*(?:[\p{Ll}-]+\s+)?(?:vers|dans|sur|à|en|jusqu['’]à)\s+(?:sa|son|ses|leurs?)\s/iu;
const RECIPIENT_MARKER =
  /(?<![\p{L}])(?:à la demande (?:de la|de l['’]|du|des|de)|à destination (?:de|d['’]|du|des)|destinée?s? (?:à|aux?)|au profit (?:de|d['’]|du|des)|en faveur (?:de|d['’]|du|des)|pour (?:aider|soutenir|renforcer|approvisionner)|sur la ligne de front|rejoindre|rejoign\p{L}*|renforc\p{L}*(?: les rangs (?:de|d['’]|du|des))?|aux côtés (?:de|d['’]|du|des)|vers|pour|à|aux?)\s+/giu;
// Where goods or troops are sent: a place, which names the recipient only when nothing else does.
const PLACE_MARKER = /(?<![\p{L}])(?:en|dans|jusqu['’](?:à|aux?)|sur)\s+/giu;
const SENDER_MARKER = /(?<![\p{L}])(?:de la part (?:de|d['’]|du|des)|en provenance (?:de|d['’]|du|des)|auprès (?:de|d['’]|du|des)|fournie?s? par|livrée?s? par|envoyée?s? par)\s+/giu;
const SUPPORT_VERB = /(?:soutien\p{L}*|souten\p{L}*|aide\p{L}*|arme\p{L}*|approvisionn\p{L}*|ravitaill\p{L}*)\s+(?:la\s+|le\s+|les\s+|l['’])?$/iu;
// The trigger itself is negated ("ne les ont pas encore envoyés", "aucune livraison"), not a verb
// that governs it ("ne pouvaient pas confirmer le déploiement": that is a stance, not a denial).
const NEGATED_VERB = /(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,3}?(?:pas|jamais|plus|point|guère)\s+(?:\p{L}+\s+){0,2}$/iu;
const NEGATED_NOUN = /(?<![\p{L}])(?:aucune?|pas de|pas d['’]|sans|ni)\s+(?:\p{L}+\s+)?$/iu;

function isNegated(text: string, trigger: Trigger): boolean {
  const before = text.slice(Math.max(0, trigger.start - 45), trigger.start);
  if (trigger.noun) return NEGATED_NOUN.test(before);
  // "n'a livré aucun missile": the negation closes after the verb.
  if (/(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,2}$/iu.test(before) && /^\s+(?:aucune?|rien|nul(?:le)?|jamais|pas|plus)(?![\p{L}])/iu.test(text.slice(trigger.end, trigger.end + 12))) return true;
  // "s'interdit d'exporter", "refuse de livrer", "a renoncé à envoyer": a verb that rules the transfer out.
  // "menace de livrer", "a cessé de livrer": a threat or an end is no transfer (a hope, "espère fournir", stays one, alleged).
  if (/(?<![\p{L}])(?:interdi\p{L}*|refus\p{L}*|renonc\p{L}*|exclu\p{L}*|exclut|menac\p{L}*|cess\p{L}*)\s+(?:toujours\s+|encore\s+)?(?:de\s+|d['’]|à\s+)(?:\p{L}+\s+){0,1}$/iu.test(before)) return true;
  // "voulait livrer des F-16 à l'Ukraine mais y a renoncé": the intent given up later in the sentence.
  if (/^[^.;]{0,80}?(?<![\p{L}])(?:mais|avant d['’]y|puis)\s+(?:y\s+)?(?:a|ont|avait|avaient)\s+renoncé/iu.test(text.slice(trigger.end))) return true;
  return NEGATED_VERB.test(before);
}
const OWN_NOUN = /(?:(?<![\p{L}])(?:ses|leurs|sa|son|leur)\s+(?:\p{Ll}+\s+)?|(?:augment|intensifi|accélér|poursui|multipli|repr|commenc|effectu|organis|assur|lanc|achev|approuv|autoris|valid|décid|annonc|ordonn|entérin|promi|promet|confirm|reconn)\p{L}*\s+(?:les|des|la|le|l['’]|de|d['’]|ses|leurs)\s*(?:\p{Ll}+\s+)?|par\s+(?:«\s*)?(?:des|les|de|d['’])\s*)$/iu;
const ACCUSE = /accus\p{L}*\s+(?=\p{Lu}|la\s|le\s|les\s|l['’])/u;
const ASKED_FOR = /(?:demand|réclam|sollicit|plaid|implor|appel)\p{L}*\s+(?:[\p{Ll}'’]+\s*){0,3}$/iu;
const REQUEST = /(?:demand|exhort|appel|press|invit|suppli|réclam|enjoint)\p{L}*\s+(aux?|à)\s+(?:\p{L}+['’]?\s+){0,4}?(?:de|d['’])\s*(?:\p{L}+\s+){0,2}$/iu;
const ALLEGED = /(?<![\p{L}])(?:\p{L}+(?:rait|raient)|selon|d['’]après|prétendument|présumée?s?|probablement|supposée?s?|aurai[et]|auraient|serai[et]|seraient|envisag\p{L}*|projet(?:te|tent)|compte(?:nt)? livrer)(?![\p{L}])/iu;

function endpoint(doc: DocBuilder, m: EntityMention | undefined, personCountry: Map<string, string>): string | undefined {
  if (!m) return undefined;
  // Newspapers and research centres report transfers; they do not make them.
  const kind = doc.nodes.get(m.id)?.properties.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  if (m.label === 'Location') {
    // "déployés dans la région de Koursk": the place stands for the state it belongs to.
    const c = doc.nodes.get(m.id)?.properties.country;
    if (typeof c !== 'string' || !c) return undefined;
    ensureNode(doc, `country:${c}`, 'Country');
    return `country:${c}`;
  }
  return endpointId(doc, m.id, personCountry);
}

/** An actor id as a transfer endpoint: its state for a person or a national body, nothing for a newspaper. */
function endpointId(doc: DocBuilder, id: string, personCountry: Map<string, string>): string | undefined {
  const kind = doc.nodes.get(id)?.properties.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  // A warlord or a commander with no known state receives in his own name ("aux forces du maréchal Haftar").
  const c = countryOfActor(doc, id, personCountry);
  // "Le ministère indien de la Défense a commandé": the state of a national body takes part even if never named.
  if (c?.startsWith('country:') && !doc.nodes.has(c)) ensureNode(doc, c, 'Country');
  return c;
}

const HOSTILE = /(?<![\p{L}])(?:abatt\p{L}*|détrui\p{L}*|intercept\p{L}*|neutralis\p{L}*|captur\p{L}*|saisie?s?|frapp\p{L}*|ciblée?s?|démantel\p{L}*)(?![\p{L}])/iu;

/** Whether no clause punctuation separates two offsets of a sentence. */
const oneChunk = (text: string, from: number, to: number) => !/[,;:()«»—]/u.test(text.slice(from, to));

/** Where the goods go when a place names it ("en Ukraine", "dans la région de Koursk", "jusqu'au port de"). */
function placeAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, exclude: string[], personCountry: Map<string, string>): string | undefined {
  const re = new RegExp(PLACE_MARKER.source, PLACE_MARKER.flags);
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const a = actorAfter(ctx, m.index + m[0].length, 30, true);
    if (!a || a.label === 'Organization' || a.label === 'Person' || !oneChunk(ctx.text, m.index + m[0].length, a.start)) continue;
    const id = endpoint(doc, a, personCountry);
    if (id && !exclude.includes(id)) return id;
  }
  return undefined;
}

/** The recipient named after a marker; a state or body first, a place ("vers le port de Tartous") only failing that. */
function recipientAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, exclude: string[], personCountry: Map<string, string>): string | undefined {
  for (const places of [false, true]) {
    const re = new RegExp(RECIPIENT_MARKER.source, RECIPIENT_MARKER.flags);
    re.lastIndex = from;
    for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
      const short = /^(?:à|aux?|vers|pour)\s+$/iu.test(m[0]);
      let a = actorAfter(ctx, m.index + m[0].length, short ? 4 : 45, places);
      // "à l'industrie militaire russe": a nationality closing a short noun phrase.
      if (!a && short && !places) {
        const d = ctx.mentions.find((x) => x.via === 'demonym' && x.start > m!.index && x.start - (m!.index + m![0].length) <= 30);
        if (d && /^(?:la |le |les |l['’])?(?:[\p{Ll}'’-]+\s+){1,3}$/u.test(ctx.text.slice(m.index + m[0].length, d.start))) a = d;
      }
      if (places && a?.label !== 'Location') continue;
      // "jusqu'au port de Tartous, venaient de Russie": a name past a comma is another clause's.
      if (a && !oneChunk(ctx.text, m.index + m[0].length, a.start)) continue;
      // "installés à Dubaï", "arrivés à Bamako": a town after a bare "à" is where, not who.
      if (places && short && !/^vers/iu.test(m[0])) continue;
      // "aux forces du maréchal Haftar", "au régime de Damas": the side named after its forces.
      if (!a && short && !places) {
        const forces = /^(?:la\s+|le\s+|les\s+|l['’])?(?:forces|troupes|armée|milices?|rebelles|régime|gouvernement|camp|partisans|combattants|hommes)\s+(?:du|de la|de l['’]|des|de|d['’])\s*(?:(?:maréchal|général|président|chef|commandant|colonel)\s+)?/iu.exec(ctx.text.slice(m.index + m[0].length));
        if (forces) a = actorAfter(ctx, m.index + m[0].length + forces[0].length, 2);
      }
      // A warlord or a commander with no known state receives in his own name ("aux forces du maréchal Haftar").
      const id = endpoint(doc, a, personCountry) ?? (a?.label === 'Person' ? a.id : undefined);
      if (id && !exclude.includes(id)) return id;
    }
  }
  return undefined;
}

function senderMarked(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const re = new RegExp(SENDER_MARKER.source, SENDER_MARKER.flags);
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const id = endpoint(doc, actorAfter(ctx, m.index + m[0].length, 20), personCountry);
    if (id) return id;
  }
  return undefined;
}

// Who a passive verb names as its doer or origin: "livrés par Israël", "acheminés depuis les Émirats".
const AGENT_MARKER = /(?<![\p{L}])(?:par|depuis|en provenance (?:de|d['’]|du|des)|de la part (?:de|d['’]|du|des))\s+/giu;

/** The sender of a passive verb, after "par" or an origin marker in the rest of the clause; "par bateau" names nobody. */
function agentAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const re = new RegExp(AGENT_MARKER.source, AGENT_MARKER.flags);
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to && m.index - from < 80; m = re.exec(ctx.text)) {
    const a = actorAfter(ctx, m.index + m[0].length, 6, /^depuis|^en provenance/iu.test(m[0]));
    const id = endpoint(doc, a, personCountry);
    if (id) return id;
  }
  return undefined;
}

const markerSource = (m: string) =>
  m === 'à' ? 'à|au|aux' : m === 'de' ? "de la|de l['’]|du|des|de|d['’]" : m.replace(/['’]/g, "['’]").replace(/ (?:de|à)$/u, (x) => (x === ' de' ? " (?:de la|de l['’]|du|des|de|d['’])" : ' (?:à|au|aux)'));

/** The first actor after one of a frame's prepositions ("à", "auprès de", "depuis"), between two offsets. */
function markedSlot(doc: DocBuilder, ctx: SentenceContext, markers: string[], from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const words = markers.filter((m) => !['subject', 'agent', 'dative', 'object'].includes(m));
  if (!words.length) return undefined;
  const re = new RegExp(`(?<![\\p{L}])(?:${words.map(markerSource).join('|')})(?:\\s+|(?<=['’]))`, 'giu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const a = actorAfter(ctx, m.index + m[0].length, 5);
    if (a && a.label !== 'Location' && !(a.via === 'demonym' && /^\p{Ll}/u.test(a.text))) return endpoint(doc, a, personCountry);
  }
  return undefined;
}

/** The actor right after a verb, its direct object ("ont rejoint la Biélorussie", "approvisionner Addis-Abeba"). */
function objectAfter(doc: DocBuilder, ctx: SentenceContext, verbEnd: number, personCountry: Map<string, string>): string | undefined {
  // A verb at the end of a clause ("l'a rejoint.") has no object.
  const gap = /^\s+(?:la\s+|le\s+|les\s+|l['’]|ce\s+|cette\s+|ces\s+)?/iu.exec(ctx.text.slice(verbEnd))?.[0].length;
  if (gap === undefined) return undefined;
  const a = actorMentions(ctx).find((m) => m.start === verbEnd + gap);
  return endpoint(doc, a, personCountry);
}

/** The subject of a noun trigger, skipping the object of a support verb ("soutienne la Russie par des fournitures"). */
function agentOf(doc: DocBuilder, ctx: SentenceContext, offset: number, clauseStart: number, personCountry: Map<string, string>): { agents: string[]; object?: string } {
  let limit = offset;
  let object: string | undefined;
  for (let guard = 0; guard < 4; guard++) {
    const subj = subjectBefore(ctx, limit, clauseStart);
    if (!subj.length) return { agents: [], object };
    const before = ctx.text.slice(Math.max(0, subj[0].start - 40), subj[0].start);
    if (SUPPORT_VERB.test(before) && !object) {
      object = endpoint(doc, subj[subj.length - 1], personCountry);
      limit = subj[0].start;
      continue;
    }
    return { agents: subj.map((s) => endpoint(doc, s, personCountry)).filter((x): x is string => !!x), object };
  }
  return { agents: [], object };
}

/** A draft for a consignment once its sides are known (quantity, date and span read here). */
function makeDraft(ctx: SentenceContext, p: Phrase, quantities: Quantity[], senders: string[], recipients: string[], status: Status, trigger: Trigger | undefined): TransferDraft {
  const [, ce] = clauseAround(ctx.text, p.start);
  const q = p.priced ? undefined : quantityBefore(ctx.text, quantities, p.start) ?? p.quantity;
  const start = Math.min(q?.start ?? p.start, p.start);
  const date = ctx.dates.find((d) => d.start >= (trigger?.start ?? p.start) && d.end <= ce && !/^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i.test(d.dateText));
  return {
    sentenceId: ctx.sentence.id,
    sentenceIndex: ctx.sentence.index,
    kinds: [...new Set([...p.goods.map((g) => g.kind), ...p.contents])],
    text: ctx.text.slice(start, p.end),
    start,
    end: p.end,
    unit: p.goods[0].text,
    quantity: q,
    senders: [...new Set(senders)].filter((s) => !recipients.includes(s)),
    recipients: [...new Set(recipients)],
    status,
    date,
    trigger,
  };
}

/** Reads the transfers of one sentence: goods, quantity, sender, recipient, status, date, exchanges; pronouns point back through `discourse`. */
export function extractTransfers(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse = newDiscourse()): TransferDraft[] {
  const drafts = readTransfers(doc, ctx, personCountry, discourse);
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
  const drafts: TransferDraft[] = [];

  phrases.forEach((p) => {
    const [cs, ce] = clauseAround(text, p.start);
    // Aid is itself a transfer: "un programme d'aide ... pour l'Ukraine" needs no verb.
    // ... but not "avec l'aide de la Russie" (with its help), nor an agreement's "aide mutuelle".
    const selfTriggered = p.goods.some((g) => g.kind === 'aid' && AID_NOUN.test(g.text)) && !/^\s+mutuelle/iu.test(text.slice(p.goods[0].end)) && !/(?:avec|grâce à|sans)\s+(?:l['’]|son |leur |sa )\s*$/iu.test(text.slice(Math.max(0, p.start - 12), p.start));
    const trigger = bound.get(p) ?? (selfTriggered ? { role: 'give' as const, noun: true, start: p.start, end: p.start, text: '' } : undefined);
    const lead = text.slice(Math.max(cs, p.start - 60), quantityBefore(text, quantities, p.start)?.start ?? p.start);
    // "contre" trades only after a consignment ("des obus contre du pétrole"); "sanctions contre X" does not.
    const exchange = EXCHANGE_BEFORE.test(lead) && (drafts.length > 0 || !/contre\s*$/iu.test(lead));
    // "soldats nord-coréens" come from North Korea; "dirhams émiratis" are only a currency.
    const demonymSender = p.demonym && !p.goods.every((g) => CURRENCIES.has(g.text.toLowerCase())) ? countryOfActor(doc, p.demonym.id, personCountry) : undefined;
    const armyTarget = ctx.mentions.find((m) => m.id.endsWith('-armed-forces') && m.start >= cs && m.end <= ce);
    if (!trigger && !exchange && !(demonymSender && armyTarget)) return;
    // "L'armée ukrainienne a abattu 20 drones iraniens": goods an army destroys came from its enemy.
    if (!trigger && !exchange && HOSTILE.test(text.slice(cs, ce))) return;
    if (trigger && isNegated(text, trigger)) return;
    if (trigger?.verb?.hypothetical) return;

    const senders: string[] = [];
    const recipients: string[] = [];
    // "La Pologne a demandé aux Américains de déployer ...": asked of someone, for the asker.
    const request = trigger && !trigger.noun ? REQUEST.exec(text.slice(Math.max(cs, trigger.start - 60), trigger.start)) : null;
    if (request && trigger) {
      const reqAt = trigger.start - (text.slice(Math.max(cs, trigger.start - 60), trigger.start).length - request.index);
      const asked = endpoint(doc, actorAfter(ctx, reqAt + request[0].indexOf(request[1]) + request[1].length, 12), personCountry);
      const asker = subjectBefore(ctx, reqAt, cs).map((m) => endpoint(doc, m, personCountry)).find(Boolean);
      if (!asked || !asker) return;
      drafts.push(makeDraft(ctx, p, quantities, [asked], [asker], 'alleged', trigger));
      return;
    }
    const after = Math.max(p.end, trigger?.end ?? 0);
    if (trigger && !trigger.noun && p.goods.some((g) => ['troops', 'personnel'].includes(g.kind)) && OWN_DESTINATION.test(text.slice(after, ce))) return;
    if (trigger) {
      // "des entreprises chinoises accusées de fournir des composants": the accused supply.
      const suspect = !trigger.noun ? /(?:accusé|soupçonné|suspecté)e?s?\s+(?:de|d['’])\s*$/iu.exec(text.slice(Math.max(cs, trigger.start - 30), trigger.start)) : null;
      if (suspect) {
        const before = ctx.mentions.filter((x) => x.end <= trigger.start - suspect[0].length && trigger.start - suspect[0].length - x.end < 30).pop();
        const s = endpoint(doc, before, personCountry);
        if (s) senders.push(s);
      }
      const passive = trigger.verb ? trigger.verb.voice === 'passive' : /(?<![\p{L}])(?:être|été|sont|seront|était|étaient|est|soient|serait|seraient|seront)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, trigger.start - 25), trigger.start));
      const pronoun = trigger.verb?.pronounSubject;
      if (suspect) {
        // The supplier was read above.
      } else if (trigger.role === 'give' && !trigger.noun && passive) {
        // "des missiles pourraient être livrés": the goods are the subject; the sender, if any, follows
        // "par" ("livrés par Israël", not "acheminés par bateau") or an origin ("acheminés depuis les Émirats").
        const agent = agentAfter(doc, ctx, trigger.end, ce, personCountry);
        if (agent) senders.push(agent);
      } else if (trigger.role === 'give' && !trigger.noun && /^qu(?:e|['’])$/iu.test(trigger.verb?.before?.text ?? '') && actorMentions(ctx).some((m) => m.start > trigger.end && /^\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(trigger.end, m.start)))) {
        // "le carburant que lui livre l'Iran": after a relative "que" the subject may follow the verb.
        const inverted = actorMentions(ctx).find((m) => m.start > trigger.end && /^\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(trigger.end, m.start)));
        const s = endpoint(doc, inverted, personCountry);
        if (s) senders.push(s);
      } else if (trigger.role === 'give' && !trigger.noun && trigger.verb?.before?.key === 'qui') {
        // "un boutre parti d'Iran qui acheminait": the subject is what "qui" stands for, not the main clause's actor.
        const qui = trigger.verb.before;
        const head = actorMentions(ctx).find((m) => m.end <= qui.start && /^\s*,?\s*$/.test(text.slice(m.end, qui.start)));
        const origin = /(?:parti|partie|partis|parties|venu|venue|venus|venant|en provenance)\s+(?:de la|de l['’]|du|des|de|d['’])\s*$/iu;
        const from = head ? undefined : ctx.mentions.find((m) => m.end <= qui.start && qui.start - m.end < 60 && origin.test(text.slice(Math.max(0, m.start - 30), m.start)));
        const s = endpoint(doc, head ?? from, personCountry);
        if (s) senders.push(s);
      } else if (trigger.role === 'give' && !trigger.noun && pronoun) {
        // "Elle leur aurait livré": the subject is the actor in focus.
        const id = resolveSubjectPronoun(discourse, ctx, pronoun.start);
        const s = id ? endpointId(doc, id, personCountry) : undefined;
        if (s) senders.push(s);
      } else if (trigger.role === 'give' && !trigger.noun) {
        // "Le Soudan accuse les Émirats de livrer des armes": the accused gives, not the accuser.
        const accused = trigger.verb?.form === 'infinitive' ? ACCUSE.exec(text.slice(cs, trigger.start)) : null;
        const accusedActor = accused ? actorAfter(ctx, cs + accused.index + accused[0].length, 4) : undefined;
        const a = accusedActor && /^\s*(?:de|d['’])\s*(?:\p{Ll}+\s+){0,2}$/iu.test(text.slice(accusedActor.end, trigger.start)) ? endpoint(doc, accusedActor, personCountry) : undefined;
        if (a) senders.push(a);
        // An accused Trame cannot name still is not the accuser.
        else if (!(accused && /(?<![\p{L}])(?:de|d['’])\s*(?:\p{Ll}+\s+){0,2}$/iu.test(text.slice(cs + accused.index, trigger.start)))) senders.push(...subjectBefore(ctx, trigger.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
      } else if (trigger.role === 'give' && !trigger.text && ASKED_FOR.test(text.slice(cs, p.start))) {
        // "Kiev a demandé davantage d'aide à ses alliés": who asks for aid receives it.
        recipients.push(...subjectBefore(ctx, p.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
      } else if (trigger.role === 'give') {
        // A noun's agent is the clause subject only when the text ties them: "ses livraisons",
        // "augmentait les livraisons", "soutient X par des fournitures", or aid the subject grants.
        // "surveiller les transferts d'armes" names nobody who sends.
        const lead = text.slice(Math.max(cs, trigger.start - 40), trigger.start);
        const tied = !trigger.text || OWN_NOUN.test(lead);
        const { agents, object } = agentOf(doc, ctx, trigger.start, cs, personCountry);
        if (tied || object) senders.push(...agents);
        if (object) recipients.push(object);
        // "Washington accuse Pékin d'envisager la livraison d'armes": the accused is the sender.
        const accused = ACCUSE.exec(text.slice(cs, trigger.start));
        if (!senders.length && accused) {
          const a = endpoint(doc, actorAfter(ctx, cs + accused.index + accused[0].length, 4), personCountry);
          if (a) senders.push(a);
        }
        // "la livraison de 20 chars à l'Ukraine par l'Allemagne": a noun's agent after "par".
        if (!senders.length && trigger.text) {
          const by = agentAfter(doc, ctx, p.end, ce, personCountry) ?? (trigger.end <= p.start ? agentAfter(doc, ctx, trigger.end, p.start, personCountry) : undefined);
          if (by) senders.push(by);
        }
        // "les livraisons d'armes de la Corée du Nord": the sender follows the goods.
        const of = /^\s*(?:de la|de l['’]|du|des|de)\s*/iu.exec(text.slice(p.end, p.end + 12));
        if (!senders.length && of) {
          const s = endpoint(doc, actorAfter(ctx, p.end + of[0].length, 2), personCountry);
          if (s) senders.push(s);
        }
      } else if (trigger.role === 'depart' && trigger.verb && !trigger.verb.frame.giver.length) {
        // "ont transité par la Turquie": a transit country sends nothing.
      } else if (trigger.role === 'depart') {
        // The place left names the sender: "le port nord-coréen de Rason", "la Corée du Nord".
        const origin = ctx.mentions.find((m) => m.start >= trigger.end && m.start - trigger.end <= 40 && m.label !== 'Organization');
        const o = endpoint(doc, origin, personCountry);
        if (o) senders.push(o);
      } else if (trigger.role === 'receive' && p.end <= trigger.start && /(?:é|ée|és|ées)$/iu.test(trigger.text)) {
        // "des chars commandés par Varsovie à la Corée du Sud": the buyer after "par", the seller after "à".
        const by = /^\s+par\s+/iu.exec(text.slice(trigger.end, trigger.end + 8));
        const buyer = by ? endpoint(doc, actorAfter(ctx, trigger.end + by[0].length, 4), personCountry) : undefined;
        if (buyer) recipients.push(buyer);
        const from = /(?<![\p{L}])(?:à|aux?|auprès (?:de|du|des))\s+(?:la\s+|le\s+|l['’])?/iu.exec(text.slice(trigger.end, trigger.end + 45));
        const seller = from ? endpoint(doc, actorAfter(ctx, trigger.end + from.index + from[0].length, 2), personCountry) : undefined;
        if (seller && seller !== buyer) senders.push(seller);
      } else if (trigger.role === 'receive') {
        recipients.push(...subjectBefore(ctx, trigger.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
        // ... but "acheté des obus pour les livrer à l'Ukraine": a "à" past another verb is that verb's.
        const toSeller = /^(?:\s*\p{Ll}+){0,3}\s+(?:à|aux?)\s+/u.exec(text.slice(p.end, p.end + 30));
        const seller = toSeller && !triggers.some((t) => !t.noun && t.start > p.end && t.start < p.end + toSeller[0].length) ? endpoint(doc, actorAfter(ctx, p.end, 30), personCountry) : undefined;
        // "achats d'armes à Pyongyang", "acheté des drones à l'Iran": bought from the seller.
        if (seller && (trigger.noun || /^(?:achet|achèt|command|import|acqu)/iu.test(trigger.text))) senders.push(seller);
        // "Kiev a reçu de Washington des missiles": the giver right after the verb.
        const from = /^\s+(?:de la|de l['’]|du|des|de|d['’]|auprès (?:de|du|des|de la|de l['’]))\s*/iu.exec(text.slice(trigger.end, trigger.end + 20));
        if (!trigger.noun && from && !senders.length) {
          const g = endpoint(doc, actorAfter(ctx, trigger.end + from[0].length, 2), personCountry);
          if (g) senders.push(g);
        }
        // "a reçu 40 milliards d'euros d'aide de l'Union européenne": the giver after the goods.
        const after = /^\s+(?:de la|de l['’]|du|des|de|d['’])\s*/iu.exec(text.slice(p.end, p.end + 12));
        if (!senders.length && after) {
          const g = endpoint(doc, actorAfter(ctx, p.end + after[0].length, 2), personCountry);
          if (g && !recipients.includes(g)) senders.push(g);
        }
      }
    }
    const frame = trigger?.verb?.frame;
    if (frame && trigger && !recipients.length && frame.receiver.includes('object')) {
      const o = objectAfter(doc, ctx, trigger.end, personCountry);
      if (o && !senders.includes(o)) recipients.push(o);
    }
    if (frame && trigger && !senders.length && frame.giver.includes('object')) {
      const o = objectAfter(doc, ctx, trigger.end, personCountry);
      if (o && !recipients.includes(o)) senders.push(o);
    }
    // "des milliers de combattants du groupe Wagner ont rejoint": goods named by who they belong to.
    if (!senders.length && trigger && trigger.role !== 'receive') {
      const of = /^\s*(?:de la|de l['’]|du|des|de|d['’])\s*/iu.exec(text.slice(p.end, p.end + 12));
      const owner = of ? actorAfter(ctx, p.end + of[0].length, 8) : undefined;
      // A private military company or a firm owns its men and goods; a state's armed forces stand for the state.
      const own = owner?.label === 'Organization' && !owner.id.endsWith('-armed-forces') && ['military', 'company'].includes(String(doc.nodes.get(owner.id)?.properties.kind ?? ''));
      const s = owner && owner.label !== 'Location' && owner.via !== 'demonym' ? (own ? owner.id : endpoint(doc, owner, personCountry)) : undefined;
      if (s && !recipients.includes(s)) senders.push(s);
    }
    if (demonymSender) {
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
    // "reçu une partie des armes promises par la Russie": a passive after the goods names their sender.
    const passives = triggers.filter((t) => t.role === 'give' && t.verb?.voice === 'passive' && t.start >= p.end && t.start < ce && /^\s+par\s/iu.test(text.slice(t.end, t.end + 5)));
    if (!senders.length)
      for (const t of passives) {
        const by = agentAfter(doc, ctx, t.end, ce, personCountry);
        if (by && !recipients.includes(by)) {
          senders.push(by);
          break;
        }
      }
    // ... "promis par les alliés occidentaux": a passive whose agent is no actor Trame knows; "davantage d'aide à ses alliés".
    const unknownSender = !senders.length && (new RegExp(SENDER_MARKER.source, 'iu').test(text.slice(p.end, ce)) || passives.length > 0);
    if (trigger?.verb?.dative && !recipients.length) {
      // "La France lui a vendu", "en lui fournissant": the receiver is the actor the pronoun stands for;
      // after a receiving verb ("leur a acheté") it is the giver.
      const receiving = trigger.role === 'receive';
      const own = receiving ? recipients : senders;
      const id = resolveDative(discourse, ctx, trigger.verb.dative.start, (x) => { const e = endpointId(doc, x, personCountry); return !e || own.includes(e); }, datives);
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
    if (trigger?.role !== 'receive' && !recipients.length) {
      // "a promis à Kiev un système", "fournirait à Téhéran des technologies": the recipient may precede the goods.
      const between = trigger && trigger.end <= p.start ? recipientAfter(doc, ctx, trigger.end, p.start, senders, personCountry) : undefined;
      const r = between ?? recipientAfter(doc, ctx, after, ce, senders, personCountry) ?? (armyTarget ? endpoint(doc, armyTarget, personCountry) : undefined);
      if (r) recipients.push(r);
    }
    if (armyTarget && !recipients.length) {
      const r = endpoint(doc, armyTarget, personCountry);
      if (r && !senders.includes(r)) recipients.push(r);
    }

    const draft = makeDraft(ctx, p, quantities, senders, recipients, ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted', trigger);
    // "L'Unicef a fourni": a named subject Trame does not know sends; the article's usual sender must not stand in.
    const subjectWord = trigger?.verb?.voice === 'active' && trigger.role === 'give' ? trigger.verb.before : undefined;
    const unknownSubject = !senders.length && !!subjectWord && /^\p{Lu}[\p{L}-]+$/u.test(subjectWord.text) && subjectWord.start > cs && !ctx.mentions.some((m) => subjectWord.start >= m.start && subjectWord.start < m.end);
    draft.senderUnknown = unknownSender || unknownSubject;
    // "le transfert de munitions destinées à Moscou", "demandé de l'aide": a flow named as such, its sender left open.
    draft.openSender = !senders.length && !!trigger?.noun && recipients.length > 0;
    // The place belongs to this verb: it stops at the next one ("après avoir transité par la base de Hmeimim, en Syrie").
    const nextVerb = triggers.find((t) => !t.noun && t.start > after)?.start ?? ce;
    if (!recipients.length && trigger?.role !== 'receive') draft.place = placeAfter(doc, ctx, trigger && trigger.end <= p.start ? trigger.end : after, Math.min(ce, nextVerb), draft.senders, personCountry);
    if (exchange && !drafts.length) fronted = 0;
    if (exchange && drafts.length) {
      const main = drafts[drafts.length - 1];
      draft.exchangeFor = drafts.length - 1;
      draft.exchangeKind = 'price';
      if (!draft.senders.length) draft.senders.push(...main.recipients);
      if (!draft.recipients.length) draft.recipients.push(...main.senders.filter((s) => !draft.senders.includes(s)));
      draft.status = main.status;
    }
    if (!exchange && drafts.length && trigger && /pour\s+$/iu.test(text.slice(Math.max(0, trigger.start - 6), trigger.start))) {
      // "recevrait des fonds pour envoyer des troupes": the second transfer is what the first pays for.
      const prev = drafts[drafts.length - 1];
      if (prev.recipients.some((r) => draft.senders.includes(r)) || !draft.senders.length) {
        draft.exchangeFor = drafts.length - 1;
        draft.exchangeKind = 'purpose';
      }
    }
    if (trigger && /pour\s+$/iu.test(text.slice(Math.max(0, trigger.start - 6), trigger.start)) && !draft.senders.length) {
      const subj = subjectBefore(ctx, trigger.start, cs)[0];
      const s = endpoint(doc, subj, personCountry);
      if (s) draft.senders.push(s);
    }
    drafts.push(draft);
  });
  // "En échange du pétrole vénézuélien, l'Iran a envoyé des techniciens": the price comes first.
  if (fronted !== undefined && drafts.length > 1) {
    const [price, main] = [drafts[fronted], drafts[fronted + 1]];
    price.exchangeFor = fronted + 1;
    price.exchangeKind = 'price';
    if (!price.senders.length) price.senders.push(...main.recipients);
    if (!price.recipients.length) price.recipients.push(...main.senders.filter((x) => !price.senders.includes(x)));
  }
  return drafts;
}

