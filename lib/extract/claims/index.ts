import type { PropertyValue } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, subjectBefore } from '../context';
import type { ArticleEntities } from '../entities';
import { fold } from '../text';
import { findQuantities } from '../quantities';
import { pattern } from '../syntax/language';
import { type ClaimPatterns, afterPreposition, claimPatterns } from './patterns';
import { accusesOther, applyStatus, deniedBeforeColon, deniesFigure, markPreviousUnconfirmed, shorten, stanceOf } from './stance';
import { extractAccordingTo, extractOwnVoice } from './according';
import { isMedia, settleSpeaker } from './speakers';
import { extractAnswer } from './interview';
import { closesEarlierQuote, nominalStatement, quoteAfterColon, quoteNamedAfter, quoteOpening } from './quotes';
import { readVerb, withheldVerb, type ReportingVerb } from './verb';
import { type Attribution, assignReporter, attribute, introducesStatement, relativeClauseContent } from './attribution';
import { bindAbout } from './about';
import { rememberOutlets } from './outlets';
import { sentenceSubject } from './pronouns';
import { extractReportedBy } from './reported';
import { extractRelayed } from './relayed';
import type { ClaimMemory, PlacedFact } from './types';

export { bylineAuthor } from './speakers';
export { intervieweeOf, interviewPrompts } from './interview';
export type { ClaimMemory, PlacedFact } from './types';

