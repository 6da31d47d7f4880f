import type { DocBuilder } from '../builder';
import type { SentenceContext } from '../context';
import type { Discourse } from '../discourse';
import { endpoint, endpointId } from './endpoints';

// Whom "nous" speaks for: the speaker a quote is attributed to in its sentence ("« Nous avons envoyé... »,
// a déclaré le ministre turc"), else the guest of an interview. An op-ed's "nous" (its readers, Europe) names nobody.
const INTERVIEWEE = new WeakMap<Discourse, string>();

/** Records the person an article interviews: the answers' "nous" is that person's side. */
export function noteInterviewee(discourse: Discourse, id: string | undefined): void {
  if (id) INTERVIEWEE.set(discourse, id);
}

/** The [open, close) span of the quote around `at`, if `at` sits inside one. */
function quoteAround(text: string, at: number): [number, number] | undefined {
  const open = Math.max(text.lastIndexOf('«', at), text.lastIndexOf('“', at));
  if (open < 0) return undefined;
  const closedBefore = Math.max(text.lastIndexOf('»', at), text.lastIndexOf('”', at));
  if (closedBefore > open) return undefined;
  const ends = [text.indexOf('»', at), text.indexOf('”', at)].filter((i) => i >= 0);
  return [open, ends.length ? Math.min(...ends) + 1 : text.length];
}

/** The side "nous" at `at` stands for: the state (or body) of the quote's speaker, else of the interviewee. */
export function speakerSide(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse, at: number): string | undefined {
  const quote = quoteAround(ctx.text, at);
  if (quote) {
    const [open, close] = quote;
    // The attribution after the quote comes first ("», a déclaré le ministre turc"), then the one before ("X : «").
    const after = ctx.mentions.filter((m) => m.start >= close);
    const before = ctx.mentions.filter((m) => m.end <= open).reverse();
    for (const m of [...after, ...before]) {
      const e = m.label === 'Location' ? undefined : endpoint(doc, m, personCountry);
      if (e) return e;
    }
  }
  const guest = INTERVIEWEE.get(discourse);
  return guest ? endpointId(doc, guest, personCountry) : undefined;
}

/** The person "je" at `at` is: the quote's speaker named in its sentence, else the interviewee. */
export function speakingPerson(ctx: SentenceContext, discourse: Discourse, at: number): string | undefined {
  const quote = quoteAround(ctx.text, at);
  if (quote) {
    const people = ctx.mentions.filter((m) => m.label === 'Person');
    const named = people.find((m) => m.start >= quote[1]) ?? people.filter((m) => m.end <= quote[0]).at(-1);
    if (named) return named.id;
  }
  return INTERVIEWEE.get(discourse);
}
