// "Elle a été reprise par l'ancien député X", "Cette rumeur a été relayée par Y": a claim told before, relayed in the
// passive by someone named after "par". Whoever relays it asserts it, about the facts it told. A pronoun stands for a
// claim only when the sentence before told one (a quotation or a claim noun): "Elle a été reprise par l'armée" after a
// town taken is no relay.
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions } from '../context';
import { pattern } from '../syntax/language';
import { sentenceId } from '../ids';
import type { ClaimPatterns } from './patterns';
import { shorten } from './stance';
import { settleSpeaker, speakerAfter } from './speakers';
import type { ClaimMemory, PlacedFact } from './types';

/** Reads a claim relayed in the passive as the relayer's assertion, about the facts of the sentence before. */
export function extractRelayed(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, used: Set<string>): void {
  const text = ctx.text;
  const m = pattern('claim.relayedPassive', 'iu').exec(text);
  if (!m) return;
  const after = m.index + m[0].length;
  const by = pattern('claim.relayedBy', 'u').exec(text.slice(after));
  if (!by) return;
  // "par le ministre sénégalais de la Pêche, Fatou Diouf": a title, then the name of who holds it.
  const agent = speakerAfter(ctx, after + by[0].length) ?? actorMentions(ctx).find((x) => x.start >= after && pattern('claim.relayedAgentGap', 'iu').test(text.slice(after, x.start)));
  if (!agent || used.has(agent.id)) return;
  const prevIndex = ctx.sentence.index - 1;
  const prevId = sentenceId(doc.articleId, prevIndex);
  const before = memory.texts?.get(prevId) ?? '';
  const noun = p.CLAIM_NOUN.test(m[0]) || pattern('claim.relayedNoun', 'iu').test(m[0]);
  if (!noun && !/[«“"]/u.test(before) && !p.CLAIM_NOUN.test(before)) return;
  const told = facts.filter((f) => f.sentenceId === prevId && doc.nodes.get(f.id)?.label === 'Transfer');
  const earlier = memory.claims.filter((c) => c.sentenceIndex === prevIndex);
  if (!told.length && !earlier.length) return;
  const content = text.slice(m.index).trim();
  const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance: 'ASSERTS', verb: m[0].trim().toLowerCase(), date: null, dateText: null });
  doc.mention(claim.id, ctx.sentence, m.index, after);
  settleSpeaker(doc, agent.id);
  doc.rel('ASSERTS', agent.id, claim.id, [ctx.sentence.id]);
  used.add(agent.id);
  for (const f of told) doc.rel('ABOUT', claim.id, f.id, [ctx.sentence.id]);
  for (const c of earlier) doc.rel('ABOUT', claim.id, c.id, [ctx.sentence.id]);
  memory.claims.push({ id: claim.id, speaker: agent.id, sentenceIndex: ctx.sentence.index });
}
