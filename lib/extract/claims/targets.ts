// What a statement is about when it points back: earlier transfers, "ces accusations", "ce dernier".
import data from '../../../data/lexicon/reporting.json';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, countryOfActor } from '../context';
import { type GoodsMention, findGoods } from '../goods';
import { sentenceIndexOf } from '../ids';
import { fold } from '../text';
import { pattern } from '../syntax/language';
import { type ClaimPatterns } from './patterns';
import type { PlacedFact } from './types';

// How far back a denial may reach for the fact it denies, in sentences.
export const BACK_REACH = 8;

/** A transfer read from a negated clause ("n'avait jamais livré la moindre arme") is the denial's wording, not the fact. */
export function isNegated(p: ClaimPatterns, text: string, f: PlacedFact): boolean {
  return p.NEGATION_BEFORE.test(text.slice(Math.max(0, f.start - 45), f.start)) || p.NEGATED_TRANSFER.test(text.slice(Math.max(0, f.start - 60), f.end));
}

const STANCES = ['ASSERTS', 'DENIES', 'CANNOT_CONFIRM'] as const;

/** Whether one of `sides` sent transfer `id` or received it. */
export function touches(doc: DocBuilder, id: string, sides: ReadonlySet<string | undefined>): boolean {
  return doc.edges('SENT', { target: id }).some((r) => sides.has(r.source)) || doc.edges('TO', { source: id }).some((r) => sides.has(r.target));
}

const FAMILY = new Map<string, string>(Object.entries(data.kindFamilies as Record<string, string[]>).flatMap(([family, kinds]) => kinds.map((k) => [k, family] as [string, string])));

/** Whether a transfer of kind `kind` can be what goods of `kinds` name: same family of kinds, or a kind of no family. */
export function fitsKinds(kind: unknown, kinds: string[]): boolean {
  if (!kinds.length) return true;
  const family = FAMILY.get(String(kind));
  return !family || kinds.some((k) => !FAMILY.has(k) || FAMILY.get(k) === family);
}

/** "ces hélicoptères", "ces mêmes drones", "les vingt camions": goods named with a demonstrative, or counted again with a definite article, are goods the article told of before. */
export function demonstrativeGoods(content: string, goods: GoodsMention[] = findGoods(content)): boolean {
  return goods.some((g) => {
    const before = content.slice(Math.max(0, g.start - 30), g.start);
    return pattern('claim.demonstrative', 'iu').test(before) || pattern('claim.countedAgain', 'iu').test(before);
  });
}

/** The head noun of a transfer's goods ("hélicoptères de combat" -> "helicoptere"), to tell two facts of one kind apart. */
function goodsHead(doc: DocBuilder, id: string): string {
  const p = doc.nodes.get(id)?.properties;
  return headNoun(String(p?.unit ?? p?.text ?? ''));
}

/** The first word of a goods phrase, folded and singular. */
function headNoun(phrase: string): string {
  return fold(phrase.trim().split(/\s+/u)[0] ?? '').replace(pattern('word.plural', 'u'), '');
}

