import type { DocBuilder } from '../builder';
import { actorMentions, clauseAround, subjectBefore, type SentenceContext } from '../context';
import { resolveDative, resolveSubjectPronoun, type Discourse } from '../discourse';
import { findGoods, type Trigger } from '../goods';
import { findQuantities } from '../quantities';
import { analyse, type VerbMention, type Word } from '../syntax/analyse';
import { fold } from '../text';
import { pattern } from '../syntax/language';
import { partDraft, type TransferDraft } from './draft';
import { agentAfter, endpoint, endpointId, recipientAfter } from './endpoints';
import { ALLEGED, isNegated } from './modality';

/** The receiver a dative clitic stands for ("lui en a livré", "ils lui ont été fournis"), as an endpoint and never a sender. */
function dativeRecipient(doc: DocBuilder, ctx: SentenceContext, discourse: Discourse, dative: Word | undefined, senders: string[], personCountry: Map<string, string>): string | undefined {
  if (!dative) return undefined;
  const id = resolveDative(discourse, ctx, dative.start, (x) => { const e = endpointId(doc, x, personCountry); return !e || senders.includes(e); }, []);
  return id ? endpointId(doc, id, personCountry) : undefined;
}

/** The last transfer an article read, for a later sentence that names its goods only by a pronoun or a number. */
const LAST = new WeakMap<Discourse, TransferDraft>();

/** The latest draft the sentences before told, if any. */
export function lastDraft(discourse: Discourse): TransferDraft | undefined {
  return LAST.get(discourse);
}

/**
 * Remembers the latest draft of a sentence, else its last goods with no sides ("Le Soudan dispose de drones.").
 * A question's drafts are what it asks about ("Ont-ils livré des bombes à Israël ? Oui, ils en ont livré des milliers"):
 * never transfers of their own, they are the goods and sides an answer's "en" points back to.
 */
export function rememberGoods(discourse: Discourse, ctx: SentenceContext, drafts: TransferDraft[], asked: () => TransferDraft[] = () => []): void {
  if (drafts.length) return void LAST.set(discourse, drafts[drafts.length - 1]);
  const proposition = ctx.question && !ctx.sentence.boilerplate ? asked() : [];
  if (proposition.length) return void LAST.set(discourse, proposition[proposition.length - 1]);
  const g = findGoods(ctx.text).filter((x) => !ctx.mentions.some((m) => m.label !== 'Country' && x.start >= m.start && x.start < m.end)).pop();
  // "La France a cédé des Mirage à Kiev. Elle n'a « pas de soixante appareils à céder ». Paris en aurait livré six":
  // goods of the same kind named with no flow between keep the sides of the flow told just before.
  const told = LAST.get(discourse);
  const same = !!g && !!told && told.kinds[0] === g.kind && ctx.sentence.index - told.sentenceIndex <= 2;
  if (g) LAST.set(discourse, { sentenceId: ctx.sentence.id, sentenceIndex: ctx.sentence.index, kinds: [g.kind], text: g.text, start: g.start, end: g.end, unit: g.text, senders: same ? told.senders : [], recipients: same ? told.recipients : [], status: 'asserted' });
}

/**
 * Goods left out of a passive whose subject is a pronoun or a bare number standing for the goods just told:
 * "Elles lui ont été livrées par les Émirats", "Trois ont été livrés depuis 2021" (three of the five S-400).
 * The sides the sentence names win; the rest are the earlier transfer's.
 */