/** Reads every reported statement of a sentence as a Claim with its speaker's stance and what it is about. */
export function extractClaims(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, state: ArticleEntities): void {
  if (ctx.sentence.boilerplate) return;
  const p = claimPatterns();
  if (ctx.question) {
    if (memory.interviewee) extractAnswer(p, doc, ctx, facts, memory, false);
    return;
  }
  // "Question de Paul : « Qui paie la FIFA ? »": a question quoted with no one to say it after asks, it claims nothing.
  if (pattern('claim.quotedQuestion', 'u').test(ctx.text)) return;
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const usedSpeakers = new Set<string>();
  const reporters = new Set<string>();
  const denying = new Set<string>();
  let lastSpeaker: string | undefined;
  // Where the last inverted verb that named its speaker ended: ", a affirmé le ministre kényan, qui a démenti …".
  let invertedEnd = -1;
  // A verb of this sentence whose subject named no one we know ("La région dément : …"): a pronoun after a later verb
  // ("…, affirme-t-elle") stands for that subject, not for the person of the sentence before.
  let unknownSubject = false;

  if (p.UNCONFIRMED.test(fold(text))) markPreviousUnconfirmed(doc, ctx, memory, facts);
  memory.texts ??= new Map();
  memory.texts.set(sid, text);

  const statement = (r: ReportingVerb, withheld: boolean) => {
    // "selon le ministère, citant des documents internes": the source cites, and "selon" reads it whole; an outlet's
    // citation ("selon le Wall Street Journal, citant des responsables maliens") names who speaks instead.
    const source = pattern('claim.citing').test(r.word) ? pattern('claim.citedBySource').exec(r.before) : null;
    if (source && !actorMentions(ctx).some((m) => m.start >= source.index && m.end <= r.start && isMedia(doc, m.id))) return;
    const a = attribute(p, doc, ctx, r, memory, state);
    // "Niamey a reconnu cette livraison mais a nié avoir reçu des blindés": a verb whose subject is elided after a
    // conjunction shares the speaker of the statement before it in the sentence.
    // "Rubio a écrit au ministre italien, Orazio Schillaci, pour lui demander d'y mettre fin, et a menacé de …": the
    // elided subject is the earlier verb's, even where a name stands in between.
    const elided = pattern('claim.elidedSubject', 'u').exec(text.slice(Math.max(0, r.start - 40), r.start));
    if (elided && lastSpeaker) a.speaker = lastSpeaker;
    // "…, a affirmé le ministre kényan des Finances, qui a aussi démenti …": "qui" right after an inverted verb's speaker
    // is that speaker, even one named by a title alone.
    if (invertedEnd >= 0 && lastSpeaker && pattern('claim.relativeAfterInverted', 'iu').test(text.slice(invertedEnd, r.start))) a.speaker = lastSpeaker;
    if (unknownSubject && r.inverted && (r.inverted[1] || p.PRONOUN_AFTER.test(text.slice(r.end)))) return;
    // "La Turquie, elle, ne promet pas d'argent mais affirme avoir fourni …": after a verb that reports nothing, the
    // elided subject is that verb's subject, the actor before the conjunction that no preposition governs.
    else if (elided && !a.speaker) a.speaker = subjectBefore(ctx, Math.max(0, r.start - 40) + elided.index, 0).at(-1)?.id;
    // One statement a speaker per sentence, but a denial joined to another verb is one more ("y voit une provocation et
    // dément", "…, a réagi X, qui parle d'« accusations infondées »").
    const denial = () => r.denies || p.DENIAL_CONTENT.test(text.slice(r.end, r.end + 60));
    if (a.speaker && usedSpeakers.has(a.speaker) && !r.gerund && !(!denying.has(a.speaker) && denial())) return;
    // "Le ministre a reconnu des retards, mais a nié que …": the subject of a verb that states nothing is still the one
    // the next verb's elided subject stands for.
    if (a.speaker) lastSpeaker = a.speaker;
    if (!withheld && !introducesStatement(p, text, r, a)) return;
    if (pattern('claim.sayingOnly').test(r.word) && usedSpeakers.size + reporters.size > 0) return;
    assignReporter(p, doc, ctx, r, a);
    // "Le New York Times, citant des responsables américains, a rapporté que ...": an outlet that gave the word to those
    // it cites has said nothing more of its own.
    if (a.speaker && reporters.has(a.speaker)) return;
    if (!a.speaker && !a.reporter) {
      if (!r.inverted) unknownSubject = true;
      return;
    }
    const claim = recordClaim(p, doc, ctx, r, a, memory);
    if (a.speaker) {
      if (r.inverted) invertedEnd = r.end;
      usedSpeakers.add(a.speaker);
      if (claim.stance === 'DENIES') denying.add(a.speaker);
      lastSpeaker = a.speaker;
      if (a.speaker.startsWith('person:')) memory.lastSpeakerPerson = a.speaker;
    }
    if (a.reporter) reporters.add(a.reporter);
    const bind = (c: { id: string; content: string; stance: string }, at: Attribution) => {
      const restated = bindAbout(p, doc, ctx, facts, memory, c.id, r, at, c.content, c.stance);
      applyStatus(doc, c.id, c.stance);
      for (const t of restated) doc.rel('ABOUT', c.id, t, [sid]);
      memory.claims.push({ id: c.id, speaker: at.speaker, sentenceIndex: ctx.sentence.index });
    };
    bind(claim, a);
    // "… et qu'aucun soldat n'est payé": the speaker's second clause, a denial, is a claim of its own.
    if (a.secondThat !== undefined) {
      const second = { ...a, contentStart: a.secondThat, contentEnd: text.length, secondThat: undefined };
      bind(recordClaim(p, doc, ctx, r, second, memory), second);
    }
  };
  const withheld = [...text.matchAll(p.WITHHELD)];
  for (const v of text.matchAll(p.VERB_RE)) {
    // "n'a ni confirmé ni démenti": the verbs inside a withheld comment are read with it.
    if (withheld.some((w) => v.index! >= w.index! && v.index! < w.index! + w[0].length)) continue;
    const r = readVerb(p, ctx, v, usedSpeakers);
    if (r) statement(r, false);
  }
  for (const w of withheld) statement(withheldVerb(ctx, w), true);
  extractAccordingTo(p, doc, ctx, facts, memory, usedSpeakers);
  extractReportedBy(p, doc, ctx, facts, memory, usedSpeakers);
  extractRelayed(p, doc, ctx, facts, memory, usedSpeakers);
  extractOwnVoice(p, doc, ctx, facts, memory, usedSpeakers);
  if (!usedSpeakers.size && !reporters.size && !nominalStatement(p, doc, ctx, facts, memory) && !quoteNamedAfter(p, doc, ctx, facts, memory)) quoteAfterColon(p, doc, ctx, facts, memory);
  if (memory.interviewee) extractAnswer(p, doc, ctx, facts, memory, usedSpeakers.size + reporters.size > 0);
  const subject = sentenceSubject(p, ctx);
  if (subject) (memory.subjects ??= new Map()).set(ctx.sentence.index, subject);
  const opener = subjectBefore(ctx, text.length).length ? actorMentions(ctx).find((m) => !afterPreposition(p, text, m.start) && m.start < 40) : undefined;
  if (opener) (memory.openers ??= new Map()).set(ctx.sentence.index, opener.id);
  rememberOutlets(ctx, memory);
}

