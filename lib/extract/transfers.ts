import type { Qualifier, Status, TransferKind } from '../graph/schema';
import type { DocBuilder } from './builder';
import { actorAfter, clauseAround, countryOfActor, isNounDemonym, subjectBefore, type SentenceContext } from './context';
import type { DateMention } from './dates';
import type { EntityMention } from './entities';
import { findGoods, findTriggers, type GoodsMention, type Trigger } from './goods';
import { findQuantities, type Quantity } from './quantities';

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
}

interface Phrase {
  goods: GoodsMention[];
  /** Quantity found inside the phrase ("une cargaison de plus de 200 missiles"). */
  quantity?: Quantity;
  start: number;
  end: number;
  demonym?: EntityMention;
  contents: TransferKind[];
}

// Goods joined into one consignment: "du personnel tactique et des officiers", "d'armes comme des obus".
const COORD_GAP = /^(?:\s+[\p{Ll}'’-]+){0,3}\s*(?:,|et|ou|comme|notamment|dont|ainsi que|y compris)\s+(?:de la |de l['’]|des |du |de |d['’]|les |la |le |l['’])?$/u;
const CONTENT_GAP = /^\s+(?:\p{Ll}+\s+){0,3}(?:remplis|remplies|chargés|chargées|contenant|pleins|pleines)\s+(?:de |d['’]|des )$/u;
const ADJ_GAP = /^(?:\s+(?!de\b|du\b|des\b|à\b|en\b|et\b|vers\b|pour\b)[\p{Ll}'’-]+){0,2}\s+$/u;
const QTY_GAP = /^\s*(?:de\s+|d['’])?$/u;
const EXCHANGE_BEFORE = /(?:en échange (?:de|d['’]|des|du)|en contrepartie (?:de|d['’]|des|du)|en paiement (?:de|d['’]|des|du)|contre)\s*$/iu;
const RECIPIENT_MARKER =
  /(?<![\p{L}])(?:à destination (?:de|d['’]|du|des)|destinée?s? (?:à|aux?)|au profit (?:de|d['’]|du|des)|en faveur (?:de|d['’]|du|des)|pour (?:aider|soutenir|renforcer|approvisionner)|sur la ligne de front|rejoindre|rejoign\p{L}*|renforc\p{L}*(?: les rangs (?:de|d['’]|du|des))?|aux côtés (?:de|d['’]|du|des)|vers|à|aux?|en)\s+/giu;
const SENDER_MARKER = /(?<![\p{L}])(?:de la part (?:de|d['’]|du|des)|en provenance (?:de|d['’]|du|des)|auprès (?:de|d['’]|du|des)|fournie?s? par|livrée?s? par|envoyée?s? par)\s+/giu;
const SUPPORT_VERB = /(?:soutien\p{L}*|souten\p{L}*|aide\p{L}*|arme\p{L}*|approvisionn\p{L}*|ravitaill\p{L}*)\s+(?:la\s+|le\s+|les\s+|l['’])?$/iu;
const NEGATION = /(?<![\p{L}])(?:ne|n['’])\s/iu;
const ALLEGED = /(?<![\p{L}])(?:\p{L}+(?:rait|raient)|selon|d['’]après|prétendument|présumée?s?|probablement|supposée?s?|aurai[et]|auraient|serai[et]|seraient)(?![\p{L}])/iu;
const MILITARY = /soldat|troupe|armée|forces|militaire|unité|combat|front|déploiement|bataillon/iu;

const MEASURE_GAP = /^\s*(?:de\s+|d['’])\s*$/u;

function groupPhrases(text: string, goods: GoodsMention[], mentions: EntityMention[], quantities: Quantity[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const g of goods) {
    const last = phrases[phrases.length - 1];
    const gap = last ? text.slice(last.end, g.start) : '';
    // "une cargaison de plus de 200 missiles", "une aide de 61 milliards de dollars": the measure and its content are one consignment.
    if (last && (last.goods[0].kind === 'containers' || last.goods[0].kind === 'aid')) {
      const inner = quantities.find((q) => q.start >= last.end && q.end <= g.start && MEASURE_GAP.test(text.slice(last.end, q.start)) && QTY_GAP.test(text.slice(q.end, g.start)));
      if (inner || MEASURE_GAP.test(gap)) {
        if (last.goods[0].kind === 'containers') last.goods.unshift(g);
        else last.goods.push(g);
        last.quantity = inner ?? last.quantity;
        last.end = g.end;
        continue;
      }
    }
    // "3 milliards d'euros d'aide militaire".
    if (last && last.goods[last.goods.length - 1].kind === 'funds' && g.kind === 'aid' && MEASURE_GAP.test(gap)) {
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    if (last && CONTENT_GAP.test(gap)) {
      last.contents.push(g.kind);
      last.end = g.end;
      continue;
    }
    if (last && COORD_GAP.test(gap) && !EXCHANGE_BEFORE.test(gap)) {
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    phrases.push({ goods: [g], start: g.start, end: g.end, contents: [] });
  }
  // "soldats nord-coréens", "technologie militaire russe": the nationality of the goods.
  for (const p of phrases) {
    const d = mentions.find((m) => m.via === 'demonym' && !isNounDemonymText(m) && m.start >= p.goods[0].end && m.start - p.goods[0].end <= 30 && ADJ_GAP.test(text.slice(p.goods[0].end, m.start)));
    if (d) {
      p.demonym = d;
      if (d.end > p.end && d.start - p.end < 30) p.end = d.end;
    }
  }
  // "3 000 Nord-Coréens": people named by nationality are troops in a military story.
  if (MILITARY.test(text))
    for (const m of mentions)
      if (m.via === 'demonym' && isNounDemonymText(m) && /s$/i.test(m.text) && !phrases.some((p) => m.start >= p.start && m.start < p.end))
        phrases.push({ goods: [{ kind: 'troops', start: m.start, end: m.end, text: m.text }], start: m.start, end: m.end, demonym: m, contents: [] });
  return phrases.sort((a, b) => a.start - b.start);
}

function isNounDemonymText(m: EntityMention): boolean {
  return /^\p{Lu}/u.test(m.text);
}

function quantityBefore(text: string, quantities: Quantity[], start: number): Quantity | undefined {
  return [...quantities].reverse().find((q) => q.end <= start && QTY_GAP.test(text.slice(q.end, start)));
}

/** Binds each trigger to the goods it moves: nouns take the goods right after them, verbs their object. */
function bind(text: string, triggers: Trigger[], phrases: Phrase[]): Map<Phrase, Trigger> {
  const bound = new Map<Phrase, Trigger>();
  for (const t of triggers.filter((x) => x.noun)) {
    const p = phrases.find((x) => x.start >= t.end && x.start - t.end <= 25 && /^\s*(?:de|d['’]|des|du|de la)\s*/iu.test(text.slice(t.end, x.start)));
    if (p && !bound.has(p)) bound.set(p, t);
  }
  // "2 500 conteneurs ont quitté le port de Rason": the goods are the subject of a departure verb.
  for (const t of triggers.filter((x) => x.role === 'depart')) {
    const [cs] = clauseAround(text, t.start);
    const p = [...phrases].reverse().find((x) => x.end <= t.start && t.start - x.end <= 25 && x.start >= cs);
    if (p && !bound.has(p)) bound.set(p, t);
  }
  for (const t of triggers.filter((x) => !x.noun && x.role !== 'join' && x.role !== 'depart')) {
    const [cs, ce] = clauseAround(text, t.start);
    let p = phrases.find((x) => x.start >= t.end && x.start - t.end <= 60 && x.start < ce);
    if (!p) p = [...phrases].reverse().find((x) => x.end <= t.start && t.start - x.end <= 80 && x.start >= cs);
    if (p && !bound.has(p)) bound.set(p, t);
  }
  return bound;
}

function endpoint(doc: DocBuilder, m: EntityMention | undefined, personCountry: Map<string, string>): string | undefined {
  if (!m) return undefined;
  // Newspapers and research centres report transfers; they do not make them.
  const kind = doc.nodes.get(m.id)?.properties.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  if (m.label === 'Location') {
    const c = doc.nodes.get(m.id)?.properties.country;
    return typeof c === 'string' && c ? `country:${c}` : undefined;
  }
  return countryOfActor(doc, m.id, personCountry);
}

function recipientAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, exclude: string[], personCountry: Map<string, string>): string | undefined {
  const re = new RegExp(RECIPIENT_MARKER.source, RECIPIENT_MARKER.flags);
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const short = /^(?:à|aux?|en|vers)\s+$/iu.test(m[0]);
    const a = actorAfter(ctx, m.index + m[0].length, short ? 4 : 45);
    const id = endpoint(doc, a, personCountry);
    if (id && !exclude.includes(id)) return id;
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

/** Reads the transfers of one sentence: goods, quantity, sender, recipient, status, date, exchanges. */
export function extractTransfers(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>): TransferDraft[] {
  if (ctx.question || ctx.sentence.boilerplate) return [];
  const text = ctx.text;
  const goods = findGoods(text).filter((g) => !ctx.mentions.some((m) => m.label !== 'Country' && g.start >= m.start && g.start < m.end));
  if (!goods.length && !ctx.mentions.some((m) => m.via === 'demonym')) return [];
  const quantities = findQuantities(text);
  const phrases = groupPhrases(text, goods, ctx.mentions, quantities);
  if (!phrases.length) return [];
  const triggers = findTriggers(text);
  const bound = bind(text, triggers, phrases);
  const drafts: TransferDraft[] = [];

  phrases.forEach((p) => {
    const [cs, ce] = clauseAround(text, p.start);
    // Aid is itself a transfer: "un programme d'aide ... pour l'Ukraine" needs no verb.
    const selfTriggered = p.goods.some((g) => g.kind === 'aid') && !/^\s+mutuelle/iu.test(text.slice(p.goods[0].end));
    const trigger = bound.get(p) ?? (selfTriggered ? { role: 'give' as const, noun: true, start: p.start, end: p.start, text: '' } : undefined);
    const exchange = EXCHANGE_BEFORE.test(text.slice(Math.max(cs, p.start - 60), quantityBefore(text, quantities, p.start)?.start ?? p.start));
    const demonymSender = p.demonym ? countryOfActor(doc, p.demonym.id, personCountry) : undefined;
    const armyTarget = ctx.mentions.find((m) => m.id.endsWith('-armed-forces') && m.start >= cs && m.end <= ce);
    if (!trigger && !exchange && !(demonymSender && armyTarget)) return;
    if (trigger && NEGATION.test(text.slice(Math.max(cs, trigger.start - 50), trigger.start)) && /(?<![\p{L}])(?:pas|jamais|ni|plus|aucun|aucune)(?![\p{L}])/iu.test(text.slice(cs, ce))) return;

    const senders: string[] = [];
    const recipients: string[] = [];
    const after = Math.max(p.end, trigger?.end ?? 0);
    if (trigger) {
      const passive = /(?<![\p{L}])(?:être|été|sont|seront|était|étaient|est|soient|serait|seraient|seront)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, trigger.start - 25), trigger.start));
      if (trigger.role === 'give' && !trigger.noun && passive) {
        // "des missiles pourraient être livrés": the goods are the subject; the sender, if any, follows "par".
      } else if (trigger.role === 'give' && !trigger.noun) {
        senders.push(...subjectBefore(ctx, trigger.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
      } else if (trigger.role === 'give') {
        const { agents, object } = agentOf(doc, ctx, trigger.start, cs, personCountry);
        senders.push(...agents);
        if (object) recipients.push(object);
      } else if (trigger.role === 'depart') {
        // The place left names the sender: "le port nord-coréen de Rason", "la Corée du Nord".
        const origin = ctx.mentions.find((m) => m.start >= trigger.end && m.start - trigger.end <= 40 && m.label !== 'Organization');
        const o = endpoint(doc, origin, personCountry);
        if (o) senders.push(o);
      } else if (trigger.role === 'receive') {
        recipients.push(...subjectBefore(ctx, trigger.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
        const seller = /^(?:\s*\p{Ll}+){0,3}\s+(?:à|aux?)\s+/u.test(text.slice(p.end, p.end + 30)) ? endpoint(doc, actorAfter(ctx, p.end, 30), personCountry) : undefined;
        if (seller && trigger.noun) senders.push(seller);
      }
    }
    if (demonymSender) {
      senders.length = 0;
      senders.push(demonymSender);
    }
    const marked = senderMarked(doc, ctx, p.start, ce, personCountry);
    if (marked && !senders.length) senders.push(marked);
    // "de la part de leurs alliés": the sender is named but is no state we know; do not guess it.
    const unknownSender = !senders.length && new RegExp(SENDER_MARKER.source, 'iu').test(text.slice(p.end, ce));
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

    const q = quantityBefore(text, quantities, p.start) ?? p.quantity;
    const start = Math.min(q?.start ?? p.start, p.start);
    const date = ctx.dates.find((d) => d.start >= (trigger?.start ?? p.start) && d.end <= ce && !/^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i.test(d.dateText));
    const draft: TransferDraft = {
      sentenceId: ctx.sentence.id,
      sentenceIndex: ctx.sentence.index,
      kinds: [...new Set([...p.goods.map((g) => g.kind), ...p.contents])],
      text: text.slice(start, p.end),
      start,
      end: p.end,
      unit: p.goods[0].text,
      quantity: q,
      senders: [...new Set(senders)].filter((s) => !recipients.includes(s)),
      recipients: [...new Set(recipients)],
      status: ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted',
      date,
      trigger,
      senderUnknown: unknownSender,
    };
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
  return drafts;
}

/** Fills a missing side from the article's dominant flow ("le Nord" sends, so Russia receives). */
export function completeFromFlow(drafts: TransferDraft[]): void {
  const pairs = new Map<string, number>();
  for (const d of drafts) for (const s of d.senders) for (const r of d.recipients) pairs.set(`${s}>${r}`, (pairs.get(`${s}>${r}`) ?? 0) + 1);
  const best = (pred: (s: string, r: string) => boolean, pick: (s: string, r: string) => string) => {
    let top: [string, number] | undefined;
    for (const [k, n] of pairs) {
      const [s, r] = k.split('>');
      if (pred(s, r) && (!top || n > top[1])) top = [pick(s, r), n];
    }
    return top?.[0];
  };
  for (const d of drafts) {
    if (d.senders.length && !d.recipients.length) {
      // Same sender's usual recipient, else the article's main recipient ("l'aide à l'Ukraine").
      const r = best((s) => d.senders.includes(s), (_, r) => r) ?? best((s, r) => !d.senders.includes(r), (_, r) => r);
      if (r) d.recipients.push(r);
    } else if (!d.senders.length && d.recipients.length === 1 && !d.senderUnknown) {
      const s = best((_, r) => d.recipients.includes(r), (s) => s);
      if (s) d.senders.push(s);
    }
  }
}

const ANSWER_START = /^(?:[«“"]\s*)?En (?:échange|contrepartie|retour)(?![\p{L}])/iu;

/** "En échange, X fournirait ...": the sentence's first transfer answers the latest one going the other way. */
export function linkCrossSentenceExchanges(drafts: TransferDraft[], sentenceText: (id: string) => string): void {
  for (const d of drafts) {
    if (!ANSWER_START.test(sentenceText(d.sentenceId))) continue;
    if (drafts.some((x) => x.sentenceId === d.sentenceId && x.exchangeWith)) continue;
    const earlier = drafts.filter((x) => x.sentenceIndex < d.sentenceIndex && x.sentenceIndex >= d.sentenceIndex - 3);
    const reverse = [...earlier].reverse().find((x) => x.senders.some((s) => d.recipients.includes(s)));
    const prev = reverse ?? earlier[earlier.length - 1];
    if (!prev) continue;
    d.exchangeWith = prev;
    // What answers a shipment comes from its recipient.
    if (!d.senders.length) d.senders.push(...prev.recipients.filter((r) => !d.recipients.includes(r)));
    if (!d.recipients.length) d.recipients.push(...prev.senders.filter((r) => !d.senders.includes(r)));
  }
}

/** Writes transfer drafts as Transfer nodes with SENT, TO and IN_EXCHANGE_FOR. */
export function emitTransfers(doc: DocBuilder, drafts: TransferDraft[], sentenceOf: (id: string) => { id: string; text: string; index: number; start: number; end: number; boilerplate: boolean }): void {
  const bySentence = new Map<string, TransferDraft[]>();
  for (const d of drafts) {
    if (!d.senders.length && !d.recipients.length) continue;
    const q = d.quantity;
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
    });
    d.id = node.id;
    const s = sentenceOf(d.sentenceId);
    doc.mention(node.id, s as never, d.start, d.end);
    for (const sender of d.senders) doc.rel('SENT', sender, node.id, [d.sentenceId]);
    for (const r of d.recipients) doc.rel('TO', node.id, r, [d.sentenceId]);
    const list = bySentence.get(d.sentenceId) ?? [];
    list.push(d);
    bySentence.set(d.sentenceId, list);
  }
  for (const d of drafts) {
    if (d.exchangeWith?.id && d.id) doc.rel('IN_EXCHANGE_FOR', d.exchangeWith.id, d.id, [d.exchangeWith.sentenceId, d.sentenceId]);
    if (d.exchangeFor === undefined || !d.id) continue;
    const all = drafts.filter((x) => x.sentenceId === d.sentenceId);
    const other = all[d.exchangeFor];
    if (other?.id) {
      // "A en échange de B": A IN_EXCHANGE_FOR B. "reçoit B pour envoyer A": A IN_EXCHANGE_FOR B too.
      const [from, to] = d.exchangeKind === 'purpose' ? [d.id, other.id] : [other.id, d.id];
      doc.rel('IN_EXCHANGE_FOR', from, to, [d.sentenceId]);
    }
  }
}
