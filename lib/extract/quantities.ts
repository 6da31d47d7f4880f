import type { Qualifier } from '../graph/schema';

/** A quantity read from French text. */
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

const WORD_NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50,
  soixante: 60, cent: 100, cents: 100, mille: 1000,
};
const SCALES: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };
const APPROX_NOUNS: Record<string, number> = { dizaine: 10, vingtaine: 20, trentaine: 30, cinquantaine: 50, centaine: 100, millier: 1000 };
const VAGUE_PLURALS: Record<string, number> = { dizaines: 10, centaines: 100, milliers: 1000, millions: 1e6, milliards: 1e9 };

// Thousands are grouped with a space, a no-break space or a narrow no-break space ("10 000").
const DIGITS = String.raw`\d{1,3}(?:[ \u00A0\u202F.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
// Numbers in words, any length: "trente-six", "deux cents", "sept cent vingt-cinq mille", "soixante et onze".
const WORD = 'quatre-vingts?|soixante|cinquante|quarante|trente|vingts?|dix|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|six|sept|huit|neuf|cents?|mille';
const WORDS = String.raw`(?:${WORD})(?:[- ](?:${WORD})(?![\p{L}])|[- ]et[- ](?:un|une|onze)(?![\p{L}]))*|(?:un|une)(?=\s+(?:mille|millions?|milliards?)(?![\p{L}]))`;

/** Value of a number written in words ("deux cents" 200, "sept cent vingt-cinq mille" 725000); null if it is not one. */
function parseWords(w: string): number | null {
  let total = 0;
  let current = 0;
  for (const t of w.replace(/quatre-vingts?/g, 'quatrevingt').split(/[- ]+/)) {
    if (t === 'et') continue;
    if (t === 'quatrevingt') current += 80;
    else if (t === 'cent' || t === 'cents') current = (current || 1) * 100;
    else if (t === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (t in WORD_NUMBERS) current += WORD_NUMBERS[t];
    else return null;
  }
  return total + current;
}
const NUMBER = String.raw`(?:${DIGITS}|${WORDS})(?:\s+(?:millions?|milliards?))?`;
const PREFIX = String.raw`(près de|presque|pas loin de|environ|quelque|approximativement|autour de|plus d['’]|plus de|au moins|pas moins de|au minimum|jusqu['’]à|au maximum|au plus|moins de|entre|de)(?:\s+|(?<=['’]))`;

const QUANTITY_RE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${PREFIX})?(${NUMBER})(?:\s+(?:et|à)\s+(${NUMBER}))?(?![\p{L}\d])|(?<![\p{L}])(?:(plusieurs|des|quelques)\s+(dizaines|centaines|milliers|millions|milliards)|(une?|quelques|plusieurs)\s+(dizaine|vingtaine|trentaine|cinquantaine|centaine|millier)s?)(?![\p{L}])`,
  'giu',
);

const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/^(près de|presque|pas loin de)$/i, 'nearly'],
  [/^(environ|quelque|approximativement|autour de)$/i, 'approx'],
  [/^(plus d['’]|plus de|au moins|pas moins de|au minimum)$/i, 'at_least'],
  [/^(jusqu['’]à|au maximum|au plus|moins de)$/i, 'at_most'],
];

/** Parses "10 000", "1,5 million", "quarante" into a number (null if not a number). */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const m = /^(.*?)(?:\s+(mille|millions?|milliards?))?$/.exec(t)!;
  let base: number;
  const head = m[1];
  if (/^\d/.test(head)) base = Number(head.replace(/[ \u00A0\u202F.]/g, '').replace(',', '.'));
  else if (parseWords(head) !== null) base = parseWords(head)!;
  else if (head in SCALES && !m[2]) return SCALES[head];
  else return null;
  if (!Number.isFinite(base)) return null;
  return m[2] ? Math.round(base * SCALES[m[2]]) : base;
}

/** Finds every quantity in a text with its qualifier (exact, approx, nearly, at_least, at_most, range). */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[4]) {
      // "des dizaines de milliers": the orders of magnitude multiply.
      const more = /^\s+de\s+(milliers|millions|milliards)(?![\p{L}])/iu.exec(text.slice(end));
      const value = VAGUE_PLURALS[m[5].toLowerCase()] * (more ? VAGUE_PLURALS[more[1].toLowerCase()] : 1);
      const stop = more ? end + more[0].length : end;
      out.push({ value, max: null, qualifier: 'at_least', vague: true, text: text.slice(start, stop), start, end: stop });
      continue;
    }
    if (m[6]) {
      const n = APPROX_NOUNS[m[7].toLowerCase()];
      const plural = /s$/i.test(m[0]) || !/^une?$/i.test(m[6]);
      out.push({ value: n, max: null, qualifier: plural ? 'at_least' : 'approx', vague: plural, text: m[0], start, end });
      continue;
    }
    const prefix = m[1]?.toLowerCase();
    const value = parseNumber(m[2]);
    if (value === null) continue;
    // A bare year or a day of the month is not a count.
    const after = text.slice(end, end + 12);
    if (!prefix && /^\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/i.test(after)) continue;
    if (!prefix && /^(19|20)\d\d$/.test(m[2]) ) continue;
    if (m[3] && (prefix === 'entre' || prefix === 'de')) {
      const max = parseNumber(m[3]);
      // "entre 1,6 et 2 millions", "entre deux et trois mille": the scale of the second bound applies to the first.
      const scale = /\s(mille|millions?|milliards?)$/iu.exec(m[3]);
      if (scale && !/\s(?:mille|millions?|milliards?)$/iu.test(m[2]) && max !== null && value < max / SCALES[scale[1].toLowerCase()] + 1) {
        out.push({ value: Math.round(value * SCALES[scale[1].toLowerCase()]), max, qualifier: 'range', vague: false, text: m[0], start, end });
        continue;
      }
      out.push({ value, max, qualifier: 'range', vague: false, text: m[0], start, end });
      continue;
    }
    if (prefix === 'entre' || prefix === 'de') {
      // "de 40 missiles": the preposition is not a qualifier; keep the number alone.
      const offset = m[0].indexOf(m[2]);
      out.push({ value, max: null, qualifier: 'exact', vague: false, text: m[2], start: start + offset, end: start + offset + m[2].length });
      continue;
    }
    const qualifier = prefix ? QUALIFIERS.find(([re]) => re.test(prefix))?.[1] ?? 'exact' : 'exact';
    const numEnd = m[3] ? start + m[0].indexOf(m[2]) + m[2].length : end;
    out.push({ value, max: null, qualifier, vague: false, text: text.slice(start, numEnd), start, end: numEnd });
  }
  return out;
}