export function readElided(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse): TransferDraft[] {
  const prev = LAST.get(discourse);
  if (!prev || ctx.sentence.index - prev.sentenceIndex > 2 || ctx.question || ctx.sentence.boilerplate) return [];
  const text = ctx.text;
  const verbs = analyse(text).verbs;
  const v = verbs.find((x) => x.frame.role === 'give' && x.voice === 'passive' && !x.bare && !x.hypothetical && !x.planned);
  if (!v || !v.before) return ctx.sentence.index - prev.sentenceIndex === 1 ? readCliticObject(doc, ctx, personCountry, discourse, prev, verbs) : [];
  const trigger: Trigger = { role: 'give', noun: false, start: v.start, end: v.end, text: v.text, verb: v };
  if (isNegated(text, trigger)) return [];
  // The subject opens its clause: "Elles", "Trois", "Les deux derniers" with no noun after them.
  const [cs, ce] = clauseAround(text, v.start);
  const pronoun = v.pronounSubject && pattern('transfer.goodsPronoun', 'u').test(v.pronounSubject.key) ? v.pronounSubject : undefined;
  const count = pronoun ? undefined : findQuantities(text).find((q) => q.end === v.before!.end && q.start - cs <= 30 && q.value !== null && !q.vague);
  if (!pronoun && !count) return [];
  const senders: string[] = [];
  const by = agentAfter(doc, ctx, v.end, ce, personCountry);
  if (by) senders.push(by);
  const recipients: string[] = [];
  const dative = dativeRecipient(doc, ctx, discourse, v.dative, senders, personCountry);
  if (dative) recipients.push(dative);
  if (!recipients.length) {
    const r = recipientAfter(doc, ctx, v.end, ce, senders, personCountry);
    if (r) recipients.push(r);
  }
  // "Le Kenya a reçu des drones. Ils lui ont été fournis par la Serbie.": the same goods told again with the side that was
  // missing complete the first telling rather than add a second transfer.
  if (pronoun && !prev.senders.length && senders.length && (!recipients.length || recipients.every((x) => prev.recipients.includes(x))) && prev.recipients.length) {
    prev.senders.push(...senders.filter((x) => !prev.recipients.includes(x)));
    prev.senderUnknown = false;
    return [];
  }
  const sendersOut = senders.length ? senders : prev.senders.filter((s) => !recipients.includes(s));
  const recipientsOut = recipients.length ? recipients : prev.recipients.filter((r) => !senders.includes(r));
  // "Ils ont été livrés par bateau": nothing new on either side, the same transfer told again.
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (same(sendersOut, prev.senders) && same(recipientsOut, prev.recipients) && (!count || count.value === prev.quantity?.value)) return [];
  const start = count?.start ?? pronoun!.start;
  const end = count?.end ?? pronoun!.end;
  return [{
    sentenceId: ctx.sentence.id,
    sentenceIndex: ctx.sentence.index,
    kinds: prev.kinds,
    text: count ? `${count.text} ${prev.unit}` : prev.text,
    start,
    end,
    unit: prev.unit,
    quantity: count ?? prev.quantity,
    senders: sendersOut,
    recipients: recipientsOut,
    status: ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted',
    date: ctx.dates.find((d) => d.start >= v.start && d.end <= ce),
    trigger,
  }];
}

/**
 * "Le Tchad a reçu des blindés. La France les lui a livrés": a clitic object stands for the goods the sentence before
 * told, and the subject gives them; the same goods with the giver that was missing complete the first telling.
 */
