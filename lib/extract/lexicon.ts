import orgData from '../../data/lexicon/organizations.json';
import personData from '../../data/lexicon/persons.json';
import locationData from '../../data/lexicon/locations.json';
import transferData from '../../data/lexicon/transfers.json';
import { countryFormsOf, countryId } from './countries';
import { activeLanguage, languageOf, perLanguage, type Language } from './syntax/language';
import englishLexicon from '../../data/lang/en/lexicon.json';
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
  /** What the same form stands for written in lower case ("suisse" the nationality, "Suisse" the state). */
  lowercase?: GazetteerEntry;
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
  /** The maker's name also names its product ("un Airbus A320"). */
  product?: boolean;
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
  /** The body the city is the seat of, which it stands for ("Bruxelles": the European Union). */
  seatOf?: string;
}

/** Lexicon organisations by id. */
export const ORGS: ReadonlyMap<string, OrgInfo> = new Map(
  (orgData.organizations as OrgInfo[]).map((o) => [o.id, o]),
);
/** Organisation kinds that send, receive and own goods in their own name, never their state's (transfers.json "ownNameKinds"): a firm, a private military company. */
export const OWN_NAME_KINDS: ReadonlySet<string> = new Set(transferData.ownNameKinds);
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

// English forms of lexicon organisations ("NATO" for "OTAN"), by id.
const EXTRA_ORG_FORMS = new Map<string, Record<string, string[]>>([['en', englishLexicon.organizations]]);

function build(lang: Language): { map: Map<string, GazetteerEntry>; maxLen: number } {
  const map = new Map<string, GazetteerEntry>();
  let maxLen = 1;
  const add = (form: string, entry: Omit<GazetteerEntry, 'capitalized'>, override = false) => {
    const tokens = tokenize(form);
    const key = keyOf(tokens);
    if (!key) return;
    const known = map.get(key);
    if (known && !override) {
      if (known.capitalized && !known.lowercase && !isCapitalized(form)) known.lowercase = { ...entry, capitalized: false };
      return;
    }
    map.set(key, { ...entry, capitalized: isCapitalized(form) });
    maxLen = Math.max(maxLen, tokens.length);
  };
  // Lexicon entries first: an organisation or a person outranks a country that shares its form.
  const extraOrgs = EXTRA_ORG_FORMS.get(lang.code) ?? {};
  for (const [id, forms] of Object.entries(extraOrgs)) for (const f of forms) add(f, { id, label: 'Organization', via: 'lexicon' });
  for (const o of ORGS.values()) for (const f of o.forms) add(f, { id: o.id, label: 'Organization', via: 'lexicon' });
  for (const p of PERSONS.values()) for (const f of p.forms) add(f, { id: p.id, label: 'Person', via: 'lexicon' });
  // A seat city stands for its body like a capital for its state, when the lexicon knows that body.
  for (const l of LOCATIONS.values()) for (const f of l.forms) add(f, l.seatOf && ORGS.has(l.seatOf) ? { id: l.seatOf, label: 'Organization', via: 'metonym' } : { id: l.id, label: 'Location', via: 'lexicon' });
  const countries = countryFormsOf(lang.code);
  for (const c of countries) {
    const id = countryId(c.iso2);
    for (const n of c.names) add(n, { id, label: 'Country', via: 'name' });
    for (const m of c.metonyms) add(m, { id, label: 'Country', via: 'metonym' });
  }
  for (const c of countries)
    for (const d of c.demonyms) add(d, { id: countryId(c.iso2), label: 'Country', via: 'demonym' });
  return { map, maxLen };
}

const gazetteerOf = (lang: Language = activeLanguage()) => perLanguage('gazetteer', build, lang);

/** The active language's gazetteer, seen as one map: folded token sequence -> entry, built once per language. */
class ActiveGazetteer implements ReadonlyMap<string, GazetteerEntry> {
  get size() { return gazetteerOf().map.size; }
  get(key: string) { return gazetteerOf().map.get(key); }
  has(key: string) { return gazetteerOf().map.has(key); }
  forEach(fn: (value: GazetteerEntry, key: string, map: ReadonlyMap<string, GazetteerEntry>) => void) { gazetteerOf().map.forEach(fn); }
  entries() { return gazetteerOf().map.entries(); }
  keys() { return gazetteerOf().map.keys(); }
  values() { return gazetteerOf().map.values(); }
  [Symbol.iterator]() { return gazetteerOf().map[Symbol.iterator](); }
}

/** The gazetteer of the language being extracted. */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = new ActiveGazetteer();
/** Longest form in tokens over every language, bounds the lookup window. */
export const GAZETTEER_MAX_TOKENS = Math.max(...['fr', 'en'].map((code) => gazetteerOf(languageOf(code)).maxLen));

