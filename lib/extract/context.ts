import type { Sentence } from '../graph/schema';
import type { DocBuilder } from './builder';
import type { DateMention } from './dates';
import type { EntityMention } from './entities';
import { ORGS, PERSONS } from './lexicon';
import { pattern } from './syntax/language';

/** Everything the fact extractors know about one sentence. */
export interface SentenceContext {
  sentence: Sentence;
  text: string;
  mentions: EntityMention[];
  dates: DateMention[];
  /** True for headings asked as questions: they announce facts rather than state them. */
  question: boolean;
  /** The line of the article the sentence stands on: the sentences of one paragraph share it. */
  paragraph?: number;
}

/** Mentions that can act (states, bodies, people), demonym adjectives excluded. */
export function actorMentions(ctx: SentenceContext): EntityMention[] {
  return ctx.mentions.filter((m) => m.label !== 'Location' && !(m.via === 'demonym' && !isNounDemonym(m)));
}

/** "les Nord-Coréens" is a noun (people), "soldats nord-coréens" an adjective: the language's demonym.noun pattern tells. */
export function isNounDemonym(m: EntityMention): boolean {
  return m.via === 'demonym' && pattern('demonym.noun', 'u').test(m.text);
}

// Clause limits (clause.break): a comma is kept inside (appositions, inverted reporting verbs), these are not.

/** [start, end) of the clause around an offset. */
export function clauseAround(text: string, offset: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(pattern('clause.break', 'giu'))) {
    const b = m.index!;
    if (b < offset) start = b + m[0].length;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}


/** Subject of a verb: the last actor before it in the clause (with coordinated ones), not governed by a preposition. */
export function subjectBefore(ctx: SentenceContext, offset: number, clauseStart = 0): EntityMention[] {
  const candidates = actorMentions(ctx).filter((m) => m.end <= offset && m.start >= clauseStart);
  // "La Turquie ne promet rien mais a fourni": a verb right after "mais" (past clitics and auxiliaries) shares the
  // subject of the clause "mais" closes.
  const but = candidates.length || clauseStart < 6 ? null : pattern('subject.butShared', 'iu').exec(ctx.text.slice(clauseStart - 6, offset));
  if (but) return subjectBefore(ctx, clauseStart - 6 + but.index, clauseAround(ctx.text, clauseStart - 6)[0]);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const m = candidates[k];
    // "l'Africa Corps remplace Wagner et livre des blindés": a verb joined by "et" shares the subject of the verb
    // before it; the actor just before "et" is that verb's object.
    if (k > 0 && pattern('subject.sharedVerb', 'iu').test(ctx.text.slice(m.end, offset)) && !pattern('subject.andBefore').test(ctx.text.slice(candidates[k - 1].end, m.start)))
      return subjectBefore(ctx, m.start, clauseStart);
    const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
    if (pattern('subject.prepositionBefore').test(before)) continue;
    // "chercheur à l'Institut ... (Ifri), estime": an acronym in brackets glosses a name, it is no subject.
    if (/\(\s*$/u.test(before)) continue;
    // "X, qui dirige la junte depuis 2021, a démenti": what a relative clause names is not the subject.
    if (pattern('subject.relativeBefore', 'iu').test(ctx.text.slice(clauseStart, m.start)) && /^[^,]*,/u.test(ctx.text.slice(m.end, offset))) continue;
    // Skip past an apposition: "Le porte-parole du Conseil, Sean Savett, a déclaré".
    // Coordinated subjects: "La Russie et l'Ukraine", "Les États-Unis, le Japon et la Corée du Sud".
    const subject = [m];
    let joinedByEt = false;
    for (let j = k - 1; j >= 0; j--) {
      const gap = ctx.text.slice(candidates[j].end, subject[0].start);
      const head = ctx.text.slice(Math.max(0, candidates[j].start - 30), candidates[j].start);
      // "X, et le président du Somaliland, Y, ont signé": the body completing Y's title is no subject of its own.
      if (pattern('subject.prepositionBefore').test(head)) {
        // "l'ambassadeur de Chine à Nairobi, Y": a title's complements may be several, each governed by a preposition.
        if (subject[0].label === 'Person' && (pattern('subject.listComma').test(gap) || pattern('subject.titleComplements', 'u').test(gap))) continue;
        break;
      }
      // "M. Poutine et le dirigeant nord-coréen Kim Jong-un": a title may sit between "et" and the name.
      // "Le président iranien X et son homologue vénézuélien Y", "X, et son homologue kényan, Y": a possessive and commas too.
      // "Moscou comme Pyongyang démentent", "Moscou ainsi que Pyongyang": joined subjects too (subject.andBefore).
      // "des doses achetées par son agence sanitaire X, et les États-Unis en ont offert": a participle's agent is no co-subject.
      if (pattern('subject.agentBefore').test(ctx.text.slice(Math.max(0, candidates[j].start - 50), candidates[j].start))) break;
      if (pattern('subject.andBefore').test(gap) && !joinedByEt) {
        joinedByEt = true;
        subject.unshift(candidates[j]);
      } else if (pattern('subject.listComma').test(gap) && joinedByEt) subject.unshift(candidates[j]);
      else break;
    }
    return subject;
  }
  // "Électricité du Laos (EDL) livrera": a body known only by the acronym its unknown name is glossed with, right
  // before the verb group, is the subject the bracket would otherwise hide.
  const glossed = candidates.find((m) => m.label === 'Organization' && /\(\s*$/u.test(ctx.text.slice(clauseStart, m.start)) && /^\s*\)(?:\s+\p{Ll}[\p{L}'’-]*)*\s*$/u.test(ctx.text.slice(m.end, offset)));
  return glossed ? [glossed] : [];
}

/** First actor right after an offset (articles and a few filler words allowed). */
export function actorAfter(ctx: SentenceContext, offset: number, maxGap = 40, places = false): EntityMention | undefined {
  // "livré des missiles au groupe", "versé au pays": a pointing-back noun read with its fused article ("au" is "à le")
  // starts on the preposition that the caller's marker already took.
  const fused = (x: EntityMention) => x.via === 'coref' && x.start < offset && x.end > offset && !/\s/u.test(ctx.text.slice(x.start, offset).trim());
  const m = actorMentions(ctx)
    .concat(ctx.mentions.filter((x) => x.via === 'demonym' || (places && x.label === 'Location')))
    .filter((x) => (x.start >= offset && x.start - offset <= maxGap) || fused(x))
    .sort((a, b) => a.start - b.start)[0];
  return m;
}

/** The state an actor speaks or acts for: itself, its organisation's country, its person's country. */
export function countryOfActor(doc: DocBuilder, id: string, personCountry: Map<string, string>): string | undefined {
  if (id.startsWith('country:')) return id;
  if (id.startsWith('person:')) {
    const known = personCountry.get(id);
    if (known) return known;
    const role = PERSONS.get(id)?.roles.find((r) => r.country);
    return role?.country ? `country:${role.country}` : undefined;
  }
  if (id.startsWith('org:')) {
    const c = doc.nodes.get(id)?.properties.country ?? ORGS.get(id)?.country;
    if (typeof c === 'string' && c) return `country:${c}`;
    // Alliances and UN bodies act in their own name.
    return id;
  }
  return undefined;
}

