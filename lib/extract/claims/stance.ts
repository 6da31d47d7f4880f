// Which stance a statement takes, and what it does to the facts it is about.
import type { PropertyValue } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, countryOfActor } from '../context';
import { fold } from '../text';
import { pattern } from '../syntax/language';
import { findQuantities } from '../quantities';
import { type ClaimPatterns, afterPreposition } from './patterns';
import type { ClaimMemory, PlacedFact } from './types';
import { sidesOf } from './targets';

/** Text with its quotation marks read as spaces: "n'avoir « jamais » livré" says what "n'avoir jamais livré" says. */
const unquoted = (s: string) => s.replace(/\s*[«»“”"]\s*/gu, ' ');

/** The stance of a statement: cannot-confirm wording first, then a denying verb or denying content, else an assertion. */
export function stanceOf(p: ClaimPatterns, denies: boolean, window: string, content: string, quotedBefore = false): 'ASSERTS' | 'DENIES' | 'CANNOT_CONFIRM' {
  if (p.CANNOT.test(fold(window)) || (!denies && quotedBefore && p.CANNOT.test(fold(content.slice(0, 140))))) return 'CANNOT_CONFIRM';
  const plain = unquoted(content);
  // "n'avoir livré que des drones de surveillance": "ne … que" restricts what was sent, it denies nothing.
  const negated = p.NEGATED_TRANSFER.exec(plain);
  const restricted = !!negated && pattern('claim.restrictiveAfter', 'iu').test(plain.slice(negated.index + negated[0].length, negated.index + negated[0].length + 40));
  // "affirme au contraire n'avoir subi aucune pression": saying the opposite of what was told, in the negative, denies it.
  const contrary = () => pattern('claim.contraryNegated', 'iu').test(unquoted(window));
  // "le pays n'exportera pas", "aucun mètre cube ne sera livré": a negation in the future tense promises or forecasts;
  // nothing has happened yet for it to deny.
  const future = pattern('claim.negatedFuture', 'iu');
  const promised = !!negated && future.test(negated[0]);
  if (denies || contrary() || (negated && !restricted && !promised) || deniedContent(p, content, future) || deniedContent(p, plain.trim(), future)) return 'DENIES';
  return 'ASSERTS';
}

/** Whether `content` says its fact is false; "Aucun …" opening a clause whose negation is a future one promises instead. */
function deniedContent(p: ClaimPatterns, content: string, future: RegExp): boolean {
  const m = p.DENIAL_CONTENT.exec(content);
  if (!m) return false;
  if (!pattern('claim.noneLead', 'iu').test(m[0]) || !future.test(content)) return true;
  return p.DENIAL_CONTENT.test(content.slice(m.index + m[0].length));
}

/** Whether a denial read from the content alone ("que l'Éthiopie n'a jamais versé") is said of another party than the speaker's: an accusation, which asserts. */
export function accusesOther(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, speaker: string | undefined, contentStart: number, contentEnd: number): boolean {
  if (!speaker) return false;
  const sides = new Set(sidesOf(doc, speaker));
  // A person whose side is unknown may be speaking for the very subject of the clause: only a known side accuses.
  if (speaker.startsWith('person:') && sides.size < 2) return false;
  const rest = ctx.text.slice(contentStart, contentEnd);
  const negation = p.NEGATED_TRANSFER.exec(rest) ?? p.DENIAL_CONTENT.exec(rest);
  if (!negation) return false;
  const at = contentStart + negation.index;
  // "Les turbines promises par l'Allemagne n'ont jamais été livrées": an actor a preposition governs is no subject.
  const subject = actorMentions(ctx).find((m) => m.start >= contentStart && m.end <= at && /^[\s«»“”"]*$/u.test(ctx.text.slice(m.end, at)) && !afterPreposition(p, ctx.text, m.start));
  if (!subject) return false;
  const state = countryOfActor(doc, subject.id, new Map());
  return !sides.has(subject.id) && !(state && sides.has(state));
}

/** "la France ne disposait « pas de soixante appareils à céder »": whether `content` negates a figure some transfer was told with. */
export function deniesFigure(doc: DocBuilder, content: string): boolean {
  const plain = unquoted(content);
  // Most statements give no figure: the article's transfers are gathered only for one that does.
  const figures = findQuantities(plain).filter((q) => q.value != null);
  if (!figures.length) return false;
  const told = new Set([...doc.nodes.values()].filter((n) => n.label === 'Transfer' && n.properties.quantity != null).map((n) => Number(n.properties.quantity)));
  const negation = pattern('claim.negatedFigure', 'iu');
  return figures.some((q) => told.has(q.value!) && negation.test(plain.slice(Math.max(0, q.start - 60), q.start)));
}

/** Whether `head` (the text before a colon) ends on a denial with no more than a pointing object: "Les ONG contestent", "Le port conteste ces chiffres". */
export function deniedBeforeColon(p: ClaimPatterns, head: string): boolean {
  // The object may itself look like a verb ("ces chiffres"): the last denying verb is the one read.
  const last = [...head.matchAll(p.VERB_RE)].filter((m) => m[1]).at(-1);
  return !!last && pattern('claim.deniedObjectOnly', 'iu').test(head.slice(last.index! + last[0].length));
}

/** Transfers a claim denies or cannot confirm take that status (a denial of a claim reaches its transfers). */
export function applyStatus(doc: DocBuilder, claimId: string, stance: string): void {
  if (stance === 'ASSERTS') return;
  const status = stance === 'DENIES' ? 'denied' : 'unconfirmed';
  // A fact one side denied stays denied when another cannot confirm it ("Moscou a démenti et Pyongyang n'a pas réagi").
  const mark = (n: { properties: Record<string, PropertyValue> }) => {
    if (!(status === 'unconfirmed' && n.properties.status === 'denied')) n.properties.status = status;
  };
  for (const r of doc.edges('ABOUT', { source: claimId })) {
    const n = doc.nodes.get(r.target);
    if (n?.label === 'Transfer' || n?.label === 'Event') mark(n);
    if (n?.label === 'Claim')
      for (const r2 of doc.edges('ABOUT', { source: n.id })) {
        const t = doc.nodes.get(r2.target);
        if (t?.label === 'Transfer' || t?.label === 'Event') mark(t);
      }
  }
}

/** "Les informations n'ont pas été confirmées": the facts of the previous claim are unconfirmed. */
export function markPreviousUnconfirmed(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, facts: PlacedFact[]): void {
  const prev = [...memory.claims].reverse().find((c) => c.sentenceIndex >= ctx.sentence.index - 1);
  if (prev) applyStatus(doc, prev.id, 'CANNOT_CONFIRM');
  const prevSentence = `${ctx.sentence.id.split(':')[0]}:s${ctx.sentence.index - 1}`;
  for (const f of facts.filter((x) => x.sentenceId === prevSentence)) {
    const n = doc.nodes.get(f.id);
    if (n?.label === 'Transfer' || n?.label === 'Event') n.properties.status = 'unconfirmed';
  }
}

/** A claim's display name: its text cut at a word boundary. */
export function shorten(s: string, max = 90): string {
  const clean = s.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
