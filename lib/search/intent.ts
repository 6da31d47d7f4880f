// What a search box query means beyond its letters: the actors it names by name, alias, capital or
// demonym ("moscou" -> Russie, "nord-coréens" -> Corée du Nord) and the transfer kinds it names
// ("troupes" -> troops). Pure: the lexicons are data, read once; the database is not involved.
import transfers from '../../data/lexicon/transfers.json';
import { COUNTRIES, countryId } from '../extract/countries';
import { GAZETTEER, GAZETTEER_MAX_TOKENS } from '../extract/lexicon';
import { tokenize } from '../extract/text';
import type { TransferKind } from '../graph/schema';

/** How a query word named an actor. */
export type ActorVia = 'name' | 'alias' | 'capital' | 'demonym';

/** An actor the query names. */
export interface NamedActor {
  id: string;
  via: ActorVia;
  /** The query words that named it. */
  form: string;
  /** True when the words matched a lexicon form only within one typo. */
  fuzzy: boolean;
}

/** The parsed query. */
export interface SearchIntent {
  actors: NamedActor[];
  kinds: TransferKind[];
  /** True when every word of the query was understood as an actor or a kind (stop words aside). */
  whole: boolean;
}

interface Form {
  id: string;
  via: ActorVia;
}

const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'a', 'au', 'aux', 'en', 'et', 'vers', 'pour', 'par', 'from', 'to', 'the', 'of', 'and', 'in', 'into']);

// Countries first, so a capital that is also a Location ("Moscou") searches as the state it stands for.
function buildForms(): Map<string, Form> {
  const forms = new Map<string, Form>();
  const add = (text: string, form: Form) => {
    const key = tokenize(text).map((t) => t.key).join(' ');
    if (key && !forms.has(key)) forms.set(key, form);
  };
  for (const c of COUNTRIES.values()) {
    if (!c.independent) continue;
    const id = countryId(c.iso2);
    for (const n of c.names) add(n, { id, via: 'name' });
    add(c.english, { id, via: 'alias' });
    for (const m of c.metonyms) add(m, { id, via: 'capital' });
    for (const d of c.demonyms) add(d, { id, via: 'demonym' });
  }
  for (const [key, e] of GAZETTEER) if (!forms.has(key)) forms.set(key, { id: e.id, via: e.via === 'demonym' ? 'demonym' : e.via === 'metonym' ? 'capital' : 'alias' });
  return forms;
}

const FORMS = buildForms();
const KINDS = new Map<string, TransferKind>();
for (const [kind, words] of Object.entries(transfers.goods)) for (const w of words) KINDS.set(tokenize(w).map((t) => t.key).join(' '), kind as TransferKind);
const MAX_TOKENS = Math.max(GAZETTEER_MAX_TOKENS, 4);

// Single-word forms long enough for a typo to be safe, grouped by length for the fuzzy pass.
const FUZZY_MIN = 5;
const BY_LENGTH = new Map<number, string[]>();
for (const key of FORMS.keys()) {
  if (key.includes(' ') || key.length < FUZZY_MIN) continue;
  const list = BY_LENGTH.get(key.length) ?? [];
  list.push(key);
  BY_LENGTH.set(key.length, list);
}

/** Damerau-Levenshtein distance capped at `max` (returns max + 1 beyond it). */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

function fuzzyForm(word: string): string | null {
  if (word.length < FUZZY_MIN) return null;
  let best: string | null = null;
  for (const len of [word.length, word.length - 1, word.length + 1])
    for (const key of BY_LENGTH.get(len) ?? []) if (editDistance(word, key) <= 1 && (best === null || key < best)) best = key;
  return best;
}

/** Reads the actors and transfer kinds a query names, longest lexicon form first, one typo allowed on long words. */
export function searchIntent(query: string): SearchIntent {
  const tokens = tokenize(query).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const words = tokens.map((t) => t.key);
  const actors: NamedActor[] = [];
  const kinds: TransferKind[] = [];
  const addActor = (form: Form, text: string, fuzzy: boolean) => {
    if (!actors.some((a) => a.id === form.id)) actors.push({ ...form, form: text, fuzzy });
  };
  let understood = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_TOKENS, words.length - i); n >= 1 && !matched; n--) {
      const key = words.slice(i, i + n).join(' ');
      const kind = KINDS.get(key);
      const form = FORMS.get(key);
      // A lower-case goods word is goods ("grenade"), a capitalised one may be the state.
      if (kind && !(form && /^\p{Lu}/u.test(tokens[i].text))) {
        if (!kinds.includes(kind)) kinds.push(kind);
        matched = n;
      } else if (form) {
        addActor(form, key, false);
        matched = n;
      }
    }
    if (matched) {
      understood += matched;
      i += matched;
      continue;
    }
    const w = words[i];
    const near = STOP.has(w) ? null : fuzzyForm(w);
    const form = near ? FORMS.get(near) : undefined;
    if (form) addActor(form, w, true);
    if (form || STOP.has(w)) understood++;
    i++;
  }
  const meaningful = words.filter((w) => !STOP.has(w)).length;
  return { actors, kinds, whole: meaningful > 0 && understood === words.length };
}
