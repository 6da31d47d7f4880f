import strings from '../i18n/strings/caption.json';
import { localeOf, translator, type Dictionaries, type Lang } from '../i18n/lang';
import { vocabText } from '../i18n/vocabulary';

// The words of a picture's caption, in French and English (lib/i18n/strings/caption.json). Captions are laid
// out outside React (in the PNG compositor and the SVG builder), so they take the language as a value.

export type CaptionKey = keyof (typeof strings)['en'];

const CAPTION: Dictionaries<CaptionKey> = strings;

/** A caption phrase in a language, {placeholders} filled (numbers grouped the language's way). */
export const captionText = translator(CAPTION);

/** "Neighbourhood of X, 2 steps away" / "Voisinage de X, à 2 pas". */
export function neighbourhoodText(lang: Lang, name: string, depth: number): string {
  if (lang === 'fr') return `Voisinage de ${name}, à ${depth} pas`;
  return `Neighbourhood of ${name}, ${depth} step${depth > 1 ? 's' : ''} away`;
}

/** A calendar date ("2024-10-17", "2024-06" or a full ISO time) in the language's words. */
export function dateText(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  const parts: Intl.DateTimeFormatOptions = m[3] ? { day: 'numeric', month: 'long', year: 'numeric' } : m[2] ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(localeOf(lang), { ...parts, timeZone: 'UTC' }).format(d);
}

/** When the picture was made, to the minute, in UTC. */
export function madeAtText(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' }).format(at) + ' UTC';
}

/** A node label or transfer kind in the caption's language (relationship types keep their Cypher spelling). */
export function labelText(lang: Lang, label: string): string {
  return vocabText(lang, label);
}

/** The colon before a list: French sets it off with a (narrow) space. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u202f:' : ':';
}
