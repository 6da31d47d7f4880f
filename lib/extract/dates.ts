/** A date expression: normalised ISO (yyyy, yyyy-mm, yyyy-mm-dd, --mm-dd) when possible, raw text always. */
export interface DateMention {
  date: string;
  dateText: string;
  start: number;
  end: number;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTH_ALT = MONTHS.join('|');

const DATE_RE = new RegExp(
  [
    String.raw`(?:le\s+)?(1er|\d{1,2})\s+(${MONTH_ALT})(?:\s+(\d{4}))?`,
    String.raw`(?:en|depuis|début|fin|mi-|courant)?\s*(${MONTH_ALT})(?:\s+(?:de\s+l['’]an(?:née)?\s+)?(\d{4}))?`,
    String.raw`(?:en|depuis)\s+(\d{4})`,
    String.raw`(${WEEKDAYS.join('|')})(?!\s+\d)`,
    String.raw`(le mois dernier|ce mois-ci|au début du mois|plus tôt ce mois-ci|cette semaine|la semaine dernière|l['’]année dernière|l['’]an dernier|cette année|hier|aujourd['’]hui|l['’]année prochaine)`,
  ].map((p) => `(?:${p})`).join('|'),
  'giu',
);

const pad = (n: number) => String(n).padStart(2, '0');

function monthDate(month: number, year: number | null, pub: Date | null): string {
  if (year) return `${year}-${pad(month)}`;
  if (!pub) return MONTHS[month - 1];
  // A month named without a year is the latest such month not after publication.
  const y = month <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
  return `${y}-${pad(month)}`;
}

function relative(phrase: string, pub: Date | null): string {
  const p = phrase.toLowerCase().replace('’', "'");
  if (!pub) return p;
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (p === 'le mois dernier') return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  if (p === 'ce mois-ci' || p === 'au début du mois' || p === 'plus tôt ce mois-ci') return `${y}-${pad(m)}`;
  if (p === 'cette semaine') return iso(pub);
  if (p === 'la semaine dernière') return iso(new Date(pub.getTime() - 7 * 864e5));
  if (p === "l'année dernière" || p === "l'an dernier") return String(y - 1);
  if (p === 'cette année') return String(y);
  if (p === "l'année prochaine") return String(y + 1);
  if (p === 'hier') return iso(new Date(pub.getTime() - 864e5));
  if (p === "aujourd'hui") return iso(pub);
  return p;
}

/** Parses "YYYY-MM-DD" into a UTC date, or null. */
export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Finds absolute and relative dates in a sentence, normalised against the publication date when known. */
export function findDates(text: string, publishedAt: string | null): DateMention[] {
  const pub = parseIsoDate(publishedAt);
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const raw = m[0].trim();
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const base = { dateText: raw, start, end: start + raw.length };
    if (m[1]) {
      const day = m[1] === '1er' ? 1 : Number(m[1]);
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      let year = m[3] ? Number(m[3]) : null;
      if (!year && pub) year = month <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
      out.push({ ...base, date: year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}` });
    } else if (m[4]) {
      const month = MONTHS.indexOf(m[4].toLowerCase()) + 1;
      // "mars" alone is too often a noun or a name; only dated contexts count.
      if (!m[5] && !/^(en|depuis|début|fin|mi-|courant)/i.test(m[0].trim())) continue;
      out.push({ ...base, date: monthDate(month, m[5] ? Number(m[5]) : null, pub) });
    } else if (m[6]) {
      out.push({ ...base, date: m[6] });
    } else if (m[7]) {
      const wd = WEEKDAYS.indexOf(m[7].toLowerCase());
      if (!pub) {
        out.push({ ...base, date: m[7].toLowerCase() });
        continue;
      }
      const back = (pub.getUTCDay() - wd + 7) % 7;
      out.push({ ...base, date: new Date(pub.getTime() - back * 864e5).toISOString().slice(0, 10) });
    } else if (m[8]) {
      out.push({ ...base, date: relative(m[8], pub) });
    }
  }
  return out;
}

/** Reads a publication date from a header line ("Date: 2024-10-18", "Publié le 18 octobre 2024"). */
export function publicationDateOf(line: string): string | null {
  const iso = /^\s*(?:date|publié le|published)\s*:?\s*(\d{4}-\d{2}-\d{2})/i.exec(line);
  if (iso) return iso[1];
  const fr = new RegExp(String.raw`^\s*(?:date\s*:|publié le|mis à jour le)\s*(?:\p{L}+\s+)?(1er|\d{1,2})\s+(${MONTH_ALT})\s+(\d{4})`, 'iu').exec(line);
  if (fr) {
    const day = fr[1] === '1er' ? 1 : Number(fr[1]);
    return `${fr[3]}-${pad(MONTHS.indexOf(fr[2].toLowerCase()) + 1)}-${pad(day)}`;
  }
  return null;
}
