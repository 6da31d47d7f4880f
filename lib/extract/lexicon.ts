import orgData from '../../data/lexicon/organizations.json';
import personData from '../../data/lexicon/persons.json';
import locationData from '../../data/lexicon/locations.json';
import { COUNTRIES, countryId } from './countries';
import { entityId } from './ids';
import { isCapitalized, tokenize, type Token } from './text';

/** Labels of the things the gazetteer names. */
export type EntityLabel = 'Country' | 'Organization' | 'Person' | 'Location';
/** How a mention was recognised: by name, nationality word, capital, lexicon, pattern or back-reference. */
export type Via = 'name' | 'demonym' | 'metonym' | 'lexicon' | 'pattern' | 'coref';

/** What a gazetteer surface form stands for. */
export interface GazetteerEntry {
  id: string;
  label: EntityLabel;
  via: Via;
  /** The form starts with a capital: the text must too ("Grenade" the state, not "grenade"). */
  capitalized: boolean;
}

/** An organisation of data/lexicon/organizations.json. */
export interface OrgInfo {
  id: string;
  name: string;
  kind: string;
  country?: string;
  partOf?: string;
  forms: string[];
  aliases: string[];
  anaphora?: string[];
}

/** A person of data/lexicon/persons.json. */
export interface PersonInfo {
  id: string;
  name: string;
  forms: string[];
  aliases: string[];
  surname?: string;
  roles: Array<{ title: string; country?: string; org?: string }>;
}

/** A place of data/lexicon/locations.json. */
export interface LocationInfo {
  id: string;
  name: string;
  country?: string;
  forms: string[];
}

/** Lexicon organisations by id. */
export const ORGS: ReadonlyMap<string, OrgInfo> = new Map(
  (orgData.organizations as OrgInfo[]).map((o) => [o.id, o]),
);
/** Lexicon persons by id. */
export const PERSONS: ReadonlyMap<string, PersonInfo> = new Map(
  (personData.persons as PersonInfo[]).map((p) => [p.id, p]),
);
/** Lexicon places by id. */
export const LOCATIONS: ReadonlyMap<string, LocationInfo> = new Map(
  (locationData.locations as Array<Omit<LocationInfo, 'id'>>).map((l) => {
    const id = entityId('loc', l.name);
    return [id, { ...l, id }];
  }),
);

/** Key of a token sequence in the gazetteer. */
export function keyOf(tokens: Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

function build(): { map: Map<string, GazetteerEntry>; maxLen: number } {
  const map = new Map<string, GazetteerEntry>();
  let maxLen = 1;
  const add = (form: string, entry: Omit<GazetteerEntry, 'capitalized'>, override = false) => {
    const tokens = tokenize(form);
    const key = keyOf(tokens);
    if (!key || (map.has(key) && !override)) return;
    map.set(key, { ...entry, capitalized: isCapitalized(form) });
    maxLen = Math.max(maxLen, tokens.length);
  };
  // Lexicon entries first: an organisation or a person outranks a country that shares its form.
  for (const o of ORGS.values()) for (const f of o.forms) add(f, { id: o.id, label: 'Organization', via: 'lexicon' });
  for (const p of PERSONS.values()) for (const f of p.forms) add(f, { id: p.id, label: 'Person', via: 'lexicon' });
  for (const l of LOCATIONS.values()) for (const f of l.forms) add(f, { id: l.id, label: 'Location', via: 'lexicon' });
  for (const c of COUNTRIES.values()) {
    const id = countryId(c.iso2);
    for (const n of c.names) add(n, { id, label: 'Country', via: 'name' });
    for (const m of c.metonyms) add(m, { id, label: 'Country', via: 'metonym' });
  }
  for (const c of COUNTRIES.values())
    for (const d of c.demonyms) add(d, { id: countryId(c.iso2), label: 'Country', via: 'demonym' });
  return { map, maxLen };
}

const GAZ = build();

/** The gazetteer: folded token sequence -> entry, built once at import. */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = GAZ.map;
/** Longest form in tokens, bounds the lookup window. */
export const GAZETTEER_MAX_TOKENS = GAZ.maxLen;

