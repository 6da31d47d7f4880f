import type { DocBuilder } from '../builder';
import { actorMentions, type SentenceContext } from '../context';
import { resolveSubjectPronoun, type Discourse } from '../discourse';
import { sentenceIndexOf } from '../ids';
import { blocInFocus, isSide } from './subjects';

/** The membership patterns the clitic readings need, compiled with the language's member nouns. */
export interface CliticGrammar {
  CLITIC_MEMBER: RegExp;
  /** Global ('g'), for matchAll. */
  CLITIC_PRONOUN: RegExp;
  ELLIPTIC_MEMBER: RegExp;
}

/** "Le Paraguay en est membre", "il en fait partie": a clitic for the body makes its subject a member of the bloc in focus; "n'en est pas" none. */
export function cliticMembers(doc: DocBuilder, ctx: SentenceContext, G: CliticGrammar, discourse?: Discourse): Array<[string, string]> {
  const text = ctx.text;
  const subjects: Array<[string | undefined, number]> = actorMentions(ctx).filter((m) => m.label !== 'Person').map((m) => [m.id, m.end]);
  for (const p of text.matchAll(G.CLITIC_PRONOUN)) subjects.push([discourse ? resolveSubjectPronoun(discourse, ctx, p.index) : undefined, p.index + p[0].length]);
  const out: Array<[string, string]> = [];
  for (const [id, end] of subjects) {
    const m = G.CLITIC_MEMBER.exec(text.slice(end));
    if (!m || m.groups?.neg || !isSide(id)) continue;
    const bloc = blocInFocus(doc, ctx, end, discourse);
    if (bloc && bloc !== id) out.push([id, bloc]);
  }
  return out;
}

/** "La France est membre du Club de Paris, l'Allemagne l'est aussi": the body of the membership just read, in this sentence or the one before. */
export function ellipticMembers(doc: DocBuilder, ctx: SentenceContext, G: CliticGrammar): Array<[string, string]> {
  // The sentence's own test first: most have no "l'est aussi", and the document's relationships need no scan then.
  const elliptic = actorMentions(ctx).filter((m) => m.label !== 'Person' && G.ELLIPTIC_MEMBER.test(ctx.text.slice(m.end)));
  if (!elliptic.length) return [];
  const here = ctx.sentence.index;
  const last = [...doc.relationships.values()].filter((r) => r.type === 'MEMBER_OF' && r.evidence.some((e) => here - sentenceIndexOf(e) <= 1 && sentenceIndexOf(e) <= here)).at(-1);
  if (!last) return [];
  return elliptic.filter((m) => m.id !== last.target).map((m) => [m.id, last.target]);
}
