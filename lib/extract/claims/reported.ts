// "a démenti les informations du quotidien X selon lesquelles ...", "les accusations de l'ONG Y voulant que ...": a claim
// named by its noun, its source after "de", and what it says after "selon lesquelles". The source asserts it, whoever
// answers it in the main clause.
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions } from '../context';
import { pattern } from '../syntax/language';
import type { ClaimPatterns } from './patterns';
import { applyStatus, shorten, stanceOf } from './stance';
import { settleSpeaker } from './speakers';
import type { ClaimMemory, PlacedFact } from './types';

/** Reads each claim noun with its source and its content ("les informations de X selon lesquelles ...") as X's claim. */
export function extractReportedBy(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, used: Set<string>): void {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  for (const m of text.matchAll(pattern('claim.reportedBy', 'giu'))) {
    const after = m.index! + m[0].length;
    // The source is the first actor after "de", an outlet's description ("du quotidien") allowed between.
    const source = actorMentions(ctx).find((x) => x.start >= after && x.start - after <= 40);
    if (!source || !pattern('claim.reportedGap', 'iu').test(text.slice(after, source.start))) continue;
    const link = pattern('claim.reportedContent', 'iu').exec(text.slice(source.end, source.end + 80));
    if (!link || used.has(source.id)) continue;
    const contentStart = source.end + link.index + link[0].length;
    const content = text.slice(contentStart).trim().replace(/[.\s]+$/u, '');
    if (!/\p{L}/u.test(content)) continue;
    const stance = stanceOf(p, false, content, content);
    const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance, verb: m[0].trim().toLowerCase(), date: null, dateText: null });
    doc.mention(claim.id, ctx.sentence, m.index!, after);
    settleSpeaker(doc, source.id);
    doc.rel(stance, source.id, claim.id, [sid]);
    used.add(source.id);
    for (const f of facts) if (f.sentenceId === sid && f.start >= contentStart) doc.rel('ABOUT', claim.id, f.id, [sid]);
    applyStatus(doc, claim.id, stance);
    memory.claims.push({ id: claim.id, speaker: source.id, sentenceIndex: ctx.sentence.index });
  }
}
