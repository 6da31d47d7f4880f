import names from '../../data/lexicon/names.json';
import orgData from '../../data/lexicon/organizations.json';

const orgPatterns = orgData.patterns;
import { recognizePeople } from './persons';
import type { Sentence } from '../graph/schema';
import type { DocBuilder } from './builder';
import { COUNTRIES, CONTEXTUAL_COUNTRY_FORMS, countryId, isoOf } from './countries';
import { entityId } from './ids';
import { GAZETTEER, GAZETTEER_MAX_TOKENS, LOCATIONS, ORGS, PERSONS, keyOf, type EntityLabel, type Via } from './lexicon';
import { isGoodsName } from './goods';
import { armedServices, armyName, recognizeBareAcronyms, recognizeBodies, recognizeHeadedBodies, type PatternScope } from './orgpatterns';
import { fold, isCapitalized, tokenize, type Token } from './text';

/** An entity recognised in one sentence (offsets relative to the sentence text). */
export interface EntityMention {
  id: string;
  label: EntityLabel;
  via: Via;
  start: number;
  end: number;
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** What the recogniser remembers across the sentences of one article. */
export interface ArticleEntities {
  /** Person ids in order of last mention (most recent last). */
  personsSeen: string[];
  countriesSeen: Set<string>;
  orgsSeen: string[];
  /** The state or body that opened the previous sentence ("Le Kremlin ... Son porte-parole"). */
  lastSubject?: string;
  /** Short forms the article itself defined ("Armée nationale libyenne (ANL)") -> id. */
  forms: Map<string, string>;
  /** States in order of last mention (most recent last): the state in focus. */
  countryRecency: string[];
}

/** Fresh per-article memory. */
export function newArticleEntities(): ArticleEntities {
  return { personsSeen: [], countriesSeen: new Set(), orgsSeen: [], forms: new Map(), countryRecency: [] };
}

const ANAPHORA = new Map<string, string[]>();
for (const o of ORGS.values()) for (const a of o.anaphora ?? []) ANAPHORA.set(keyOf(tokenize(a)), [...(ANAPHORA.get(keyOf(tokenize(a))) ?? []), o.id]);
const STATE_ANAPHORA = new Set(orgPatterns.stateAnaphora.map((a) => keyOf(tokenize(a))));
const BODY_ANAPHORA = new Set(orgPatterns.bodyAnaphora.map((a) => keyOf(tokenize(a))));
// Bodies that speak for a state are not what "le groupe" or "la société" points back to.
const NOT_GROUPS = new Set(['government', 'media', 'un_body', 'intelligence', 'alliance']);
const INSTITUTION_NOUNS = new Set(['agence', 'organisation', 'institut', 'centre', 'observatoire', 'ong']);
const NOT_INSTITUTIONS = new Set(['media', 'military', 'alliance', 'company', 'intelligence']);

/** A body "l'agence" or "l'organisation" may stand for: no outlet, army or firm, and no ministry of a state. */
function isInstitution(doc: DocBuilder, id: string): boolean {
  const n = doc.nodes.get(id);
  const kind = String(n?.properties.kind ?? '');
  return !NOT_INSTITUTIONS.has(kind) && !(kind === 'government' && (n?.properties.country || ORGS.get(id)?.country));
}

/** Whether a body was named in this sentence or the two before. */
function recentlyNamed(doc: DocBuilder, id: string, index: number): boolean {
  return (doc.nodes.get(id)?.mentions ?? []).some((m) => {
    const k = Number(/:s(\d+)$/.exec(m.sentence)?.[1] ?? -99);
    return k <= index && index - k <= 2;
  });
}
const CONTEXTUAL = new Map(CONTEXTUAL_COUNTRY_FORMS.map((c) => [keyOf(tokenize(c.form)), c]));

const DOMAIN_RE = new RegExp(`\\s*(de la|de l['’]|du|des)\\s*(${names.orgDomains.map(escape).join('|')})(?![\\p{L}])`, 'iuy');
// "ministère russe de la Défense", "département américain du Trésor", "ministère de la Défense sud-coréen".
const ORG_HEAD = /(?<![\p{L}])(minist[èe]re|d[ée]partement|secr[ée]tariat)(?![\p{L}])/giu;
// "le gouvernement japonais", "les autorités russes", "la diplomatie russe": the state itself.
const GOVERNMENT_OF = /(?<![\p{L}])(?:gouvernement|autorités|exécutif|régime|pouvoir|dirigeants|responsables|diplomatie|présidence)(?=\s+\p{Ll})/giu;
const NEXT_WORD = /\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/uy;
// The words before the last of every organisation name of three words or more: a glued last word is only
// cut back after one of these (trying every cut after every span was most of the extractor's time).
const ORG_NAME_STARTS = new Set<string>();
for (const [key, e] of GAZETTEER) if (e.label === 'Organization' && key.split(' ').length >= 3) ORG_NAME_STARTS.add(key.slice(0, key.lastIndexOf(' ')));

/**
 * The nationality word right after `pos` ("russe" in "ministère russe"), if any. Demonyms are
 * looked up in the gazetteer rather than spelled out in a regular expression: an alternation of
 * every demonym makes V8 spend hundreds of milliseconds compiling it.
 */
export function demonymAfter(text: string, pos: number): { id: string; word: string; end: number } | undefined {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  const id = m ? countryOfDemonym(m[1]) : undefined;
  return m && id ? { id, word: m[1], end: pos + m[0].length } : undefined;
}

/** "ministère russe de la Défense": head, optional nationality, domain, optional nationality. */
function matchStateBody(text: string, at: number, head: string, owner?: string): { end: number; cid: string | undefined; base: string } | undefined {
  let pos = at + head.length;
  const first = demonymAfter(text, pos);
  if (first) pos = first.end;
  DOMAIN_RE.lastIndex = pos;
  let dom = DOMAIN_RE.exec(text);
  let open = false;
  if (!dom) {
    // "le ministère de la Planification": a capitalised domain outside the list, not a state's name.
    OPEN_DOMAIN_RE.lastIndex = pos;
    dom = OPEN_DOMAIN_RE.exec(text);
    if (!dom || GAZETTEER.has(fold(dom[2]))) return undefined;
    open = true;
  }
  pos += dom[0].length;
  const second = first ? undefined : demonymAfter(text, pos);
  if (second) pos = second.end;
  const cid = first?.id ?? second?.id ?? owner;
  // A listed domain without a state is too vague to be a body ("le ministère de la Défense" of whom?).
  if (!cid && !open) return undefined;
  return { end: pos, cid, base: `${head} ${dom[1]} ${dom[2]}` };
}

const OPEN_DOMAIN_RE = /\s*(de la|de l['’]|du|des)\s*(\p{Lu}[\p{Ll}-]+)(?![\p{L}])/uy;

const COMPANY_RE = /(?<![\p{L}])(compagnie|société|entreprise|firme|constructeur|fabricant|géant|opérateur|groupe|conglomérat|banque|chantier naval|quotidien|journal|hebdomadaire|magazine|chaîne|télévision|radio|agence de presse|agence|site d['’]information)((?:\s+(?![A-Z])[\p{Ll}'’-]+){0,3}?)\s+((?:\p{Lu}[\p{L}\d&-]*)(?:\s+\p{Lu}[\p{L}\d&-]*)*)/gu;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The demonym's country id. */
export function countryOfDemonym(word: string): string | undefined {
  const e = GAZETTEER.get(fold(word));
  return e?.label === 'Country' ? e.id : undefined;
}

/** Recognises countries, organisations, people and places in one sentence and records them. */
export function recognizeEntities(sentence: Sentence, doc: DocBuilder, state: ArticleEntities): EntityMention[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const found: EntityMention[] = [];
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  const push = (m: Omit<EntityMention, 'text'>) => {
    for (let k = m.from; k < m.to; k++) if (taken[k]) return;
    for (let k = m.from; k < m.to; k++) taken[k] = true;
    found.push({ ...m, text: text.slice(m.start, m.end) });
  };

  // Bodies built from a head, a domain and a nationality come first: they contain demonyms.
  // Nationalities inside body names ("ministère russe", "armée russe") also mention the state.
  const stateMentions: Array<{ id: string; start: number; end: number }> = [];
  const scope: PatternScope = {
    text,
    tokens,
    taken,
    doc,
    forms: state.forms,
    countryOfWord: countryOfDemonym,
    ensureOrg: (id) => ensureNode(doc, id, 'Organization'),
    push,
    stateMention: (id, start, end) => {
      ensureNode(doc, id, 'Country');
      stateMentions.push({ id, start, end });
    },
  };
  recognizeBodies(scope);
  for (const m of text.matchAll(ORG_HEAD)) {
    // "Son ministère des Affaires étrangères": the state that opened the previous sentence.
    const owner = /(?:^|\s)(?:son|sa|leur)\s+$/iu.test(text.slice(Math.max(0, m.index! - 6), m.index!)) && state.lastSubject?.startsWith('country:') ? state.lastSubject : undefined;
    const body = matchStateBody(text, m.index!, m[1], owner);
    if (!body) continue;
    const surface = text.slice(m.index!, body.end);
    const from = tokenAt(m.index!);
    const to = tokenAt(body.end);
    push({ id: orgIdFor(doc, surface, body.cid, body.base), label: 'Organization', via: 'pattern', start: m.index!, end: body.end, from, to: to < 0 ? tokens.length : to });
  }
  // "l'armée russe", "les forces armées ukrainiennes", "la marine américaine".
  for (const a of armedServices(text)) {
    const cid = countryOfDemonym(a.word);
    if (!cid) continue;
    const from = tokenAt(a.start);
    const to = tokenAt(a.end);
    const iso = isoOf(cid)!;
    const id = `org:${iso.toLowerCase()}-${a.id}`;
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', a.id === 'armed-forces' ? armyName(iso, a.word) : `${a.name} ${a.word}`, { kind: a.kind, country: iso });
    push({ id, label: 'Organization', via: 'pattern', start: a.start, end: a.end, from, to: to < 0 ? tokens.length : to });
    // "l'armée russe" also names Russia.
    ensureNode(doc, cid, 'Country');
    stateMentions.push({ id: cid, start: a.wordStart, end: a.end });
  }

  for (const m of text.matchAll(GOVERNMENT_OF)) {
    const d = demonymAfter(text, m.index! + m[0].length);
    if (!d) continue;
    const to = tokenAt(d.end);
    ensureNode(doc, d.id, 'Country');
    push({ id: d.id, label: 'Country', via: 'metonym', start: m.index!, end: d.end, from: tokenAt(m.index!), to: to < 0 ? tokens.length : to });
  }

  recognizeHeadedBodies(scope);

  // "la compagnie Iran Air", "le constructeur Rheinmetall": a company named after its kind.
  for (const m of text.matchAll(COMPANY_RE)) {
    const media = /quotidien|journal|hebdomadaire|magazine|chaîne|télévision|radio|presse|information|agence/iu.test(m[1]);
    // "le quotidien Hospodářské noviny,": a title may go on in lower case up to the punctuation.
    const tail = media ? /^(?:\s+[\p{Ll}]+){1,2}(?=\s*[,.;:)])/u.exec(text.slice(m.index! + m[0].length)) : null;
    const name = m[3] + (tail ? tail[0] : '');
    const start = m.index! + m[0].length - m[3].length;
    // "groupe d'experts des Nations unies": a name the gazetteer knows in full is left to it.
    const at = tokenAt(start);
    if (at >= 0 && gazetteerSpan(tokens, at) > 1) continue;
    // "le constructeur turc Baykar": the nationality word gives the company's country.
    const nationality = m[2].split(/\s+/).map((w) => countryOfDemonym(w)).find(Boolean);
    const known = GAZETTEER.get(keyOf(tokenize(name)));
    if (known && known.label !== 'Organization') continue;
    const id = known?.id ?? entityId('org', name);
    if (known) ensureNode(doc, id, 'Organization');
    else doc.node(id, 'Organization', name, { kind: media ? 'media' : 'company', country: isoOf(nationality) ?? null });
    const from = tokenAt(start);
    const to = tokenAt(start + name.length);
    push({ id, label: 'Organization', via: known ? 'lexicon' : 'pattern', start, end: start + name.length, from, to: to < 0 ? tokens.length : to });
  }

  // Gazetteer: longest match at each token; a glued last word ("Journalcitant") still counts.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // Keys grow one token at a time; the longest hit wins.
    const keys: string[] = [];
    for (let len = 1, key = ''; len <= Math.min(GAZETTEER_MAX_TOKENS, tokens.length - i); len++) {
      key = len === 1 ? tokens[i].key : `${key} ${tokens[i + len - 1].key}`;
      keys.push(key);
    }
    for (let len = keys.length; len >= 1; len--) {
      const span = tokens.slice(i, i + len);
      let entry = GAZETTEER.get(keys[len - 1]);
      let end = span[len - 1].end;
      if (!entry && len >= 3 && ORG_NAME_STARTS.has(keys[len - 2])) {
        const last = span[len - 1];
        for (let cut = last.key.length - 1; cut >= 4 && !entry; cut--) {
          const e = GAZETTEER.get([...span.slice(0, -1).map((t) => t.key), last.key.slice(0, cut)].join(' '));
          if (e && e.label === 'Organization') {
            entry = e;
            end = last.start + cut;
          }
        }
      }
      if (!entry) continue;
      // "Wellington Koo": a capital glued to a capitalised word opens a person's name.
      if (entry.via === 'metonym' && len === 1 && opensPersonName(text, tokens, i + 1)) break;
      // "Ana Lima", "Carlos Santiago": a capital right after a first name closes a person's name.
      if (entry.via === 'metonym' && len === 1 && i > 0 && FIRST_NAMES.has(tokens[i - 1].key) && isCapitalized(tokens[i - 1].text) && /^[ \u00A0]$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
      // "Israel Aerospace Industries": a state's name opening a company's name is part of it.
      if (entry.label === 'Country' && entry.via === 'name' && opensCompanyName(text, tokens, i + len)) break;
      // Multi-word body names are often written in lower case ("le département d'État").
      if (entry.capitalized && !isCapitalized(span[0].text) && !(entry.label === 'Organization' && len > 1)) continue;
      ensureNode(doc, entry.id, entry.label);
      push({ id: entry.id, label: entry.label, via: entry.via, start: span[0].start, end, from: i, to: i + len });
      // "le Trésor américain" also names the United States.
      if (entry.label === 'Organization')
        for (const t of span) {
          const d = GAZETTEER.get(t.key);
          if (d?.via === 'demonym' && !t.text.match(/^\p{Lu}/u)) {
            ensureNode(doc, d.id, 'Country');
            stateMentions.push({ id: d.id, start: t.start, end: t.end });
          }
        }
      i += len - 1;
      break;
    }
  }

  // "l'alliance" stands for NATO once NATO was named.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const key = `${tokens[i].key} ${tokens[i + 1].key}`;
    if (taken[i] || taken[i + 1]) continue;
    const demonstrative = /^(?:ce|cet|cette|ces)$/.test(tokens[i].key);
    if (!ANAPHORA.has(key) && !demonstrative && !STATE_ANAPHORA.has(key) && !BODY_ANAPHORA.has(key)) continue;
    const seen = (id: string) => state.orgsSeen.includes(id) || found.some((f) => f.id === id);
    const listed = (ANAPHORA.get(key) ?? []).filter(seen).sort((a, b) => state.orgsSeen.indexOf(b) - state.orgsSeen.indexOf(a))[0];
    // "le régime de sanctions", "le groupe Wagner", "le royaume chérifien": the noun is followed by what names it.
    const next = tokens[i + 2];
    const qualified = !!next && (/^(?:de|d'|du|des)$/.test(next.key) || isCapitalized(next.text) || !!countryOfDemonym(next.text));
    let id: string | undefined = listed;
    let label: EntityLabel = 'Organization';
    if (!listed && !demonstrative && !STATE_ANAPHORA.has(key) && !BODY_ANAPHORA.has(key)) continue;
    const noun = tokens[i + 1].key;
    const orgs = [...state.orgsSeen, ...found.filter((f) => f.label === 'Organization').map((f) => f.id)].reverse();
    // The body whose name holds the noun: "la junte" after "la junte birmane", "le groupe" after "le groupe Wagner".
    const named = orgs.find((o) => {
      const n = doc.nodes.get(o);
      return !!n && [n.name, ...n.aliases].some((f) => fold(f).split(/[\s'-]+/).includes(noun));
    });
    if (!id && !qualified && STATE_ANAPHORA.has(key) && !named) {
      // An anaphora points back: "le chef de la junte ... s'est rendu à Moscou" does not lead the junta of Moscow.
      id = state.countryRecency.at(-1) ?? found.filter((f) => f.label === 'Country' && f.via !== 'demonym' && f.end <= tokens[i].start).at(-1)?.id;
      label = 'Country';
    } else if (!id && named && demonstrative && !/^(?:de|d'|du|des)$/.test(next?.key ?? '')) {
      // "ce ministère", "cette agence": a demonstrative points back to the body whose name holds the noun.
      id = named;
    } else if (!id && !qualified && (BODY_ANAPHORA.has(key) || STATE_ANAPHORA.has(key))) {
      id = named ?? (/^(?:groupe|mouvement|milice|rebelles|insurges|miliciens|combattants|collectif|cartel|front)$/.test(noun) ? orgs.find((o) => !NOT_GROUPS.has(String(doc.nodes.get(o)?.properties.kind ?? ''))) : undefined);
      // "selon l'agence", "l'organisation a démenti": an institution named in the last sentences, not a state's body, army, firm or outlet.
      if (!id && INSTITUTION_NOUNS.has(noun)) id = orgs.find((o) => isInstitution(doc, o) && (found.some((f) => f.id === o && f.end <= tokens[i].start) || recentlyNamed(doc, o, sentence.index)));
    }
    if (!id) continue;
    push({ id, label, via: 'coref', start: tokens[i].start, end: tokens[i + 1].end, from: i, to: i + 2 });
  }

  // "le Nord" stands for North Korea once North Korea was named.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const c = CONTEXTUAL.get(`${tokens[i].key} ${tokens[i + 1].key}`);
    if (!c || taken[i + 1] || !isCapitalized(tokens[i + 1].text)) continue;
    if (!state.countriesSeen.has(countryId(c.requires)) && !found.some((f) => f.id === countryId(c.requires))) continue;
    push({ id: countryId(c.iso2), label: 'Country', via: 'coref', start: tokens[i + 1].start, end: tokens[i + 1].end, from: i + 1, to: i + 2 });
  }

  recognizePeople(text, tokens, taken, doc, state, push, countryOfDemonym);
  recognizeBareAcronyms(scope, isGoodsName);

  found.sort((a, b) => a.start - b.start);
  for (const c of stateMentions) {
    doc.mention(c.id, sentence, c.start, c.end);
    doc.alias(c.id, text.slice(c.start, c.end));
    state.countriesSeen.add(c.id);
  }
  for (const m of found) {
    doc.mention(m.id, sentence, m.start, m.end);
    if (m.via !== 'coref') doc.alias(m.id, m.text);
    if (m.label === 'Country') {
      state.countriesSeen.add(m.id);
      if (m.via !== 'demonym') state.countryRecency = [...state.countryRecency.filter((c) => c !== m.id), m.id];
    }
    if (m.label === 'Person') {
      state.personsSeen = state.personsSeen.filter((p) => p !== m.id);
      state.personsSeen.push(m.id);
    }
    if (m.label === 'Organization') {
      state.orgsSeen = state.orgsSeen.filter((p) => p !== m.id);
      state.orgsSeen.push(m.id);
    }
  }
  return found;
}

function orgIdFor(doc: DocBuilder, surface: string, cid: string | undefined, base: string): string {
  if (!cid) {
    const id = entityId('org', base);
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', surface.charAt(0).toUpperCase() + surface.slice(1), { kind: 'government', country: null });
    return id;
  }
  const iso = isoOf(cid)!;
  const lex = [...ORGS.values()].find((o) => o.country === iso && o.forms.some((f) => fold(f) === fold(surface)));
  if (lex) {
    ensureNode(doc, lex.id, 'Organization');
    return lex.id;
  }
  const id = entityId('org', `${iso} ${base}`);
  if (!doc.nodes.has(id)) {
    const name = surface.charAt(0).toUpperCase() + surface.slice(1);
    const kind = /défense|armées/i.test(base) ? 'military' : /renseignement/i.test(base) ? 'intelligence' : 'government';
    doc.node(id, 'Organization', name, { kind, country: iso });
  }
  return id;
}

const COMPANY_SUFFIXES = new Set(names.orgSuffixes.map(fold));

/** A capitalised word outside the gazetteer glued right after `at - 1`: "Wellington Koo", not "Washington Post". */
function opensPersonName(text: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !isCapitalized(t.text) || !/^[ \u00A0]$/.test(text.slice(tokens[at - 1].end, t.start))) return false;
  return !GAZETTEER.has(t.key) && !COMPANY_SUFFIXES.has(t.key) && /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAME_WORDS.has(t.key);
}
const NOT_NAME_WORDS = new Set(names.notNames.map(fold));
const FIRST_NAMES = new Set(names.firstNames.map(fold));

/** Capitalised words glued after `at` that end with a company suffix ("Aerospace Industries"). */
function opensCompanyName(text: string, tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    if (!isCapitalized(tokens[k].text) || !/^[ \u00A0]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (COMPANY_SUFFIXES.has(tokens[k].key)) return true;
  }
  return false;
}

/** Length in tokens of the longest gazetteer form starting at token i (0 when none). */
function gazetteerSpan(tokens: Token[], i: number): number {
  for (let len = Math.min(GAZETTEER_MAX_TOKENS, tokens.length - i); len >= 1; len--) if (GAZETTEER.has(keyOf(tokens.slice(i, i + len)))) return len;
  return 0;
}

/** Creates the node for a lexicon entry the first time it is seen. */
export function ensureNode(doc: DocBuilder, id: string, label: EntityLabel): void {
  if (doc.nodes.has(id)) return;
  if (label === 'Country') {
    const c = COUNTRIES.get(isoOf(id)!)!;
    doc.node(id, 'Country', c.name, { iso2: c.iso2, iso3: c.iso3 }, [c.english]);
  } else if (label === 'Organization') {
    const o = ORGS.get(id)!;
    doc.node(id, 'Organization', o.name, { kind: o.kind, country: o.country ?? null }, o.aliases);
  } else if (label === 'Person') {
    const p = PERSONS.get(id)!;
    doc.node(id, 'Person', p.name, {}, p.aliases);
  } else {
    const l = LOCATIONS.get(id)!;
    doc.node(id, 'Location', l.name, { country: l.country ?? null });
  }
}

/** Records one recognised mention (callers: the pattern and gazetteer passes, and persons.ts). */
export type Push = (m: Omit<EntityMention, 'text'>) => void;
