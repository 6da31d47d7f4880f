/** Bodies outside the lexicon, read from the grammar of their names (data/lexicon/organizations.json "patterns"). */
import orgData from '../../data/lexicon/organizations.json';
import type { DocBuilder } from './builder';
import { isoOf } from './countries';
import { entityId } from './ids';
import { GAZETTEER, GAZETTEER_MAX_TOKENS, ORGS, keyOf } from './lexicon';
import { adjacent, fold, isCapitalized, tokenize, type Token } from './text';
import englishLexicon from '../../data/lang/en/lexicon.json';
import { endsAgreementName } from './agreement-acronyms';
import { activeLanguage, pattern, perLanguage, type Language } from './syntax/language';

const P = orgData.patterns;
// The words that open a body's name and those that go on naming it, per language.
const BODY_WORDS = new Map([['en', { heads: englishLexicon.bodyHeads, connectors: englishLexicon.bodyConnectors, modifiersFirst: true }]]);
// A French article keeps a foreign body's English name ("l'Institute for Security Studies"): English heads and "of"/"for" open and go on naming it there too.
const bodyWords = (lang: Language) => BODY_WORDS.get(lang.code) ?? { heads: [...P.heads, ...englishLexicon.bodyHeads], connectors: [...P.connectors, ...englishLexicon.bodyConnectors.filter((w) => w === 'of' || w === 'for')], modifiersFirst: false };
const HEADS = { has: (key: string) => perLanguage('org.bodyHeads', (lang) => new Set(bodyWords(lang).heads.map(fold))).has(key) };
const CONNECTORS = { has: (key: string) => perLanguage('org.bodyConnectors', (lang) => new Set(bodyWords(lang).connectors.map(fold))).has(key) };
const MISSIONS = [...P.missions].sort((a, b) => b.length - a.length).map((h) => tokenize(h).map((t) => t.key));
// Words that end a name: verbs, relatives and the prepositions of a clause rather than of a name (org.nameStop);
// after "et", a time word or a title starts a new phrase (org.notAfterAnd).
const STOP = { has: (key: string) => pattern('org.nameStop', '').test(key) };
const NOT_AFTER_AND = { has: (key: string) => pattern('org.notAfterAnd', '').test(key) };
// Lower-case words that may continue a name: adjectives ("nationale", "stratégiques", "militaire").
const ADJECTIVE = () => pattern('org.adjective', 'u');
// "(CN APM)", "(Africa CDC)": a short form of two words is one too.
const ACRONYM = /\(\s*(\p{Lu}[\p{L}\d-]{1,11}(?: \p{Lu}[\p{L}\d-]{1,11})?)\s*\)/gu;

/** What the patterns need from the recogniser: its tokens, what is taken, and how to record. */
export interface PatternScope {
  text: string;
  tokens: Token[];
  taken: boolean[];
  doc: DocBuilder;
  /** Article-local short forms ("ANL" once "Armée nationale libyenne (ANL)" was read) -> id. */
  forms: Map<string, string>;
  countryOfWord: (word: string) => string | undefined;
  ensureOrg: (id: string) => void;
  push: (m: { id: string; label: 'Organization'; via: 'pattern'; start: number; end: number; from: number; to: number }) => void;
  stateMention: (id: string, start: number, end: number) => void;
}

