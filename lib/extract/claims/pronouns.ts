// Who an inverted pronoun stands for (", m'a-t-il confirmé", "», me dit-elle"): the person a sentence is about.
import type { SentenceContext } from '../context';
import type { ArticleEntities } from '../entities';
import { type ClaimPatterns, afterPreposition } from './patterns';
import { beforeQuoteOpened } from './quotes';
import type { ClaimMemory } from './types';

/** The person subject of a sentence before `upTo`: the first person named that no preposition governs and no quote holds. */
export function sentenceSubject(p: ClaimPatterns, ctx: SentenceContext, upTo = Infinity): string | undefined {
  const text = ctx.text;
  return ctx.mentions.find((m) => m.label === 'Person' && m.end <= upTo && !afterPreposition(p, text, m.start) && !/[«“"]/.test(text.slice(0, m.start)))?.id;
}

/**
 * The person an inverted pronoun at `verbStart` stands for, when the sentence itself says it: its own subject ("Le
 * ministre, X, a renoncé à l'échange, qui « … », m'a-t-il confirmé"), or, closing a quote opened sentences before, the
 * subject of the sentence that led into the quote ("X se souvient. « … . … », me dit-il").
 */
export function pronounAntecedent(p: ClaimPatterns, ctx: SentenceContext, memory: ClaimMemory, verbStart: number): string | undefined {
  const own = sentenceSubject(p, ctx, verbStart);
  if (own) return own;
  const led = beforeQuoteOpened(ctx, memory);
  return led === undefined ? undefined : memory.subjects?.get(led);
}

/**
 * The person a subject pronoun at `from` may stand for: the last speaker, else the last person seen, but never one the
 * sentence names only after the pronoun ("Il a affirmé que Vladimir Poutine …": "il" is not Poutine).
 */
export function pronounPerson(ctx: SentenceContext, memory: ClaimMemory, state: ArticleEntities, from: number): string | undefined {
  const persons = ctx.mentions.filter((m) => m.label === 'Person');
  const earlier = new Set(persons.filter((m) => m.end <= from).map((m) => m.id));
  const later = new Set(persons.filter((m) => m.start >= from && !earlier.has(m.id)).map((m) => m.id));
  const open = (id: string | undefined) => id !== undefined && !later.has(id);
  return open(memory.lastSpeakerPerson) ? memory.lastSpeakerPerson : state.personsSeen.findLast(open);
}
