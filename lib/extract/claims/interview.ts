// Interviews: the answers speak for the person interviewed, with or without a reporting verb.
import type { PropertyValue } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import { pattern } from '../syntax/language';
import { fold } from '../text';
import type { ClaimPatterns } from './patterns';
import { applyStatus, shorten, stanceOf } from './stance';
import { sentenceIndexOf } from '../ids';
import { earlierTransfers } from './targets';
import type { ClaimMemory, PlacedFact } from './types';

// "Juma Mkuu : Non, ...", "Réponse : ...", "R : ...", "Question : ...", "Le Monde : ...": who speaks the line.
const PREFIX = /^\s*(?:[—–-]\s*)?([^:?!.]{1,40}?)\s*:\s+/u;
// The words of the language are data (data/lang/<code>/patterns.json, interview.*): who asks ("Question"), who answers
// ("Réponse"), a bare no ("Non", "Jamais"), who conducted it ("Propos recueillis par"), what says it is one
// ("entretien"), and the guest addressed ("vous"). An explainer's headings do none of these.

/** The person an interview is with: an article that is one and the first person its opening names. */
export function intervieweeOf(contexts: SentenceContext[]): string | undefined {
  const questions = contexts.filter((c) => c.question);
  if (!questions.length) return undefined;
  // "James Mnyupe : …", "Lena Hartmann : …": a transcript whose lines are labelled with the names of those who speak is
  // a debate or an interview, announced or not; its first labelled speaker stands for the guest.
  // A label the recogniser did not take at the head of a line is still the name it took elsewhere in the article.
  const persons = new Map(contexts.flatMap((c) => c.mentions.filter((m) => m.label === 'Person').map((m) => [fold(c.text.slice(m.start, m.end)), m.id] as const)));
  const labelled = contexts.filter((c) => !c.question).map((c) => labelledSpeaker(c, (name) => persons.get(name))).filter((id) => id !== undefined);
  if (labelled.length >= 2) return labelled[0];
  if (!questions.some((c) => pattern('interview.addressed', 'iu').test(c.text)) && !contexts.slice(0, 4).some((c) => pattern('interview.marker', 'iu').test(c.text))) return undefined;
  for (const ctx of contexts.slice(0, 4)) {
    if (ctx.question || pattern('interview.by', 'iu').test(ctx.text)) continue;
    const p = ctx.mentions.find((m) => m.label === 'Person');
    if (p) return p.id;
  }
  return undefined;
}

/** The person a line's "Name :" label names, if any: a mention in the label, else the one `known` finds by the folded label. */
function labelledSpeaker(ctx: SentenceContext, known: (folded: string) => string | undefined): string | undefined {
  const prefix = PREFIX.exec(ctx.text);
  if (!prefix) return undefined;
  return ctx.mentions.find((m) => m.label === 'Person' && m.start >= prefix.index && m.end <= prefix.index + prefix[0].length)?.id ?? known(fold(prefix[1].trim()));
}

/**
 * The sentences of the interviewer's paragraphs, by index: a paragraph whose last sentence is a question, or a prompt
 * left on suspension points ("Les investisseurs s'en inquiètent…"). What leads up to a question is asked, not answered.
 */
export function interviewPrompts(contexts: SentenceContext[]): Set<number> {
  const last = new Map<number, SentenceContext>();
  for (const c of contexts) if (c.paragraph !== undefined) last.set(c.paragraph, c);
  // Each paragraph's last sentence tested once, not once for every sentence of its paragraph.
  const asking = new Set([...last].filter(([, c]) => pattern('interview.promptEnd', 'u').test(c.text)).map(([paragraph]) => paragraph));
  return new Set(contexts.filter((c) => c.paragraph !== undefined && asking.has(c.paragraph)).map((c) => c.sentence.index));
}

/** The article's persons so far by folded name. */
function knownPersons(doc: DocBuilder): Map<string, string> {
  return new Map([...doc.nodes.values()].filter((n) => n.label === 'Person').map((n) => [fold(n.name), n.id]));
}

/** Reads an answer with no reporting verb as a statement of whoever answers: the line's named speaker, else the interviewee. */
export function extractAnswer(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, spoken: boolean): void {
  const text = ctx.text;
  const prefix = PREFIX.exec(text);
  let start = 0;
  if (prefix) {
    // The article's persons are gathered only for a label with no mention in it, not for every labelled line.
    const named = labelledSpeaker(ctx, (name) => knownPersons(doc).get(name));
    if (named) memory.answering = named;
    else if (pattern('interview.asker', 'iu').test(prefix[1]) || ctx.question) memory.answering = undefined;
    else if (pattern('interview.answer', 'iu').test(prefix[1])) memory.answering = memory.interviewee;
    // "Mkuu : Non, ...": a name the recogniser did not take still labels an answer line.
    else if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(prefix[1])) memory.answering = memory.interviewee;
    else prefix.index = -1;
    if (prefix.index >= 0) start = prefix[0].length;
  }
  // "Hydrogène vert : « une chance » ou « une enclave » ? Débat croisé": a headline's question is no one's prompt.
  if (ctx.sentence.index === 0) return;
  if (ctx.question || memory.prompts?.has(ctx.sentence.index)) {
    memory.asked = true;
    memory.lastQuestion = ctx.sentence.index;
    return;
  }
  if (spoken || !memory.asked) return;
  // Every line between a question and the next is the guest's: "Ce sont des mensonges." needs no "nous" to be an answer.
  const speaker = start > 0 ? memory.answering : (memory.answering ?? memory.interviewee);
  if (!speaker) return;
  const content = text.slice(start).trim();
  // "Non." / "Jamais." answers the question: a denial of what it asked.
  const stance = pattern('interview.no', 'iu').test(content) ? 'DENIES' : stanceOf(p, false, content, content);
  const about = facts.filter((f) => f.sentenceId === ctx.sentence.id && f.start >= start);
  // An answer asserts only what the map holds: a fact it states, or a "yes" to what was asked. "C'est un partenaire
  // exigeant" is talk, and an edge for every line of a long interview would bury its few claims.
  if (stance === 'ASSERTS' && !about.length && !pattern('interview.yes', 'iu').test(content)) return;
  const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance, verb: null, date: null, dateText: null } satisfies Record<string, PropertyValue>);
  doc.mention(claim.id, ctx.sentence, start, text.length);
  doc.rel(stance, speaker, claim.id, [ctx.sentence.id]);
  for (const f of about) doc.rel('ABOUT', claim.id, f.id, [ctx.sentence.id]);
  // "Non. Nous n'avons jamais livré d'armes": the denial answers the charge asked about before.
  // "— Absolument pas.": the answer is to the question just asked, not to what the guest said before it.
  const since = Math.max(-1, ...memory.claims.filter((c) => c.speaker === speaker && c.sentenceIndex < (memory.lastQuestion ?? 0)).map((c) => c.sentenceIndex));
  const asked = (id: string) => sentenceIndexOf(facts.find((f) => f.id === id)?.sentenceId ?? '') > since;
  if (!about.length && stance !== 'ASSERTS') for (const t of earlierTransfers(p, doc, ctx, facts, speaker, stance, 0, content).filter(asked)) doc.rel('ABOUT', claim.id, t, [ctx.sentence.id]);
  applyStatus(doc, claim.id, stance);
  memory.claims.push({ id: claim.id, speaker, sentenceIndex: ctx.sentence.index });
}
