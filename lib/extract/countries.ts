// The JSON itself, not the package entry: its ESM entry imports JSON without an import attribute, which Node refuses.
import worldCountries from 'world-countries/countries.json';
import lexicon from '../../data/lexicon/countries.json';
import englishLexicon from '../../data/lang/en/countries.json';
import { fold } from './text';
import { languageOf, pattern } from './syntax/language';

/** One state, as Trame names it (French name, English alias, demonyms, metonyms). */
export interface CountryInfo {
  iso2: string;
  iso3: string;
  /** A sovereign state (UN member or independent), as opposed to a territory. */
  independent: boolean;
  name: string;
  english: string;
  demonyms: string[];
  metonyms: string[];
  names: string[];
}

const extraNames = lexicon.names as Record<string, string[]>;
const extraDemonyms = lexicon.demonyms as Record<string, string[]>;
const metonyms = lexicon.metonyms as Record<string, string[]>;
const excluded = new Set(lexicon.excludedNames.map(fold));

/** A French word's plural ending (data word.plural): the demonym tables are built before any article sets a language. */
const FRENCH_PLURAL = pattern('word.plural', 'u', languageOf('fr'));

// French adjectives inflect: nord-coréen, nord-coréenne, nord-coréens, nord-coréennes.
function inflect(m: string, f: string): string[] {
  const forms = new Set<string>();
  for (const w of [m, f]) {
    const lower = w.toLowerCase();
    forms.add(lower);
    forms.add(FRENCH_PLURAL.test(lower) ? lower : `${lower}s`);
  }
  return [...forms];
}

function feminine(m: string): string {
  if (/en$/.test(m)) return `${m}ne`;
  if (/e$/.test(m)) return m;
  return `${m}e`;
}

// Independent UN members first: when a form is shared ("Britannique"), the state wins.
const ordered = [...worldCountries].sort(
  (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
);

const historic = lexicon.historic as Record<string, { iso3: string; name: string; english: string; names: string[] }>;

/** Every state known to Trame, keyed by ISO2. */
export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map<string, CountryInfo>([
  ...ordered.map((c): [string, CountryInfo] => {
    const iso2 = c.cca2;
    const fra = c.translations?.fra?.common ?? c.name.common;
    const dem = c.demonyms?.fra;
    const demonyms = new Set<string>(dem ? inflect(dem.m, dem.f) : []);
    for (const d of extraDemonyms[iso2] ?? []) for (const f of inflect(d, feminine(d))) demonyms.add(f);
    const capitals = (c.capital ?? []).filter((x) => x && !excluded.has(fold(x)) && (c.independent || c.unMember));
    const info: CountryInfo = {
      iso2,
      iso3: c.cca3,
      independent: !!(c.unMember || c.independent),
      name: fra,
      english: c.name.common,
      demonyms: [...demonyms].filter((d) => d.length > 3),
      metonyms: [...new Set([...(metonyms[iso2] ?? []), ...capitals])],
      names: [...new Set([fra, ...(extraNames[iso2] ?? [])])].filter((n) => !excluded.has(fold(n))),
    };
    return [iso2, info];
  }),
  // States that no longer exist ("l'Union soviétique"), named but given no nationality word or metonym.
  ...Object.entries(historic).map(([iso2, h]): [string, CountryInfo] => [iso2, { iso2, iso3: h.iso3, independent: true, name: h.name, english: h.english, demonyms: [], metonyms: [], names: [h.name, ...h.names] }]),
]);

/** The forms that name a state in one language: names, nationality words, metonyms. */
export interface CountryForms {
  iso2: string;
  names: string[];
  demonyms: string[];
  metonyms: string[];
}

/** The French forms of every state (from COUNTRIES). */
const FRENCH_FORMS: CountryForms[] = [...COUNTRIES.values()].map(({ iso2, names, demonyms, metonyms }) => ({ iso2, names, demonyms, metonyms }));

// English demonyms take a plural as nouns ("the Russians", "North Koreans"); "Chinese" and "Swiss" do not.
const englishPlural = (d: string) => (/(?:s|sh|ese|ch)$/.test(d) ? d : `${d}s`);

/** The English forms of every state: world-countries' common names, demonyms and capitals, and data/lang/en/countries.json. */
function englishForms(): CountryForms[] {
  const excludedEn = new Set(englishLexicon.excludedNames.map(fold));
  const names = englishLexicon.names as Record<string, string[]>;
  const dems = englishLexicon.demonyms as Record<string, string[]>;
  const mets = englishLexicon.metonyms as Record<string, string[]>;
  return ordered.map((c) => {
    const iso2 = c.cca2;
    const eng = c.demonyms?.eng;
    const demonyms = new Set<string>();
    for (const d of [...(eng ? [eng.m, eng.f] : []), ...(dems[iso2] ?? [])]) if (d) for (const f of [d, englishPlural(d)]) demonyms.add(f);
    const capitals = (c.capital ?? []).filter((x) => x && !excludedEn.has(fold(x)) && (c.independent || c.unMember));
    return {
      iso2,
      names: [...new Set([c.name.common, ...(names[iso2] ?? [])])].filter((n) => !excludedEn.has(fold(n))),
      demonyms: [...demonyms].filter((d) => d.length > 3),
      metonyms: [...new Set([...(mets[iso2] ?? []), ...capitals])],
    };
  }).concat(Object.entries(historic).map(([iso2, h]) => ({ iso2, names: [h.english], demonyms: [], metonyms: [] })));
}

const FORMS = new Map<string, () => CountryForms[]>([['fr', () => FRENCH_FORMS], ['en', englishForms]]);

/** The forms that name each state in a language (French when Trame has none for it). */
export function countryFormsOf(code: string): CountryForms[] {
  return (FORMS.get(code) ?? FORMS.get('fr')!)();
}

/** Node id of a state. */
export function countryId(iso2: string): string {
  return `country:${iso2}`;
}

/** ISO2 of a "country:XX" id, or undefined. */
export function isoOf(id: string | undefined): string | undefined {
  return id?.startsWith('country:') ? id.slice(8) : undefined;
}

/** Forms that stand for a state only once it was named ("le Nord" after "Corée du Nord"). */
export const CONTEXTUAL_COUNTRY_FORMS: ReadonlyArray<{ form: string; iso2: string; requires: string }> = lexicon.contextual;
