import type { Sentence } from '../graph/schema';
import { sentenceId } from './ids';
import { pattern } from './syntax/language';

/** Options of the sentence splitter. */
export interface SplitOptions {
  /** Extra abbreviations (without the dot) after which a period never ends a sentence. */
  abbreviations?: string[];
}

// A period after these is part of the abbreviation ("M. Zelensky", "Dr. Kim", "av. J.-C.").
const ABBREVIATIONS = new Set(
  'M Mme Mmes Mlle MM Dr Pr Me Mgr St Ste Gén Gal Col Cdt Lt Sgt Capt Adm Prof av apr J.-C env cf etc éd p vol n° No art al Inc Ltd Co Jr Sr Mr Mrs Ms Gen'.split(' '),
);

// Line-level boilerplate of news sites (sentence.boilerplate in the language's patterns): newsletter prompts,
// share bars, hashtag clouds, dates.
/** True when a line is site furniture rather than article content. */
export function isBoilerplateLine(line: string): boolean {
  return pattern('sentence.boilerplate', 'i').test(line);
}

// Candidate end: terminal punctuation, optional closing quotes/brackets (a guillemet may stand after a space, as French
// sets it: ". » Pour X"), then space.
// A sentence also ends at a period glued to the next one ("russes.Le gardien"), a common scraping defect.
const END_RE = /[.!?…]+(?:[”»"')\]]|\s[»”])*(?=\s)|[.!?](?=\p{Lu}\p{Ll})/gu;

function endsWithAbbreviation(text: string, dotIndex: number, extra: Set<string>): boolean {
  const before = text.slice(0, dotIndex);
  const m = /([\p{L}.°-]+)$/u.exec(before);
  if (!m) return false;
  const word = m[1];
  if (ABBREVIATIONS.has(word) || extra.has(word)) return true;
  // Initials: "J. Smith", "G.W. Bush".
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** Splits one line into [start, end) ranges of sentences. */
function splitLine(line: string, extra: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of line.matchAll(END_RE)) {
    const end = m.index! + m[0].length;
    const punct = m[0][0];
    if (punct === '.' && endsWithAbbreviation(line, m.index!, extra)) continue;
    // A sentence continues when the next word starts in lower case ("? », a-t-il dit").
    const rest = line.slice(end).trimStart();
    // "M.Zelensky", "U.S.": a glued period after a single capital is an initial, not an end.
    if (!/\s/.test(line[end] ?? ' ') && /(?:^|[^\p{L}])\p{Lu}$/u.test(line.slice(0, m.index!))) continue;
    if (!rest || !/^[\p{Lu}\p{N}«“"‘(—–-]/u.test(rest)) continue;
    out.push([start, end]);
    start = end;
  }
  out.push([start, line.length]);
  return out;
}

/** Splits normalised article text into sentences with offsets and boilerplate flags. */
export function splitSentences(text: string, articleId: string, options: SplitOptions = {}): Sentence[] {
  const extra = new Set(options.abbreviations ?? []);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boilerplate = isBoilerplateLine(line);
    for (const [a, b] of splitLine(line, extra)) {
      const raw = line.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = lineStart + a + lead;
      const index = sentences.length;
      sentences.push({
        id: sentenceId(articleId, index),
        index,
        text: trimmed,
        start,
        end: start + trimmed.length,
        boilerplate,
      });
    }
    lineStart += line.length + 1;
  }
  return sentences;
}
