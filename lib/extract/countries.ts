// The JSON itself, not the package entry: its ESM entry imports JSON without an import attribute, which Node refuses.
import worldCountries from 'world-countries/countries.json';
import lexicon from '../../data/lexicon/countries.json';
import { fold } from './text';

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

// French adjectives inflect: nord-coréen, nord-coréenne, nord-coréens, nord-coréennes.
function inflect(m: string, f: string): string[] {
  const forms = new Set<string>();
  for (const w of [m, f]) {
    const lower = w.toLowerCase();
    forms.add(lower);
    forms.add(/[sx]$/.test(lower) ? lower : `${lower}s`);
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

/** Every state known to Trame, keyed by ISO2. */
export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  ordered.map((c) => {
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
);

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