function isPunct(t: Token): boolean {
  return /^[,;:.!?«»"“”()[\]—–/]$/.test(t.text);
}

function isAcronym(s: string): boolean {
  return (s.match(/\p{Lu}/gu) ?? []).length >= 2 || /^\p{Lu}\p{Ll}+$/u.test(s);
}

/** Whether the lexicon knows a text as a state, a capital or a place ("Le Caire", "Kaboul"). */
function isPlace(s: string): boolean {
  const known = GAZETTEER.get(keyOf(tokenize(s)));
  return !!known && known.label !== 'Organization';
}

/** Lexicon organisation named exactly by these tokens, if any. */
function lexiconOrg(tokens: Token[]): string | undefined {
  const e = GAZETTEER.get(keyOf(tokens));
  return e?.label === 'Organization' ? e.id : undefined;
}

/** Records a body found by a pattern; nationality words inside it name their state too. */
function record(scope: PatternScope, name: string, from: number, to: number, props: { kind: string; country?: string }, acronym?: string): string {
  const { doc, tokens } = scope;
  const span = tokens.slice(from, to);
  const known = lexiconOrg(span) ?? (acronym ? lexiconOrg(tokenize(acronym)) : undefined);
  let country = props.country;
  // "Organisation des États américains": a listed body's nationality word names its own state or none.
  const listedCountry = known ? ORGS.get(known)?.country : undefined;
  for (const t of span) {
    const cid = /^\p{Ll}/u.test(t.text) ? scope.countryOfWord(t.text) : undefined;
    if (cid && (!known || isoOf(cid) === listedCountry)) {
      country ??= isoOf(cid);
      scope.stateMention(cid, t.start, t.end);
    }
  }
  // "l'Agence nationale de sécurité du Tchad", "la Banque centrale du Nigeria": the state named after "de" at the end of the name.
  const state = known ? undefined : stateNamedLast(span);
  if (state) country ??= isoOf(state.id);
  // "Mission des Nations unies au Soudan du Sud": a state named inside a body's name is still an actor of the article.
  if (!known) for (const named of statesNamedIn(span)) scope.stateMention(named.id, named.start, named.end);
  const id = known ?? entityId('org', name);
  if (known) scope.ensureOrg(known);
  else doc.node(id, 'Organization', name, { kind: props.kind, country: country ?? null });
  if (acronym) {
    doc.alias(id, acronym);
    scope.forms.set(fold(acronym), id);
  }
  scope.push({ id, label: 'Organization', via: 'pattern', start: span[0].start, end: span[span.length - 1].end, from, to });
  return id;
}

/** The country whose name (not a capital or a demonym) closes the span after "de", "du", "of"; undefined if none. */
function stateNamedLast(span: Token[]): { id: string; start: number; end: number } | undefined {
  for (let len = Math.min(4, span.length - 1); len >= 1; len--) {
    const at = span.slice(span.length - len);
    let k = span.length - len - 1;
    if (pattern('org.article', '').test(span[k].key) && k >= 1) k--;
    if (!pattern('org.of', '').test(span[k].key) || !isCapitalized(at[0].text)) continue;
    const e = GAZETTEER.get(keyOf(at));
    if (e?.label === 'Country' && e.via === 'name') return { id: e.id, start: at[0].start, end: at[len - 1].end };
  }
  return undefined;
}

/** The countries named (not by a capital or a demonym) after "de", "au", "en" ... inside the span. */
function statesNamedIn(span: Token[]): Array<{ id: string; start: number; end: number }> {
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (let k = 1; k < span.length; k++) {
    const prev = span[k - 1].key;
    if (!(pattern('org.of', '').test(prev) || pattern('org.placeOf', '').test(prev) || pattern('org.article', '').test(prev)) || !isCapitalized(span[k].text)) continue;
    for (let len = Math.min(4, span.length - k); len >= 1; len--) {
      const e = GAZETTEER.get(keyOf(span.slice(k, k + len)));
      if (e?.label === 'Country' && e.via === 'name') {
        found.push({ id: e.id, start: span[k].start, end: span[k + len - 1].end });
        k += len - 1;
        break;
      }
    }
  }
  return found;
}

function kindOf(head: string): string {
  if (pattern('org.militaryHead', 'u').test(head)) return 'military';
  if (pattern('org.researchHead', 'u').test(head)) return 'think_tank';
  if (pattern('org.companyHead', 'u').test(head)) return 'company';
  if (pattern('org.movementHead', 'u').test(head)) return 'group';
  if (pattern('org.localHead', 'u').test(head)) return 'local_government';
  if (pattern('org.mediaHead', 'u').test(head)) return 'media';
  return 'government';
}

/** "Armée nationale libyenne (ANL)", "gouvernement d'union nationale (GNA)": a name, then its acronym in brackets. */
function acronymBodies(scope: PatternScope): void {
  const { text, tokens, taken } = scope;
  for (const m of text.matchAll(ACRONYM)) {
    // "l'Autorité du bassin du Nil (Le Caire)": a place in brackets says where the body sits; it is no short form of it.
    if (!isAcronym(m[1]) || isPlace(m[1])) continue;
    const b = tokens.findIndex((t) => t.start === m.index);
    if (b <= 0) continue;
    // "the Reciprocal Access Agreement (RAA)": an agreement's short form, read with the agreement.
    if (endsAgreementName(tokens[b - 1].key)) continue;
    let head = -1;
    let capitalHead = -1;
    for (let k = b - 1; k >= Math.max(0, b - 14); k--) {
      const t = tokens[k];
      // "Mission des Nations unies au Soudan du Sud (Minuss)", "Mission d'appui à la sécurité (MMAS)": a preposition before a place or a common noun stays in the name.
      const placeOf = !!tokens[k + 1] && ((pattern('org.placeOf', '').test(t.key) && isCapitalized(tokens[k + 1].text)) || (pattern('org.purposeOf', '').test(t.key) && !isCapitalized(tokens[k + 1].text)));
      if (isPunct(t) || taken[k] || (STOP.has(t.key) && !placeOf) || /^\d/.test(t.text)) break;
      // "membre de l'Union africaine et de la Communauté ... (SADC)": a conjunction repeating "de" before a capital opens another body.
      if (pattern('org.nextConjunct', 'u').test(text.slice(t.start, tokens[b - 1].end))) break;
      // "Centres africains de contrôle ... (Africa CDC)": the brackets make a plural head a name's head too.
      if (HEADS.has(t.key) || (isCapitalized(t.text) && HEADS.has(t.key.replace(/[sx]$/u, '')))) {
        head = k;
        if (isCapitalized(t.text)) capitalHead = k;
      }
    }
    // "Stockholm International Peace Research Institute (SIPRI)": words that spell the acronym are its whole name, wherever the head stands.
    const spelled = spelledBy(tokens, taken, b, m[1]);
    const from = spelled >= 0 ? spelled : capitalHead >= 0 ? capitalHead : head;
    if (from < 0) continue;
    const name = text.slice(tokens[from].start, tokens[b - 1].end);
    record(scope, name, from, b, { kind: kindOf(tokens[from].key) }, m[1]);
  }
}

/** "Defense Security Cooperation Agency (DSCA)": the capitalised words before the brackets whose initials spell the acronym; -1 if none. */
function spelledBy(tokens: Token[], taken: boolean[], b: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return -1;
  let k = b - 1;
  let n = letters.length;
  for (; k >= 0 && n > 0; k--) {
    const t = tokens[k];
    if (taken[k] || isPunct(t)) return -1;
    if (CONNECTORS.has(t.key) || /^(?:of|for|and|the|on|la|le|les|l')$/.test(t.key)) continue;
    // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a glued article lends its name's initial; an elided tail ("'at") none.
    if (t.text === "'" || (/^\p{Ll}+$/u.test(t.text) && tokens[k - 1]?.text === "'" && tokens[k - 1].end === t.start)) continue;
    const initial = /^\p{Ll}{1,4}-(\p{Lu})/u.exec(t.text)?.[1] ?? (isCapitalized(t.text) ? t.text[0] : '');
    if (!initial || fold(initial) !== fold(letters[n - 1])) return -1;
    n--;
  }
  return n === 0 ? k + 1 : -1;
}

/** Whether two or more tokens from `i` spell a state the gazetteer knows ("l'Union soviétique"). */
function opensListedState(tokens: Token[], i: number): boolean {
  for (let len = 2; len <= Math.min(GAZETTEER_MAX_TOKENS, tokens.length - i); len++) if (GAZETTEER.get(keyOf(tokens.slice(i, i + len)))?.label === 'Country') return true;
  return false;
}

/** "l'Institut Lumière d'études stratégiques": a capitalised head, then names, connectors and adjectives. */
function headedBodies(scope: PatternScope): void {
  const { tokens, taken } = scope;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !HEADS.has(t.key) || !isCapitalized(t.text)) continue;
    // At the head of a sentence a capital says nothing: a proper name must follow.
    if (i === 0 && !(tokens[1] && isCapitalized(tokens[1].text))) continue;
    // A name the lexicon knows is left to the gazetteer.
    let lex = 0;
    for (let len = Math.min(GAZETTEER_MAX_TOKENS, tokens.length - i); len >= 1 && !lex; len--) if (lexiconOrg(tokens.slice(i, i + len))) lex = len;
    // ... unless an adjective goes on naming another body: "le Conseil de sécurité nationale" is not the UN's "Conseil de sécurité".
    const after = tokens[i + lex];
    // "la Banque mondiale publié mardi": a participle after the name is the clause's, not the name's.
    const longer = lex > 0 && !!after && !taken[i + lex] && /^\p{Ll}/u.test(after.text) && !STOP.has(after.key) && !CONNECTORS.has(after.key) && ADJECTIVE().test(after.text) && !pattern('org.participle', 'u').test(after.text) && !scope.countryOfWord(after.text);
    if (lex && !longer) {
      i += lex - 1;
      continue;
    }
    // "l'Union soviétique": a state the gazetteer knows, named with a body's head, is left to it.
    if (!lex && opensListedState(tokens, i)) continue;
    let j = i + 1;
    let last = i;
    // "le Mouvement pour l'unité et le jihad en Afrique de l'Ouest": "en", "au" before a capitalised place go on naming the body.
    const placeNext = (k: number) => pattern('org.placeOf', '').test(tokens[k].key) && !!tokens[k + 1] && !taken[k + 1] && isCapitalized(tokens[k + 1].text);
    while (j < tokens.length && !taken[j] && !isPunct(tokens[j]) && (!STOP.has(tokens[j].key) || placeNext(j))) {
      const w = tokens[j];
      if (placeNext(j)) {
        j++;
        continue;
      }
      if (CONNECTORS.has(w.key)) {
        // "de la", "de l'", "pour l'": take the article with the connector; "paix et de sécurité": a connector after "et".
        let k = j + 1;
        if (pattern('org.and', '').test(w.key) && k < tokens.length && CONNECTORS.has(tokens[k].key) && !pattern('org.and', '').test(tokens[k].key)) k++;
        if (k < tokens.length && pattern('org.article', '').test(tokens[k].key)) k++;
        const next = tokens[k];
        // "le Centre d'analyse de la politique eurasienne", "l'Observatoire sahélien des conflits": a common noun after "de" goes on naming the body.
        if (!next || taken[k] || isPunct(next) || STOP.has(next.key) || !(isCapitalized(next.text) || ADJECTIVE().test(next.text.toLowerCase()) || pattern('org.nounOfName', 'u').test(next.text))) break;
        // "chercheuse au Centre d'études Aurore et ancienne conseillère": "et" before a time word starts a new phrase.
        if (pattern('org.and', '').test(w.key) && NOT_AFTER_AND.has(next.key)) break;
        j = k + 1;
        last = k;
        continue;
      }
      if (isCapitalized(w.text) || ADJECTIVE().test(w.text.toLowerCase()) || scope.countryOfWord(w.text)) {
        last = j;
        j++;
        continue;
      }
      break;
    }
    if (last === i) {
      // "le Foreign Office", "du Serious Fraud Office": a foreign body kept in English keeps its modifiers before the head.
      const from = englishModifiersBefore(scope, i);
      if (from < i) record(scope, scope.text.slice(tokens[from].start, t.end), from, i + 1, { kind: kindOf(t.key) });
      continue;
    }
    // Only demonyms ("Forces russes"): a state's army, left to the army pattern; a complement after them ("Banque chinoise de développement") names a body.
    const words = tokens.slice(i + 1, last + 1);
    if (!words.some((w) => isCapitalized(w.text) || CONNECTORS.has(w.key) || (!scope.countryOfWord(w.text) && ADJECTIVE().test(w.text.toLowerCase())))) continue;
    // "la Haute Cour de Nairobi": a capitalised rank before the head opens the name.
    // "le Legal Assistance Centre de Windhoek": a head both languages share, after English modifiers, keeps them too.
    let from = i > 0 && !taken[i - 1] && isCapitalized(tokens[i - 1].text) && pattern('org.headPrefix', '').test(tokens[i - 1].key) ? i - 1 : englishModifiersBefore(scope, i);
    // "the National Security Council of Sudan": where a language puts its modifiers first, capitalised words before the head open the name.
    if (perLanguage('org.modifiersFirst', (lang) => bodyWords(lang).modifiersFirst)) while (from > 0 && !taken[from - 1] && isCapitalized(tokens[from - 1].text) && !pattern('person.determiner', '').test(tokens[from - 1].key)) from--;
    const name = scope.text.slice(tokens[from].start, tokens[last].end);
    record(scope, name, from, last + 1, { kind: kindOf(t.key) });
    i = last;
  }
}

const ENGLISH_HEADS = new Set(englishLexicon.bodyHeads.map(fold));

/** Where capitalised modifiers before an English head at `i` begin in a language that puts them after ("le Foreign Office"); `i` when none. */
function englishModifiersBefore({ tokens, taken, text }: PatternScope, i: number): number {
  if (perLanguage('org.modifiersFirst', (lang) => bodyWords(lang).modifiersFirst) || !ENGLISH_HEADS.has(tokens[i].key)) return i;
  let from = i;
  while (from > 0 && i - from < 3) {
    const w = tokens[from - 1];
    if (taken[from - 1] || !isCapitalized(w.text) || !/^\s+$/.test(text.slice(w.end, tokens[from].start)) || activeLanguage().classes.has(w.key) || GAZETTEER.has(w.key)) break;
    from--;
  }
  return from;
}

/** "l'ambassade de France à Rome", "le consulat russe à Istanbul": a state's mission abroad. */
function missions(scope: PatternScope): void {
  const { text, tokens, taken } = scope;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const head = MISSIONS.find((h) => h.every((x, k) => tokens[i + k]?.key === x));
    if (!head) continue;
    let k = i + head.length;
    let country: string | undefined;
    const of = tokens[k]?.key;
    if (of && pattern('org.of', '').test(of)) {
      const at = tokens.slice(k + 1, k + 5);
      for (let len = at.length; len >= 1 && !country; len--) {
        const e = GAZETTEER.get(keyOf(at.slice(0, len)));
        if (e?.label === 'Country' && e.via === 'name') {
          country = e.id;
          scope.stateMention(e.id, at[0].start, at[len - 1].end);
          k = k + 1 + len;
        }
      }
    } else if (tokens[k] && scope.countryOfWord(tokens[k].text)) {
      country = scope.countryOfWord(tokens[k].text);
      k++;
    }
    if (!country) continue;
    // "à Rome", "en Turquie": the city or land where the mission sits belongs to its name.
    if (tokens[k] && pattern('org.missionPlace', '').test(tokens[k].key) && tokens[k + 1] && isCapitalized(tokens[k + 1].text)) k += 2;
    const name = text.slice(tokens[i].start, tokens[k - 1].end);
    record(scope, name, i, k, { kind: 'government', country: isoOf(country) });
    i = k - 1;
  }
}

