// Quotes whose speaker is not next to a reporting verb: a quote spanning sentences, a quote after a colon.
import type { PropertyValue } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, subjectBefore } from '../context';
import type { ClaimPatterns } from './patterns';
import { isMedia, speakerAfter } from './speakers';
import { pattern } from '../syntax/language';
import { applyStatus, shorten, stanceOf } from './stance';
import { demonstrativeGoods, earlierTransfers } from './targets';
import type { ClaimMemory, PlacedFact } from './types';

const QUOTE_REACH = 3;

/** Whether the words before an inverted verb close a quote they never opened: it began in an earlier sentence. */
export function closesEarlierQuote(before: string): boolean {
  return /[»”]/.test(before) && !/[«“]/.test(before);
}

/** The id of the sentence `k` before this one in the article. */
function earlierSentenceId(ctx: SentenceContext, k: number): string {
  return ctx.sentence.id.replace(/:s\d+$/, `:s${ctx.sentence.index - k}`);
}

/** The ids of the earlier sentences a quote closed in this sentence runs through (up to three back), nearest first; none when no quote opens there. */
function quotedBefore(ctx: SentenceContext, memory: ClaimMemory): string[] {
  const ids: string[] = [];
  for (let k = 1; k <= QUOTE_REACH; k++) {
    const id = earlierSentenceId(ctx, k);
    const text = memory.texts?.get(id);
    if (text === undefined || /[»”]/.test(text)) break;
    ids.push(id);
    if (/[«“]/.test(text)) return ids;
  }
  return [];
}

/** The index of the sentence before the one a quote closed in this sentence was opened in; undefined when it opened here. */
export function beforeQuoteOpened(ctx: SentenceContext, memory: ClaimMemory): number | undefined {
  const opened = quotedBefore(ctx, memory).length;
  return opened ? ctx.sentence.index - opened - 1 : undefined;
}

/** The facts of the sentences a quote closed in this sentence was opened in. */
export function quoteOpenedBefore(ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory): PlacedFact[] {
  return quotedBefore(ctx, memory).flatMap((id) => facts.filter((f) => f.sentenceId === id));
}

/** The words a quote closed in this sentence began with in earlier sentences, from its opening mark: "« C'est faux. Nos cargaisons …", a-t-il répondu. */
export function quoteOpening(ctx: SentenceContext, memory: ClaimMemory): string {
  const said = quotedBefore(ctx, memory).reverse().map((id) => memory.texts?.get(id) ?? '').join(' ');
  return said.slice(said.search(/[«“]/u) + 1).trim();
}

// "Ana Soto, ministre …, est catégorique : « … »", "Ana Soto : « … »": the subject before the colon speaks the quote.
const COLON_QUOTE = /\s:\s*[«“]\s*([^»”]+?)\s*(?:[»”]|$)/u;

/** Reads a quote introduced by a colon, or any clause after "X est formel :", as a statement of the clause's subject. */
export function quoteAfterColon(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory): void {
  const quote = COLON_QUOTE.exec(ctx.text);
  const certain = quote ? null : p.CERTAIN.exec(ctx.text);
  const found = quote ?? certain;
  if (!found) return;
  const m = { index: found.index, length: found[0].length };
  const content = quote ? quote[1] : ctx.text.slice(found.index + found[0].length).replace(/[.\s]+$/u, '');
  const speaker = subjectBefore(ctx, m.index)[0];
  if (!speaker || isMedia(doc, speaker.id) || ctx.text.slice(speaker.end, m.index).split(/\s+/).length > 12 || !/\p{L}/u.test(content)) return;
  const sid = ctx.sentence.id;
  const about = facts.filter((f) => f.sentenceId === sid && f.start >= m.index);
  recordStatement(p, doc, ctx, facts, memory, { speaker: speaker.id, said: content, content, stance: stanceOf(p, false, content, content), verb: null, start: m.index, end: m.index + m.length, about, evidence: [sid] });
}

/**
 * A statement read without a reporting verb: the claim and the speaker's stance toward it, and what it is about, the
 * facts given in `about`, else, for a denial or goods named by a demonstrative, the earlier transfers it answers.
 */
