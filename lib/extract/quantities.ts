import type { Qualifier } from '../graph/schema';
import { activeLanguage, pattern, patternSource, perLanguage, type Language } from './syntax/language';
import { alternationOf, escapeRegExp } from './syntax/alternation';
import { perSentence } from './syntax/memo';

/** A quantity read from the text. */
export interface Quantity {
  value: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** "des milliers": an order of magnitude rather than a count. */
  vague: boolean;
  text: string;
  start: number;
  end: number;
}


/** The number patterns of a language, from its patterns.json (digits, number words, prefixes) and words.json. */
function numbersOf(lang: Language) {
  return perLanguage('quantities', (l) => {
    const src = (n: string) => patternSource(n, l);
    // Numbers in words, any length: "trente-six", "deux cents", "sept cent vingt-cinq mille", "soixante et onze".
    const word = src('quantity.word');
    const words = String.raw`(?:${word})(?:[- ](?:${word})(?![\p{L}])|${src('quantity.joined')})*|${src('quantity.article')}`;
    const number = String.raw`(?:${src('quantity.digits')}|${words})(?:\s+(?:${src('quantity.scale')}))?`;
    const re = new RegExp(
      String.raw`(?<![\p{L}\d-])(?:${src('quantity.prefix')})?(${number})(?:\s+(?:${src('quantity.rangeJoin')})\s+(${number}))?(?![\p{L}\d])|(?<![\p{L}])(?:${src('quantity.vague')}|${src('quantity.approx').replace('{approxNouns}', alternationOf(Object.keys(l.words.approxNouns)))})(?![\p{L}])`,
      'giu',
    );
    const compounds = Object.keys(l.words.compounds).sort((a, b) => b.length - a.length);
    return {
      re,
      compound: compounds.length ? new RegExp(compounds.map(escapeRegExp).join('|'), 'g') : undefined,
      scaleTail: new RegExp(String.raw`^(.*?)(?:\s+(${src('quantity.scaleAny')}))?$`),
      scaleEnd: new RegExp(String.raw`\s(${src('quantity.scaleAny')})$`, 'iu'),
      monthAfter: new RegExp(String.raw`^\s+(?:${l.words.months.join('|')})`, 'i'),
      groups: new RegExp(src('quantity.groupSeparator'), 'g'),
      decimal: src('quantity.decimalMark'),
      qualifiers: [['quantity.nearly', 'nearly'], ['quantity.approxPrefix', 'approx'], ['quantity.atLeast', 'at_least'], ['quantity.atMost', 'at_most']].map(([n, q]) => [new RegExp(src(n), 'i'), q] as [RegExp, Qualifier]),
    };
  }, lang);
}

/** Value of a number written in words ("deux cents" 200, "sept cent vingt-cinq mille" 725000); null if it is not one. */
function parseWords(w: string, lang: Language): number | null {
  const { words } = lang;
  const { compound } = numbersOf(lang);
  let total = 0;
  let current = 0;
  for (const t of (compound ? w.replace(compound, (c) => `#${words.compounds[c]}`) : w).split(/[- ]+/)) {
    if (words.joiners.includes(t)) continue;
    if (t.startsWith('#')) current += Number(t.slice(1));
    else if (words.hundreds.includes(t)) current = (current || 1) * 100;
    else if (words.thousands.includes(t)) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (t in words.numbers) current += words.numbers[t];
    else return null;
  }
  return total + current;
}

/** Parses "10 000", "1,5 million", "quarante" into a number (null if not a number). */
export function parseNumber(text: string, lang: Language = activeLanguage()): number | null {
  const t = text.trim().toLowerCase();
  const { scaleTail, groups, decimal } = numbersOf(lang);
  const scales = lang.words.scales;
  const m = scaleTail.exec(t)!;
  let base: number;
  const head = m[1];
  if (/^\d/.test(head)) base = Number(head.replace(groups, '').replace(decimal, '.'));
  else if (parseWords(head, lang) !== null) base = parseWords(head, lang)!;
  else if (head in scales && !m[2]) return scales[head];
  else return null;
  if (!Number.isFinite(base)) return null;
  return m[2] ? Math.round(base * scales[m[2]]) : base;
}

/** Finds every quantity in a text with its qualifier (exact, approx, nearly, at_least, at_most, range); read it only, it is shared. */
export function findQuantities(text: string, lang: Language = activeLanguage()): readonly Quantity[] {
  // The transfer readers each ask for the same sentence's quantities: read it once.
  return perSentence('quantities', text, lang, () => readQuantities(text, lang));
}

function readQuantities(text: string, lang: Language): Quantity[] {
  const out: Quantity[] = [];
  const { re, scaleEnd, monthAfter, qualifiers } = numbersOf(lang);
  const { scales, vaguePlurals, approxNouns } = lang.words;
  const range = pattern('quantity.range', 'iu', lang);
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[5]) {
      // "des dizaines de milliers": the orders of magnitude multiply ("thousands of" needs no determiner).
      const more = pattern('quantity.vagueMore', 'iu', lang).exec(text.slice(end));
      const value = vaguePlurals[m[5].toLowerCase()] * (more ? vaguePlurals[more[1].toLowerCase()] : 1);
      const stop = more ? end + more[0].length : end;
      out.push({ value, max: null, qualifier: 'at_least', vague: true, text: text.slice(start, stop), start, end: stop });
      continue;
    }
    if (m[6]) {
      const n = approxNouns[m[7].toLowerCase()];
      const plural = /s$/i.test(m[0]) || !pattern('quantity.singular', 'i', lang).test(m[6]);
      out.push({ value: n, max: null, qualifier: plural ? 'at_least' : 'approx', vague: plural, text: m[0], start, end });
      continue;
    }
    const prefix = m[1]?.toLowerCase();
    const value = parseNumber(m[2], lang);
    if (value === null) continue;
    // A bare year or a day of the month is not a count.
    const after = text.slice(end, end + 12);
    if (!prefix && monthAfter.test(after)) continue;
    if (!prefix && /^(19|20)\d\d$/.test(m[2]) ) continue;
    const ranged = prefix !== undefined && range.test(prefix);
    if (m[3] && ranged) {
      const max = parseNumber(m[3], lang);
      // "entre 1,6 et 2 millions", "entre deux et trois mille": the scale of the second bound applies to the first.
      const scale = scaleEnd.exec(m[3]);
      if (scale && !scaleEnd.test(m[2]) && max !== null && value < max / scales[scale[1].toLowerCase()] + 1) {
        out.push({ value: Math.round(value * scales[scale[1].toLowerCase()]), max, qualifier: 'range', vague: false, text: m[0], start, end });
        continue;
      }
      out.push({ value, max, qualifier: 'range', vague: false, text: m[0], start, end });
      continue;
    }
    if (ranged) {
      // "de 40 missiles": the preposition is not a qualifier; keep the number alone.
      const offset = m[0].indexOf(m[2]);
      out.push({ value, max: null, qualifier: 'exact', vague: false, text: m[2], start: start + offset, end: start + offset + m[2].length });
      continue;
    }
    const qualifier = prefix ? qualifiers.find(([q]) => q.test(prefix))?.[1] ?? 'exact' : 'exact';
    const numEnd = m[3] ? start + m[0].indexOf(m[2]) + m[2].length : end;
    out.push({ value, max: null, qualifier, vague: false, text: text.slice(start, numEnd), start, end: numEnd });
  }
  return out;
}