/** Writes the Claim node of a reporting verb with its stance, date and speakers; returns it with what it says. */
function recordClaim(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, r: ReportingVerb, a: Attribution, memory: ClaimMemory): { id: string; content: string; stance: 'ASSERTS' | 'DENIES' | 'CANNOT_CONFIRM' } {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const { start: vs, end: ve, inverted } = r;
  // The stance is read in the verb's own clause: "un chiffre que le rapport juge impossible à vérifier" is another speaker's,
  // and so is "... et Pyongyang n'a pas réagi".
  const nextClause = text.slice(ve).search(pattern('claim.nextClause', 'u'));
  const window = text.slice(vs - 40 > 0 ? vs - 40 : 0, Math.min(text.length, ve + 120, nextClause >= 0 ? ve + nextClause : text.length));
  const content = text.slice(a.contentStart, a.contentEnd).trim().replace(/^[«“"]\s*|\s*[»”"]$/g, '');
  relativeClauseContent(p, ctx, r, a);
  // "« C'est faux. Nos cargaisons vont en Chine », a répondu X": a quote opened sentences before says its stance first.
  const opening = inverted && closesEarlierQuote(r.before) ? quoteOpening(ctx, memory) : '';
  let stance = stanceOf(p, r.denies, window, opening ? `${opening} ${content}` : content, !!inverted && a.contentStart === 0);
  // "Kiev affirme que Moscou n'a jamais livré le grain": a negation said of another party accuses it; only the party charged denies.
  if (stance === 'DENIES' && !r.denies && accusesOther(p, doc, ctx, a.speaker, a.contentStart, a.contentEnd)) stance = 'ASSERTS';
  // "Le port conteste ces chiffres : « … », répond sa directrice": what follows a contesting colon denies.
  const colon = inverted && a.contentStart === 0 ? text.slice(0, a.contentEnd).search(/\s:\s/u) : -1;
  if (colon > 0 && deniedBeforeColon(p, text.slice(0, colon))) stance = 'DENIES';
  // "« Trois avions, pas quarante-deux »" corrects a figure told before: it denies that figure, but confirms a fact
  // already stated with the figure it gives.
  const correction = stance === 'DENIES' && !r.denies ? pattern('claim.correction', 'iu').exec(content) : null;
  const given = correction ? findQuantities(correction[1])[0]?.value : undefined;
  if (given != null && [...doc.nodes.values()].some((n) => n.label === 'Transfer' && Number(n.properties.quantity) === given)) stance = 'ASSERTS';
  if (stance === 'ASSERTS' && deniesFigure(doc, content)) stance = 'DENIES';
  const date = ctx.dates.find((d) => (d.start >= ve && d.start - ve <= 25) || (d.end <= vs && vs - d.end <= 4) || (inverted && d.start > ve));
  const said = /\p{L}/u.test(content) ? content : text;
  const claim = doc.fact('claim', 'Claim', shorten(said), {
    text: said,
    stance,
    verb: r.word,
    date: date?.date ?? null,
    dateText: date?.dateText ?? null,
  } satisfies Record<string, PropertyValue>);
  doc.mention(claim.id, ctx.sentence, vs, ve);
  // "Moscou et Pyongyang ont toujours nié": each of them takes the stance.
  for (const co of a.coSpeakers) if (!isMedia(doc, co)) doc.rel(stance, co, claim.id, [sid]);
  settleSpeaker(doc, a.speaker);
  if (a.speaker) doc.rel(stance, a.speaker, claim.id, [sid]);
  if (a.reporter) doc.rel('REPORTED', a.reporter, claim.id, [sid]);
  return { id: claim.id, content, stance };
}