/** Transfers of earlier sentences (or earlier in the sentence, before `upTo`) a claim points back to: a denial reaches those involving the speaker's side or an actor of its sentence; an assertion the latest sentence that stated some. */
export function earlierTransfers(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], speaker: string | undefined, stance: string, upTo = 0, content = ''): string[] {
  const here = ctx.sentence.index;
  // "la Jordanie aurait fourni des blindés, et Amman n'a pas répondu": a fact earlier in the same sentence is the nearest.
  const earlier = (f: PlacedFact) => (sentenceIndexOf(f.sentenceId) < here && sentenceIndexOf(f.sentenceId) >= here - BACK_REACH) || (f.sentenceId === ctx.sentence.id && f.end <= upTo);
  let candidates = facts.filter((f) => f.id.startsWith('transfer:') && earlier(f));
  // "ces accusations", "ces informations": facts someone else stated, not the last one the article told itself.
  if (p.CLAIM_NOUN.test(content)) {
    const bySpeaker = (claim: string) => STANCES.some((t) => doc.edges(t, { target: claim }).some((s) => s.source === speaker));
    const claimed = candidates.filter((f) => doc.edges('ABOUT', { target: f.id }).some((r) => doc.nodes.get(r.source)?.label === 'Claim' && !bySpeaker(r.source)));
    if (claimed.length) candidates = claimed;
  }
  // "l'ONU n'était pas en mesure de confirmer qu'un deuxième convoi pourrait passer": goods named are the fact's own
  // kind, never a payment told before.
  const named = findGoods(content);
  const kinds = named.map((g) => g.kind);
  candidates = candidates.filter((f) => fitsKinds(doc.nodes.get(f.id)?.properties.kind, kinds));
  if (!candidates.length) return [];
  // "ces hélicoptères" after helicopters and drones: the goods named single out their own fact.
  const heads = new Set(named.map((g) => headNoun(g.text)));
  const same = candidates.filter((f) => heads.has(goodsHead(doc, f.id)));
  if (same.length) candidates = same;
  // "Moscou ne nous a jamais rien livré": a denial that names who did not send is about that sender's transfers only.
  const negation = p.NEGATED_TRANSFER.exec(ctx.text.replace(/[«»“”"]/gu, ' '));
  const denied = negation ? actorMentions(ctx).filter((m) => m.end <= negation.index && /^\s*$/u.test(ctx.text.slice(m.end, negation.index))).at(-1) : undefined;
  if (denied && stance !== 'ASSERTS') {
    const sides = new Set([denied.id, countryOfActor(doc, denied.id, new Map())].filter(Boolean));
    candidates = candidates.filter((f) => touches(doc, f.id, sides));
    if (!candidates.length) return [];
  }
  // "Washington a dénoncé les livraisons iraniennes": the parties the statement names after its verb single out the fact.
  if (upTo > 0) {
    const named = new Set(ctx.mentions.filter((m) => m.start >= upTo && m.label !== 'Location' && m.id !== speaker).map((m) => m.id));
    const naming = candidates.filter((f) => touches(doc, f.id, named));
    if (naming.length) candidates = naming;
  }
  const actors = new Set(actorMentions(ctx).map((m) => m.id));
  // "Le Kremlin a rejeté": an office answers for its state's transfers.
  for (const a of [...actors, speaker]) if (a) for (const side of sidesOf(doc, a)) actors.add(side);
  const involved = (id: string) => {
    const parties = [...doc.edges('SENT', { target: id }).map((r) => r.source), ...doc.edges('TO', { source: id }).map((r) => r.target)];
    return parties.some((p) => actors.has(p));
  };
  const latest = (fs: PlacedFact[]) => {
    const top = Math.max(...fs.map((f) => sentenceIndexOf(f.sentenceId)));
    return fs.filter((f) => sentenceIndexOf(f.sentenceId) === top).map((f) => f.id);
  };
  const mine = candidates.filter((f) => involved(f.id));
  // "Tokyo rejette ces accusations" after a charge against Pékin and Moscou only: rejecting a charge is answering it as a party.
  if (stance === 'DENIES' && !mine.length && p.CLAIM_NOUN.test(content)) return [];
  // A denial answers every recent charge against the speaker's side, however it was worded.
  if (stance !== 'ASSERTS' && mine.length) return mine.filter((f) => sentenceIndexOf(f.sentenceId) >= here - 4).map((f) => f.id).concat(latest(mine)).filter((x, i, a) => a.indexOf(x) === i);
  return latest(mine.length ? mine : candidates);
}

/** Transfers of the sentences before (within reach) that `actor`, or its state, sent. */
export function sentTransfersOf(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], actor: string): string[] {
  const here = ctx.sentence.index;
  const sides = new Set([actor, countryOfActor(doc, actor, new Map())].filter(Boolean));
  return facts
    .filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here && sentenceIndexOf(f.sentenceId) >= here - BACK_REACH)
    .filter((f) => doc.edges('SENT', { target: f.id }).some((r) => sides.has(r.source)))
    .map((f) => f.id);
}

/** The latest earlier transfer whose kind is one of `kinds`: naming the goods is enough to point back, however far. */
export function earlierOfKind(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], kinds: string[]): string | undefined {
  if (!kinds.length) return undefined;
  const here = ctx.sentence.index;
  const before = facts.filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here).sort((a, b) => sentenceIndexOf(b.sentenceId) - sentenceIndexOf(a.sentenceId));
  // The same kind however far; a kind of the same family ("instructeurs" for troops) only within reach.
  return (
    before.find((f) => kinds.includes(String(doc.nodes.get(f.id)?.properties.kind)))?.id ??
    before.find((f) => sentenceIndexOf(f.sentenceId) >= here - BACK_REACH && FAMILY.has(String(doc.nodes.get(f.id)?.properties.kind)) && fitsKinds(doc.nodes.get(f.id)?.properties.kind, kinds.filter((k) => FAMILY.has(k))) && kinds.some((k) => FAMILY.has(k)))?.id
  );
}


/** The actor "ce dernier" points to: the last one named before the offset. */
export function latterBefore(ctx: SentenceContext, offset: number): string | undefined {
  return actorMentions(ctx).filter((m) => m.end <= offset).at(-1)?.id;
}

// How far forward a headline's or a lede's denial may reach for the fact the body states, in sentences.
export const FORWARD_REACH = 4;

/** "Le Qatar dément avoir financé la milice" over a body that tells the payment: the transfers of the next sentences the speaker's side sent or received (of the named kinds, when the denial names goods). */
export function laterTransfers(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], speaker: string | undefined, kinds: string[], like: string[] = []): string[] {
  const here = ctx.sentence.index;
  if (like.length) return restated(doc, facts, like, here + 1, here + FORWARD_REACH);
  const sides = new Set<string>();
  // Only the speaker's side: the other actors of a headline are what it denies doing, not who did it.
  if (speaker) {
    sides.add(speaker);
    const state = countryOfActor(doc, speaker, new Map());
    if (state) sides.add(state);
  }
  const fits = (id: string) => fitsKinds(doc.nodes.get(id)?.properties.kind, kinds) && touches(doc, id, sides);
  const later = facts.filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) > here && sentenceIndexOf(f.sentenceId) <= here + FORWARD_REACH && fits(f.id));
  if (!later.length) return [];
  // The nearest sentence that states such a fact is the one the denial answers.
  const first = Math.min(...later.map((f) => sentenceIndexOf(f.sentenceId)));
  return later.filter((f) => sentenceIndexOf(f.sentenceId) === first).map((f) => f.id);
}

