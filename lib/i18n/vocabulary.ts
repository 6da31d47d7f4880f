// The graph vocabulary in words: node labels, transfer kinds, relationship types, property names and
// qualifiers, from lib/i18n/strings/vocabulary.json; and property values as the interface shows them.
import strings from './strings/vocabulary.json';
import { formatDate, formatNumber, type Lang } from './lang';
import { statusText } from './messages';

type Tables = Record<'labels' | 'relationships' | 'properties' | 'qualifiers', Record<string, string>>;
const VOCABULARY: Record<Lang, Tables> = strings;

/** Interface name of a node label or transfer kind. */
export function vocabText(lang: Lang, value: string): string {
  return VOCABULARY[lang].labels[value] ?? value.replace(/_/g, ' ');
}

/** Interface name of a relationship type ("SENT" -> "a envoyé"); unknown types read as lower-case words. */
export function relText(lang: Lang, type: string): string {
  return VOCABULARY[lang].relationships[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

/** Interface name of a property key ("quantityText" -> "dans le texte"); unknown keys are split into words. */
export function propText(lang: Lang, key: string): string {
  return VOCABULARY[lang].properties[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** A property value as the interface shows it: vocabulary translated, numbers and dates in the language. */
export function valueText(lang: Lang, key: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => valueText(lang, key, v)).join(', ');
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key === 'iso2' ? String(value) : formatNumber(lang, value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (key === 'qualifier' || key === 'latestQualifier') return VOCABULARY[lang].qualifiers[value] ?? value;
  if (key === 'status') return statusText(lang, value);
  if (key === 'kind' || key === 'kinds') return vocabText(lang, value);
  if (key === 'date' || key === 'firstSeen' || key === 'lastSeen' || key === 'latestDate') return formatDate(lang, value);
  return value;
}