function readCliticObject(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse, prev: TransferDraft, verbs: VerbMention[]): TransferDraft[] {
  const text = ctx.text;
  // The clitic group ends at the verb ("les lui a"): where it opens is where the object stands.
  let at = -1;
  const v = verbs.find((x) => {
    if (x.frame.role !== 'give' || x.voice !== 'active' || x.bare || x.hypothetical || x.planned || x.frame.goods.length) return false;
    const m = pattern('elided.objectClitic').exec(text.slice(Math.max(0, x.start - 40), x.start));
    at = m ? x.start - m[0].length : -1;
    return !!m;
  });
  if (!v) return [];
  const trigger: Trigger = { role: 'give', noun: false, start: v.start, end: v.end, text: v.text, verb: v };
  // "Nairobi les a déployés à la frontière somalienne": goods moved within one's own borders go to nobody.
  if (isNegated(text, trigger) || pattern('transfer.ownDestination').test(text.slice(v.end))) return [];
  const [cs, ce] = clauseAround(text, v.start);
  const named = subjectBefore(ctx, at, cs)[0];
  const focus = !named && v.pronounSubject ? resolveSubjectPronoun(discourse, ctx, v.pronounSubject.start, ALLEGED.test(text.slice(cs, ce))) : undefined;
  const sender = focus ? endpointId(doc, focus, personCountry) : endpoint(doc, named, personCountry);
  if (!sender) return [];
  const told = dativeRecipient(doc, ctx, discourse, v.dative, [sender], personCountry) ?? recipientAfter(doc, ctx, v.end, ce, [sender], personCountry);
  if (!prev.senders.length && prev.recipients.length && !prev.recipients.includes(sender) && (!told || prev.recipients.includes(told))) {
    prev.senders.push(sender);
    prev.senderUnknown = false;
    return [];
  }
  const recipients = told ? [told] : prev.recipients.filter((r) => r !== sender);
  if (!recipients.length || (prev.senders.includes(sender) && recipients.every((r) => prev.recipients.includes(r)))) return [];
  const clitic = text.slice(at).search(/\s|['’]/u) + 1;
  return [{
    sentenceId: ctx.sentence.id,
    sentenceIndex: ctx.sentence.index,
    kinds: prev.kinds,
    text: prev.text,
    start: at,
    end: at + clitic,
    unit: prev.unit,
    quantity: prev.quantity,
    senders: [sender],
    recipients,
    status: ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted',
    date: ctx.dates.find((d) => d.start >= v.start && d.end <= ce),
    trigger,
  }];
}

/**
 * "l'Espagne, qui en a reçu six millions", "La France en a livré trente": "en" and a bare number stand for
 * the goods just told; the subject receives or sends them, the other side is the earlier transfer's.
 */
export function readPartitive(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse, here: TransferDraft[] = []): TransferDraft[] {
  // "avait promis un million d'obus ; elle n'en a livré que 300 000": the goods may be told earlier in the same sentence.
  const told = LAST.get(discourse);
  // ... or before it, when this sentence tells none before the verb ("en a acheté deux millions de doses": the count's
  // own unit, after the verb, is no antecedent).
  const recent = told && ctx.sentence.index - told.sentenceIndex <= 2 ? told : undefined;
  const previous = (at: number) => [...here].reverse().find((d) => d.end <= at) ?? (here.some((d) => d.end <= at) ? undefined : recent);
  if ((!here.length && !recent) || ctx.question || ctx.sentence.boilerplate) return [];
  const text = ctx.text;
  const quantities = findQuantities(text);
  const out: TransferDraft[] = [];
  // What follows a number, past a unit of measure ("en a acheté trois millions de tonnes": still no noun of its own).
  const rest = (x: { end: number }) => text.slice(x.end + (pattern('partitive.unit').exec(text.slice(x.end))?.[0].length ?? 0));
  for (const v of analyse(text).verbs) {
    if (v.voice !== 'active' || v.hypothetical || v.planned || (v.frame.role !== 'give' && v.frame.role !== 'receive')) continue;
    // "en a livré trente" ("dont il a décaissé 1,3 milliard" is read as a sum of its own: goods.bareSum).
    if (!pattern('partitive.clitic').test(text.slice(Math.max(0, v.start - 20), v.start))) continue;
    // A number with no noun of its own after the verb: "en a reçu environ six millions,".
    // "en ont livré plusieurs milliers": an order of magnitude still tells the goods were sent, with no count.
    const q = quantities.find((x) => x.start >= v.end && x.start - v.end <= 25 && x.value !== null && pattern('partitive.countEnd', 'iu').test(rest(x)));
    const prev = previous(v.start);
    if (!q || !prev) continue;
    const trigger: Trigger = { role: v.frame.role, noun: false, start: v.start, end: v.end, text: v.text, verb: v };
    if (isNegated(text, trigger)) continue;
    const [cs, ce] = clauseAround(text, v.start);
    const head = v.before?.key === 'qui' ? actorMentions(ctx).filter((m) => m.end <= v.before!.start && /^\s*,?\s*$/u.test(text.slice(m.end, v.before!.start))).pop() : subjectBefore(ctx, v.start, cs)[0];
    // "Elle en a reçu douze": the actor in focus.
    const focus = !head && v.pronounSubject ? resolveSubjectPronoun(discourse, ctx, v.pronounSubject.start, ALLEGED.test(text.slice(cs, ce))) : undefined;
    const subject = focus ? endpointId(doc, focus, personCountry) : endpoint(doc, head, personCountry);
    if (!subject) continue;
    const receiving = v.frame.role === 'receive';
    const senders = receiving ? prev.senders.filter((s) => s !== subject) : [subject];
    // "La Chine lui en a livré une trentaine": the receiver a dative stands for, as in a sentence that names its goods.
    const dative = receiving ? undefined : dativeRecipient(doc, ctx, discourse, v.dative, senders, personCountry);
    const to = receiving ? undefined : recipientAfter(doc, ctx, q.end, ce, senders, personCountry) ?? dative;
    const recipients = receiving ? [subject] : to ? [to] : prev.recipients.filter((r) => r !== subject);
    if (!senders.length || !recipients.length) continue;
    out.push({
      sentenceId: ctx.sentence.id,
      sentenceIndex: ctx.sentence.index,
      kinds: prev.kinds,
      text: `${q.text} ${prev.unit}`,
      start: q.start,
      end: q.end,
      unit: prev.unit,
      quantity: q.vague ? undefined : q,
      senders,
      recipients,
      partOf: prev,
      status: ALLEGED.test(text.slice(cs, ce)) ? 'alleged' : 'asserted',
      date: ctx.dates.find((d) => d.start >= v.start && d.end <= ce),
      trigger,
    });
  }
  return out;
}

/**
 * "36 hélicoptères vendus au Brésil, dont 12 ont déjà été livrés", "Sur les 24 Rafale commandés, 18 ont été livrés":
 * a bare number before a later passive of giving in the same sentence is the part delivered, a transfer of its own
 * between the same sides.
 */
export function readSubsets(ctx: SentenceContext, drafts: TransferDraft[]): TransferDraft[] {
  const text = ctx.text;
  const out: TransferDraft[] = [];
  const quantities = findQuantities(text);
  for (const v of analyse(text).verbs) {
    if (v.frame.role !== 'give' || v.voice !== 'passive' || v.bare || v.hypothetical || v.planned || !v.before) continue;
    const count = quantities.find((q) => q.end === v.before!.end && q.value !== null && !q.vague);
    // The number stands alone: no goods noun of its own follows it, and it opens its clause ("dont 12", ", 18").
    if (!count || !/(?:,|\bdont)\s*$/iu.test(text.slice(Math.max(0, count.start - 8), count.start))) continue;
    const whole = [...drafts].reverse().find((d) => d.end <= count.start && d.quantity?.value != null && count.value! < d.quantity.value && d.senders.length + d.recipients.length > 0);
    const trigger: Trigger = { role: 'give', noun: false, start: v.start, end: v.end, text: v.text, verb: v };
    if (!whole || isNegated(text, trigger)) continue;
    out.push(partDraft(whole, { text: `${count.text} ${whole.unit}`, start: count.start, end: count.end, quantity: count, trigger }));
  }
  return out;
}

/**
 * "Elle a acheté 90 000 de ces obus. Elle a livré la totalité du lot à l'Ukraine": a batch named with a definite or
 * demonstrative article ("le lot", "cette cargaison") carries the goods just told, not a kind of its own.
 */
export function inheritBatchKind(discourse: Discourse, ctx: SentenceContext, drafts: TransferDraft[]): void {
  const prev = LAST.get(discourse);
  if (!prev || ctx.sentence.index - prev.sentenceIndex > 2 || prev.kinds.includes('containers')) return;
  for (const d of drafts)
    // ... only where a verb gives or takes the batch: "les cargaisons transitent par le Togo" tells a route, no new move.
    if (d.kinds.every((k) => k === 'containers') && (d.trigger?.role === 'give' || d.trigger?.role === 'receive') && pattern('transfer.batchNoun').test(d.unit) && pattern('transfer.definiteBefore').test(ctx.text.slice(Math.max(0, d.start - 20), d.start))) d.kinds = [...prev.kinds];
}

/**
 * "livrent 1,85 milliard de mètres cubes d'eau ; en échange, le Mexique cède 432 millions de mètres cubes": a bare unit of
 * measure told again counts what it counted just before (in the sentence, else within two), not what it usually counts.
 */
export function inheritMeasureKind(discourse: Discourse, drafts: TransferDraft[]): void {
  const told = LAST.get(discourse);
  drafts.forEach((d, i) => {
    const unit = d.unit.trim();
    if (!pattern('transfer.unitNoun').test(unit)) return;
    const counted = (x: TransferDraft | undefined) => !!x && x !== d && !pattern('transfer.unitNoun').test(x.unit.trim()) && fold(x.text).includes(`${fold(unit)} `);
    const source = drafts.slice(0, i).findLast(counted) ?? (told && d.sentenceIndex - told.sentenceIndex <= 2 && counted(told) ? told : undefined);
    if (source) d.kinds = [...source.kinds];
  });
}
