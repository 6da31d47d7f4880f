// "a indiqué l'autorité portuaire", "L'autorité portuaire ne confirme pas": a public body named by its common noun
// alone, with no name anywhere near, still speaks; it is proposed as an organisation of that name (claim.unnamedBody).
import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import { filledClaimPattern } from './patterns';
import { proposeSpeaker } from './speakers';

/** ", a indiqué l'autorité portuaire.": the nameless body ending the clause right after an inverted verb at `offset`. */
export function unnamedBodyAfter(doc: DocBuilder, ctx: SentenceContext, offset: number): string | undefined {
  const m = filledClaimPattern('unnamedBodyAfter').exec(ctx.text.slice(offset));
  return m ? proposeSpeaker(doc, ctx, m[1], offset + m.index + m[0].indexOf(m[1])) : undefined;
}

/** "L'autorité portuaire ne confirme pas": the nameless body that is the whole subject of the clause `clause` starting at `clauseStart`. */
export function unnamedBodyBefore(doc: DocBuilder, ctx: SentenceContext, clause: string, clauseStart: number): string | undefined {
  const m = filledClaimPattern('unnamedBodyBefore').exec(clause);
  return m ? proposeSpeaker(doc, ctx, m[1], clauseStart + m.index + m[0].indexOf(m[1])) : undefined;
}