/** A headline: the article's first line, with no closing punctuation. */
export function isHeadline(ctx: SentenceContext): boolean {
  return ctx.sentence.index === 0 && !/[.!?…»”"]\s*$/u.test(ctx.text);
}

/**
 * The same fact told in other sentences, between `from` and `to` (sentence indices): by the same sender to the same
 * recipient, goods of the same family. "Belgrade a démenti avoir livré des obus à l'Ukraine. La Serbie aurait livré
 * 20 000 obus ...": the fact a denial words itself is the one the article tells after it, or told before it.
 */
export function restated(doc: DocBuilder, facts: PlacedFact[], own: string[], from: number, to: number): string[] {
  const senders = (id: string) => doc.edges('SENT', { target: id }).map((r) => r.source).sort().join('+');
  const recipients = (id: string) => doc.edges('TO', { source: id }).map((r) => r.target).sort().join('+');
  const goods = (id: string) => goodsHead(doc, id);
  const near = facts.filter((f) => f.id.startsWith('transfer:') && !own.includes(f.id) && sentenceIndexOf(f.sentenceId) >= from && sentenceIndexOf(f.sentenceId) <= to);
  const out = new Set<string>();
  for (const o of own) {
    const [to, by, what] = [recipients(o), senders(o), goods(o)];
    if (!to && !by) continue;
    const kinds = [String(doc.nodes.get(o)?.properties.kind)];
    const fitting = near.filter((f) => (to ? recipients(f.id) === to : senders(f.id) === by) && fitsKinds(doc.nodes.get(f.id)?.properties.kind, kinds));
    // "Bamako a démenti avoir reçu des drones" after helicopters from Moscow and drones from Ankara: the same goods,
    // whoever the denial's own wording took for their sender; else the same sender.
    const sameGoods = what ? fitting.filter((f) => goods(f.id) === what) : [];
    // "Téhéran a démenti avoir livré des drones à Addis-Abeba" after Turkish and Iranian drones: the same sender first.
    const sameSender = by ? sameGoods.filter((f) => senders(f.id) === by) : [];
    const picked = sameSender.length ? sameSender : sameGoods.length ? sameGoods : by ? fitting.filter((f) => senders(f.id) === by) : [];
    for (const f of picked) out.add(f.id);
  }
  return [...out];
}

/** Who an actor answers for: itself, its state, and for a person the bodies and states its roles are held in. */
export function sidesOf(doc: DocBuilder, id: string): string[] {
  const out = new Set([id]);
  const add = (x: string) => {
    out.add(x);
    const state = countryOfActor(doc, x, new Map());
    if (state) out.add(state);
  };
  add(id);
  if (id.startsWith('person:')) for (const r of doc.edges('HOLDS_ROLE', { source: id })) add(r.target);
  return [...out];
}

/** Whether the speaker's side sent or received one of the transfers of the sentences before (within reach). */
export function partyToEarlier(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], speaker: string | undefined): boolean {
  if (!speaker) return false;
  const sides = new Set(sidesOf(doc, speaker));
  const here = ctx.sentence.index;
  return facts.some((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here && sentenceIndexOf(f.sentenceId) >= here - BACK_REACH && touches(doc, f.id, sides));
}

/** Whether the speaker's own side (not the other actors of its sentence) sent or received transfer `id`, or a transfer claim `id` is about. */
export function speakerIsParty(doc: DocBuilder, speaker: string | undefined, id: string): boolean {
  if (!speaker) return false;
  const sides = new Set(sidesOf(doc, speaker));
  const transfers = doc.nodes.get(id)?.label === 'Claim' ? doc.edges('ABOUT', { source: id }).map((r) => r.target).filter((t) => doc.nodes.get(t)?.label === 'Transfer') : [id];
  return transfers.some((t) => touches(doc, t, sides));
}

/** Whether the speaker or an actor of the sentence is a party (sender or recipient) to a transfer, or to a transfer a claim is about. */
export function isPartyTo(doc: DocBuilder, ctx: SentenceContext, speaker: string | undefined, target: string): boolean {
  const sides = new Set([...actorMentions(ctx).map((m) => m.id), ...(speaker ? [speaker] : [])].flatMap((a) => sidesOf(doc, a)));
  const transfers = doc.nodes.get(target)?.label === 'Claim' ? doc.edges('ABOUT', { source: target }).map((r) => r.target).filter((t) => doc.nodes.get(t)?.label === 'Transfer') : [target];
  if (!transfers.length) return true;
  return transfers.some((t) => touches(doc, t, sides));
}
