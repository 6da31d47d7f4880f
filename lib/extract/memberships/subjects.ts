import type { DocBuilder } from '../builder';
import { actorMentions, type SentenceContext } from '../context';
import { resolveSubjectPronoun, type Discourse } from '../discourse';
import type { EntityMention } from '../entities';
import { sentenceIndexOf } from '../ids';
import { ORGS } from '../lexicon';
import { parseNumber } from '../quantities';
import { pattern } from '../syntax/language';
import { listUpTo } from './lists';

/** The membership patterns these readings need, compiled with the language's member nouns, copulas and "de" forms. */
export interface SubjectGrammar {
  MEMBER_AFTER: RegExp;
  COUNTED_SUBJECT: RegExp;
  LIKE_SPLIT: RegExp;
  LIKE_SPLIT_OF: RegExp;
  LIKE_SPLIT_MEMBER: RegExp;
}

/** Whether an id names a state or a body, the sides a membership joins. */
export const isSide = (id: string | undefined): id is string => !!id && (id.startsWith('country:') || id.startsWith('org:'));

/** The last `n` distinct states named before `at`: in this sentence, then in the three before, latest first. */
export function lastStates(ctx: SentenceContext, at: number, n: number, discourse?: Discourse): string[] {
  const out: string[] = [];
  const take = (id: string) => id.startsWith('country:') && !out.includes(id) && out.length < n && out.push(id);
  for (const m of actorMentions(ctx).filter((x) => x.end <= at).reverse()) take(m.id);
  for (const s of (discourse?.sentences ?? []).filter((x) => x.index < ctx.sentence.index && ctx.sentence.index - x.index <= 3).reverse()) s.actors.forEach(take);
  return out;
}

/**
 * "Ces trois pays, comme la France, sont membres de l'Otan", "Les quatre États sont membres du Conseil": a counted plural
 * subject stands for the last states named, as many as it counts (two are a pair, read with the pair nouns).
 */
export function countedMembers(ctx: SentenceContext, org: EntityMention, G: SubjectGrammar, discourse?: Discourse): string[] {
  const m = G.COUNTED_SUBJECT.exec(ctx.text.slice(0, org.start));
  const n = m?.groups ? parseNumber(m.groups.n) : null;
  if (!m?.groups || !n || n < 3) return [];
  // The comparison in an incise is a member of its own, read with the verb after it.
  if (!G.MEMBER_AFTER.test(m.groups.gap.replace(pattern('membership.likeIncise'), ''))) return [];
  const states = lastStates(ctx, m.index, n, discourse);
  return states.length === n ? states : [];
}

/** "Il est membre de l'OCS", "Elle a rejoint l'Otan": a singular pronoun subject, the state or body it takes up. */
export function pronounMember(ctx: SentenceContext, org: EntityMention, G: SubjectGrammar, discourse?: Discourse): string | undefined {
  const m = pattern('membership.singularPronoun').exec(ctx.text.slice(0, org.start));
  if (!m?.groups || !discourse || !G.MEMBER_AFTER.test(m.groups.gap)) return undefined;
  const meant = resolveSubjectPronoun(discourse, ctx, m.index + m[0].length - m.groups.gap.length - m.groups.pronoun.length);
  return isSide(meant) ? meant : undefined;
}

/** "Les Kirghizes, membres comme les Kazakhs de l'UEE", "X, membre, comme Y, de Z": a comparison between the member noun and its body. */
export function likeSplitMembers(ctx: SentenceContext, org: EntityMention, actors: EntityMention[], G: SubjectGrammar): EntityMention[] {
  const text = ctx.text;
  const last = [...actors].reverse().find((a) => a.end <= org.start);
  // "L'UA, membre comme la Ligue arabe de l'OCI": a body compared with a body is a member as a state is.
  if (!last || !isSide(last.id) || !G.LIKE_SPLIT_OF.test(text.slice(last.end, org.start))) return [];
  const compared = listUpTo(last, actors, text, 'membership.listGap', [last.label]);
  const lead = G.LIKE_SPLIT.exec(text.slice(0, compared[0].start));
  if (!lead) return [];
  const member = [...actors].reverse().find((a) => a.end <= lead.index);
  return member && G.LIKE_SPLIT_MEMBER.test(text.slice(member.end, lead.index)) ? [member, ...compared] : [];
}

/**
 * The bloc (a body of member states) in focus at `at`: of the latest sentence (this one or the two before) that names
 * one, its subject if a bloc is, else the bloc it names last.
 */
export function blocInFocus(doc: DocBuilder, ctx: SentenceContext, at: number, discourse?: Discourse): string | undefined {
  const here = ctx.sentence.index;
  const named = new Map<number, Array<{ id: string; start: number }>>();
  for (const n of doc.nodes.values()) {
    // A bloc's own body (its commission, its bank) has no member states of its own.
    if (n.label !== 'Organization' || ORGS.get(n.id)?.kind !== 'alliance' || ORGS.get(n.id)?.partOf) continue;
    for (const x of n.mentions) {
      const index = sentenceIndexOf(x.sentence);
      if (index > here || here - index > 2 || (index === here && x.start >= at)) continue;
      named.set(index, [...(named.get(index) ?? []), { id: n.id, start: x.start }]);
    }
  }
  for (let index = here; index >= here - 2; index--) {
    const blocs = (named.get(index) ?? []).sort((a, b) => a.start - b.start);
    if (!blocs.length) continue;
    const subject = discourse?.sentences.find((s) => s.index === index)?.subject;
    return blocs.find((b) => b.id === subject)?.id ?? blocs.at(-1)!.id;
  }
  return undefined;
}

/**
 * "la Grèce, Chypre et Malte, trois États membres qui ...": a bare "États membres" in apposition to a list of states,
 * with no body after it, makes them members of the bloc named last: [member, bloc] pairs, as the clitic readings give.
 */
export function bareMembers(doc: DocBuilder, ctx: SentenceContext): Array<[string, string]> {
  const text = ctx.text;
  const states = actorMentions(ctx).filter((m) => m.label === 'Country');
  const last = states.find((m) => pattern('membership.bareMembers').test(text.slice(m.end)));
  if (!last) return [];
  const members = listUpTo(last, states, text);
  const bloc = blocInFocus(doc, ctx, members[0].start);
  return bloc ? members.map((m) => [m.id, bloc]) : [];
}
