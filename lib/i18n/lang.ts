// Interface languages and what every area's strings share: picking the language, Intl formatting of
// numbers and dates, and filling a dictionary's {placeholders}. The strings themselves are data, one
// JSON file per area in lib/i18n/strings/ ({ "en": {...}, "fr": {...} }).
import { ENGLISH, FRENCH, formatDecimal } from './decimal';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** An area's strings: every key of the English dictionary, in every language. */
export type Dictionaries<K extends string> = { en: Record<K, string> } & Record<Lang, Record<K, string>>;

/** Picks the interface language: stored choice, else the browser's, else English. */
export function pickLang(stored: string | null, browser: string | undefined): Lang {
  if (stored === 'en' || stored === 'fr') return stored;
  return browser?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Locale tag of an interface language, for Intl. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A number in the interface language: 3000000 -> "3 000 000" (fr) / "3,000,000" (en), as Intl writes it. */
export function formatNumber(lang: Lang, n: number): string {
  return formatDecimal(n, lang === 'fr' ? FRENCH : ENGLISH);
}

/** A date (ISO string or epoch ms) in the interface language; text that is not a date stays as written. */
export function formatDate(lang: Lang, value: string | number): string {
  const iso = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim()) : null;
  if (typeof value === 'string' && !iso) return value;
  const t = typeof value === 'number' ? value : Date.UTC(+iso![1], iso![2] ? +iso![2] - 1 : 0, iso![3] ? +iso![3] : 1);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (typeof value === 'number' || iso![2]) opts.month = 'long';
  if (typeof value === 'number' || iso![3]) opts.day = 'numeric';
  return new Intl.DateTimeFormat(localeOf(lang), opts).format(t);
}

/** Fills {placeholders} of a template; numbers are formatted in the language, unknown names stay. */
export function fill(lang: Lang, template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return v === undefined ? `{${k}}` : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

/** A translate function over one area's dictionaries; a key missing in a language falls back to English. */
export function translator<K extends string>(dicts: Dictionaries<K>): (lang: Lang, key: K, vars?: Record<string, string | number>) => string {
  return (lang, key, vars) => fill(lang, dicts[lang]?.[key] ?? dicts.en[key] ?? key, vars);
}
