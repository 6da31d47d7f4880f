import { activeLanguage, patternSource, perLanguage, type Language } from './syntax/language';

/** A date expression: normalised ISO (yyyy, yyyy-mm, yyyy-mm-dd, --mm-dd) when possible, raw text always. */
export interface DateMention {
  date: string;
  dateText: string;
  start: number;
  end: number;
}

/** The language's date patterns with its month and weekday names filled in. */
function datePattern(name: string, lang: Language): string {
  return patternSource(name, lang).replace('{months}', lang.words.months.join('|')).replace('{weekdays}', lang.words.weekdays.join('|'));
}

const dateRe = (lang: Language) =>
  perLanguage('dates', (l) => new RegExp(['date.dayMonth', 'date.month', 'date.year', 'date.weekday', 'date.relative'].map((n) => `(?:${datePattern(n, l)})`).join('|'), 'giu'), lang);

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (lang: Language, name: string) => lang.words.months.indexOf(name.toLowerCase()) + 1;

function monthDate(lang: Language, month: number, year: number | null, pub: Date | null): string {
  if (year) return `${year}-${pad(month)}`;
  if (!pub) return lang.words.months[month - 1];
  // A month named without a year is the latest such month not after publication.
  const y = month <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
  return `${y}-${pad(month)}`;
}

function relative(lang: Language, phrase: string, pub: Date | null): string {
  const p = phrase.toLowerCase().replace('’', "'");
  if (!pub) return p;
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  switch (lang.words.relativeDates[p]) {
    case 'month-1': return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
    case 'month': return `${y}-${pad(m)}`;
    case 'day': return iso(pub);
    case 'week-1': return iso(new Date(pub.getTime() - 7 * 864e5));
    case 'year-1': return String(y - 1);
    case 'year': return String(y);
    case 'year+1': return String(y + 1);
    case 'day-1': return iso(new Date(pub.getTime() - 864e5));
    default: return p;
  }
}

/** Parses "YYYY-MM-DD" into a UTC date, or null. */
export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Finds absolute and relative dates in a sentence, normalised against the publication date when known. */
export function findDates(text: string, publishedAt: string | null, lang: Language = activeLanguage()): DateMention[] {
  const pub = parseIsoDate(publishedAt);
  const out: DateMention[] = [];
  const dated = perLanguage('date.monthDated', (l) => new RegExp(patternSource('date.monthDated', l), 'i'), lang);
  for (const m of text.matchAll(dateRe(lang))) {
    const raw = m[0].trim();
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const base = { dateText: raw, start, end: start + raw.length };
    if (m[1]) {
      // "1er", "1st", "12": the day is the leading digits.
      const day = parseInt(m[1], 10);
      const month = monthIndex(lang, m[2]);
      let year = m[3] ? Number(m[3]) : null;
      if (!year && pub) year = month <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
      out.push({ ...base, date: year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}` });
    } else if (m[4]) {
      const month = monthIndex(lang, m[4]);
      // "mars" alone is too often a noun or a name; only dated contexts count.
      if (!m[5] && !dated.test(m[0].trim())) continue;
      out.push({ ...base, date: monthDate(lang, month, m[5] ? Number(m[5]) : null, pub) });
    } else if (m[6]) {
      out.push({ ...base, date: m[6] });
    } else if (m[7]) {
      const wd = lang.words.weekdays.indexOf(m[7].toLowerCase());
      if (!pub) {
        out.push({ ...base, date: m[7].toLowerCase() });
        continue;
      }
      const back = (pub.getUTCDay() - wd + 7) % 7;
      out.push({ ...base, date: new Date(pub.getTime() - back * 864e5).toISOString().slice(0, 10) });
    } else if (m[8]) {
      out.push({ ...base, date: relative(lang, m[8], pub) });
    }
  }
  return out;
}

/** Reads a publication date from a header line ("Date: 2024-10-18", "Publié le 18 octobre 2024"). */
export function publicationDateOf(line: string, lang: Language = activeLanguage()): string | null {
  const iso = new RegExp(patternSource('date.publishedIso', lang), 'i').exec(line);
  if (iso) return iso[1];
  const written = new RegExp(datePattern('date.published', lang), 'iu').exec(line);
  if (written) return `${written[3]}-${pad(monthIndex(lang, written[2]))}-${pad(parseInt(written[1], 10))}`;
  return null;
}