const SOCIETIES = P.nationalSocieties.map((h) => tokenize(h).map((t) => t.key));

/** "le Croissant-Rouge égyptien", "la Croix-Rouge ukrainienne": a movement's national branch, named by its nationality. */
function nationalSocieties(scope: PatternScope): void {
  const { text, tokens, taken } = scope;
  for (let i = 0; i < tokens.length; i++) {
    const head = SOCIETIES.find((h) => h.every((x, k) => tokens[i + k]?.key === x && !taken[i + k]));
    const word = head ? tokens[i + head.length] : undefined;
    if (!head || !word || !/^\p{Ll}/u.test(word.text) || !scope.countryOfWord(word.text)) continue;
    record(scope, text.slice(tokens[i].start, word.end), i, i + head.length + 1, { kind: 'ngo' });
    i += head.length;
  }
}

/** Article-local short forms ("l'ANL", "le Centcom", "la CN APM") once their expansion was read. */
function shortForms(scope: PatternScope): void {
  const { tokens, taken } = scope;
  for (let i = 0; i < tokens.length; i++) {
    for (const len of [2, 1]) {
      const span = tokens.slice(i, i + len);
      const id = span.length === len ? scope.forms.get(keyOf(span)) : undefined;
      if (!id || span.some((t, k) => taken[i + k] || !isCapitalized(t.text)) || !scope.doc.nodes.has(id)) continue;
      // "Cosco Shipping ... Cosco Shipping Ports Chancay": a capitalised word going on names another body.
      if (tokens[i + len] && isCapitalized(tokens[i + len].text) && adjacent(scope.text, span[len - 1], tokens[i + len])) continue;
      scope.push({ id, label: 'Organization', via: 'pattern', start: span[0].start, end: span[len - 1].end, from: i, to: i + len });
      i += len - 1;
      break;
    }
  }
}

