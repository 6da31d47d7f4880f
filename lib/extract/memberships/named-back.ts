import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import type { EntityMention } from '../entities';
import { sentenceIndexOf } from '../ids';
import { pattern } from '../syntax/language';
import { fold } from '../text';

/** The words of a body's name, folded ("la Fédération norvégienne de football": fédération, norvégienne, de, football). */
const nameWords = (name: string) => fold(name).split(/[\s'’-]+/u);

/**
 * "membres fondateurs de la banque": a common noun after the member noun (membership.bodyNamedBack) that names again a
 * body of this sentence or the three before, the latest whose name holds it ("la Nouvelle banque de développement").
 */
export function bodiesNamedBack(doc: DocBuilder, ctx: SentenceContext, re: RegExp): EntityMention[] {
  const here = ctx.sentence.index;
  const recent = (n: { mentions: Array<{ sentence: string }> }) => n.mentions.some((x) => sentenceIndexOf(x.sentence) <= here && here - sentenceIndexOf(x.sentence) <= 3);
  return namedBack(doc, ctx, re, recent, (m) => [m.groups!.noun]);
}

/**
 * "La fédération norvégienne, membre de l'UEFA", after "la Fédération norvégienne de football": a definite common noun
 * and its adjective (membership.bodyDescribedBack) that both stand in the name of a body named earlier in the article
 * name it again. The latest such body is meant.
 */
export function bodiesDescribedBack(doc: DocBuilder, ctx: SentenceContext): EntityMention[] {
  const here = ctx.sentence.index;
  const earlier = (n: { mentions: Array<{ sentence: string }> }) => n.mentions.some((x) => sentenceIndexOf(x.sentence) < here);
  return namedBack(doc, ctx, pattern('membership.bodyDescribedBack', 'giu'), earlier, (m) => [m.groups!.noun, m.groups!.adjective]);
}

/** The mentions of bodies `re` names again by words of their names (the match's last group ends the mention). */
function namedBack(doc: DocBuilder, ctx: SentenceContext, re: RegExp, eligible: (n: { mentions: Array<{ sentence: string }> }) => boolean, wordsOf: (m: RegExpMatchArray) => string[]): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = (from: number, to: number) => ctx.mentions.some((m) => m.start < to && m.end > from && m.label !== 'Country');
  let bodies: Array<{ id: string; words: string[] }> | undefined;
  for (const m of ctx.text.matchAll(re)) {
    const said = wordsOf(m);
    const end = m.index! + m[0].length;
    const start = m.index! + m[0].lastIndexOf(said[0]);
    if (taken(start, end)) continue;
    bodies ??= [...doc.nodes.values()].filter((n) => n.label === 'Organization' && eligible(n)).map((n) => ({ id: n.id, words: nameWords(n.name) }));
    const body = bodies.filter((b) => said.every((w) => b.words.includes(fold(w)))).at(-1);
    if (body) out.push({ id: body.id, label: 'Organization', via: 'coref', start, end, text: ctx.text.slice(start, end), from: -1, to: -1 });
  }
  return out;
}