function recordStatement(
  p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory,
  s: { speaker: string; said: string; content: string; stance: ReturnType<typeof stanceOf>; verb: string | null; start: number; end: number; about: PlacedFact[]; evidence: string[] },
): void {
  const claim = doc.fact('claim', 'Claim', shorten(s.said), { text: s.said, stance: s.stance, verb: s.verb, date: null, dateText: null } satisfies Record<string, PropertyValue>);
  doc.mention(claim.id, ctx.sentence, s.start, s.end);
  doc.rel(s.stance, s.speaker, claim.id, s.evidence);
  for (const f of s.about) doc.rel('ABOUT', claim.id, f.id, s.evidence);
  // "Ankara : « Aucune livraison n'a eu lieu. »": a denial stating no fact of its own answers the facts before.
  // "« Ces drones ont changé la guerre. »": goods named by a demonstrative are those told before.
  if (!s.about.length && (s.stance !== 'ASSERTS' || demonstrativeGoods(s.content))) for (const t of earlierTransfers(p, doc, ctx, facts, s.speaker, s.stance, 0, s.content)) doc.rel('ABOUT', claim.id, t, s.evidence);
  applyStatus(doc, claim.id, s.stance);
  memory.claims.push({ id: claim.id, speaker: s.speaker, sentenceIndex: ctx.sentence.index });
}

/** "Démenti catégorique d'Ankara.", "Réaction de Moscou : « Ces informations sont sans fondement. »": the actor after the noun takes the stance. */
export function nominalStatement(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory): boolean {
  const m = p.NOMINAL.exec(ctx.text);
  if (!m) return false;
  const end = m.index + m[0].length;
  const speaker = actorMentions(ctx).find((x) => x.start >= end && x.start - end <= 4);
  if (!speaker || isMedia(doc, speaker.id)) return false;
  const colon = /^[^:«»]{0,40}?\s:\s*/u.exec(ctx.text.slice(speaker.end));
  const from = colon ? speaker.end + colon[0].length : ctx.text.length;
  const content = ctx.text.slice(from).replace(/^[«“"]\s*|\s*[»”"]?[.\s]*$/gu, '');
  if (!m[1] && !/\p{L}/u.test(content)) return false;
  const stance = m[1] ? 'DENIES' : stanceOf(p, false, content, content);
  const sid = ctx.sentence.id;
  const said = /\p{L}/u.test(content) ? content : ctx.text;
  const about = facts.filter((f) => f.sentenceId === sid && f.start >= from);
  recordStatement(p, doc, ctx, facts, memory, { speaker: speaker.id, said, content, stance, verb: m[1] ?? null, start: m.index, end, about, evidence: [sid] });
  return true;
}

/**
 * "« Nous n'avons rien livré. » / La phrase de Dmitri Peskov a fait le tour des réseaux": a quote standing as its own
 * sentence, named by a noun for words in the next one, is the statement of the person that noun names.
 */
export function quoteNamedAfter(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory): boolean {
  const m = pattern('claim.quoteNamedAfter', 'iu').exec(ctx.text);
  const quoteId = earlierSentenceId(ctx, 1);
  const quote = m ? /^\s*[«“"]\s*([^«»“”"]+?)\s*[»”"]\s*[.!?]?\s*$/u.exec(memory.texts?.get(quoteId) ?? '') : null;
  if (!m || !quote || memory.claims.some((c) => c.sentenceIndex === ctx.sentence.index - 1)) return false;
  const end = m.index + m[0].length;
  const speaker = speakerAfter(ctx, end) ?? actorMentions(ctx).find((x) => x.start >= end && x.start - end <= 4);
  if (!speaker || isMedia(doc, speaker.id)) return false;
  const content = quote[1];
  const about = facts.filter((f) => f.sentenceId === quoteId);
  recordStatement(p, doc, ctx, facts, memory, { speaker: speaker.id, said: content, content, stance: stanceOf(p, false, content, content), verb: null, start: m.index, end, about, evidence: [quoteId, ctx.sentence.id] });
  return true;
}
