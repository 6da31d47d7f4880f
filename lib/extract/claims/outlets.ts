// "Le quotidien rappelle que ...", "selon le site", ", note le quotidien du soir": a news outlet named again by its head
// noun alone, in a press review or a dispatch that quoted it before. The noun stands for the outlet last named.
import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import type { EntityMention } from '../entities';
import { fold } from '../text';
import { alternationOf } from '../syntax/alternation';
import { filledRegExps } from '../relation-words';
import { perLanguage, type Language } from '../syntax/language';
import { reportingOf } from './patterns';
import type { ClaimMemory } from './types';

/** How far back, in sentences, an outlet's head noun may reach for the outlet it names. */
const OUTLET_REACH = 4;

function compileOutlets(lang: Language) {
  const outlets = alternationOf(reportingOf(lang).outlets ?? [], { apostrophes: false });
  const re = filledRegExps('claim', { outlets }, lang);
  return {
    // "Le quotidien rappelle", "Le site d'information, lui, affirme": the noun opens the clause of the verb.
    BEFORE: re('outletBefore'),
    // ", note le quotidien du soir", "rapporte l'agence": the noun right after an inverted verb, no name after it
    // (case-sensitive: under 'i' a capital letter class would match any letter).
    AFTER: re('outletAfter', 'u'),
    // "selon le journal", "pour le quotidien romain": the noun a source word governs.
    SOURCE: re('outletSource', 'u'),
    // "le site d'information TSA": the head noun an outlet was introduced with, right before its name.
    INTRODUCED: re('outletIntroduced'),
  };
}

const outletGrammar = (lang?: Language) => perLanguage('claims.outlets', compileOutlets, lang);

/** Remembers the news outlets and bodies a sentence names, in order, for a head noun in a later sentence to point back to. */
export function rememberOutlets(ctx: SentenceContext, memory: ClaimMemory): void {
  for (const m of ctx.mentions) if (m.label === 'Organization') (memory.organizations ??= []).push({ id: m.id, sentenceIndex: ctx.sentence.index, noun: introducedAs(ctx, m) });
}

/** The outlet noun a mention was introduced with ("le site d'information TSA": "site"), if any. */
function introducedAs(ctx: SentenceContext, m: EntityMention): string | undefined {
  const n = outletGrammar().INTRODUCED.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  return n ? fold(n[1]) : undefined;
}

/** The outlet a head noun ("le quotidien", "l'agence") stands for: the last news outlet named before `at`, or a body whose name holds the noun. */
function outletNamed(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, at: number, noun: string): string | undefined {
  const word = fold(noun);
  // An outlet introduced as a site is not "le quotidien": the noun must be the one it came with, if it came with one.
  const fits = ({ id, noun: introduced }: { id: string; noun?: string }) => {
    const n = doc.nodes.get(id);
    if (!n || (introduced && introduced !== word)) return false;
    return n.properties.kind === 'media' || [n.name, ...n.aliases].some((f) => fold(f).split(/[\s'’-]+/).includes(word));
  };
  const here = ctx.mentions.filter((m) => m.label === 'Organization' && m.end <= at).map((m) => ({ id: m.id, noun: introducedAs(ctx, m) }));
  const earlier = (memory.organizations ?? []).filter((o) => o.sentenceIndex < ctx.sentence.index && o.sentenceIndex >= ctx.sentence.index - OUTLET_REACH);
  return [...earlier, ...here].reverse().find(fits)?.id;
}

/** "Le quotidien rappelle que": the outlet the clause before a reporting verb names by its head noun alone. */
export function outletBefore(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, clauseStart: number, at: number): string | undefined {
  const m = outletGrammar().BEFORE.exec(ctx.text.slice(clauseStart, at));
  return m ? outletNamed(doc, ctx, memory, clauseStart + m.index, m[1]) : undefined;
}

/** ", note le quotidien du soir": the outlet named by its head noun right after an inverted verb. */
export function outletAfter(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, offset: number): string | undefined {
  const m = outletGrammar().AFTER.exec(ctx.text.slice(offset, offset + 60));
  return m ? outletNamed(doc, ctx, memory, offset, m[1]) : undefined;
}

/** "selon le journal", "pour le quotidien romain": the outlet a source word governs by its head noun alone. */
export function outletSource(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, offset: number): string | undefined {
  const m = outletGrammar().SOURCE.exec(ctx.text.slice(offset, offset + 60));
  return m ? outletNamed(doc, ctx, memory, offset, m[1]) : undefined;
}

/** "…, note le quotidien, qui cite …": the outlet a head noun ending the text before `at` names, the antecedent of a relative. */
export function outletEnding(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, at: number): string | undefined {
  const m = outletGrammar().INTRODUCED.exec(ctx.text.slice(Math.max(0, at - 40), at));
  return m ? outletNamed(doc, ctx, memory, at, m[1]) : undefined;
}