/** "membres du G33", "le groupe de Cairns": a bloc of states named by a number, or "groupe de" and a capitalised name after a definite article. */
function blocs(scope: PatternScope): void {
  const { text, tokens, taken } = scope;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // "du G33", "le G77", not "des fusils G36": a definite article or "du" before the number's name.
    if (i > 0 && pattern('org.groupOf', '').test(tokens[i - 1].key) && pattern('org.numberedGroup', 'u').test(tokens[i].text)) {
      record(scope, tokens[i].text, i, i + 1, { kind: 'alliance' });
      continue;
    }
    // "du groupe de Cairns", not "un groupe de Syriens": a definite article, then a name that is no nationality.
    const [head, of, name] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (!name || taken[i + 3] || !pattern('org.groupOf', '').test(tokens[i].key) || head.text !== 'groupe' || !pattern('org.of', '').test(of.key) || !isCapitalized(name.text) || scope.countryOfWord(name.text)) continue;
    if (pattern('org.article', '').test(name.key)) continue;
    record(scope, text.slice(head.start, name.end), i + 1, i + 4, { kind: 'alliance' });
    i += 3;
  }
}

/** Every pattern for unlisted bodies, in order of precedence. */
export function recognizeBodies(scope: PatternScope): void {
  acronymBodies(scope);
  blocs(scope);
  missions(scope);
  nationalSocieties(scope);
  shortForms(scope);
}

/** Capitalised headed names run after the state-body patterns (a ministry is theirs). */
export function recognizeHeadedBodies(scope: PatternScope): void {
  headedBodies(scope);
}
