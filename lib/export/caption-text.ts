import { vocabText, type Lang } from '../i18n/messages';

// The words of a picture's caption, in French and English. Captions are laid out outside React (in the
// PNG compositor and the SVG builder), so they take the language as a value rather than from a hook.

const TEXT = {
  en: {
    overview: 'Overview of the best-connected entities',
    selected: '{n} selected entities',
    fromExplorer: '{n} entities from the explorer',
    untitled: 'Relationship map',
    dashed: 'dashed: alleged, denied or unconfirmed',
    marks: '? alleged or unconfirmed · ✕ denied · ≈ about · ≥ at least',
    filters: 'Filters',
    source: 'Source',
    sources: 'Sources',
    more: 'and {n} more articles',
    made: 'made',
    arrows: 'transfers drawn as arrows',
    hidden: 'hidden',
    hiddenTypes: 'hidden relationships',
    hiddenKinds: 'hidden transfer kinds',
    hiddenStatuses: 'hidden statuses',
    period: 'from {a} to {b}',
  },
  fr: {
    overview: 'Vue d’ensemble des entités les plus reliées',
    selected: '{n} entités choisies',
    fromExplorer: '{n} entités de l’explorateur',
    untitled: 'Carte des relations',
    dashed: 'pointillés : allégué, démenti ou non confirmé',
    marks: '? allégué ou non confirmé · ✕ démenti · ≈ environ · ≥ au moins',
    filters: 'Filtres',
    source: 'Source',
    sources: 'Sources',
    more: 'et {n} autres articles',
    made: 'réalisé le',
    arrows: 'transferts en flèches',
    hidden: 'masqués',
    hiddenTypes: 'relations masquées',
    hiddenKinds: 'natures de transfert masquées',
    hiddenStatuses: 'statuts masqués',
    period: 'du {a} au {b}',
  },
} satisfies Record<Lang, Record<string, string>>;

export type CaptionKey = keyof (typeof TEXT)['en'];

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A caption phrase in a language, {placeholders} filled (numbers grouped the language's way). */
export function captionText(lang: Lang, key: CaptionKey, vars: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return typeof v === 'number' ? new Intl.NumberFormat(locale(lang)).format(v) : String(v ?? `{${k}}`);
  });
}

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
  return new Intl.DateTimeFormat(locale(lang), { ...parts, timeZone: 'UTC' }).format(d);
}

/** When the picture was made, to the minute, in UTC. */
export function madeAtText(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' }).format(at) + ' UTC';
}

/** A node label or transfer kind in the caption's language (relationship types keep their Cypher spelling). */
export function labelText(lang: Lang, label: string): string {
  return vocabText(lang, label);
}

/** The colon before a list: French sets it off with a (narrow) space. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u202f:' : ':';
}
