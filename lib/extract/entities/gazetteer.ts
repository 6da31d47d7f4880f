/** Names the lexicons know: longest match at each token, with the cases where a known word opens another name. */
import names from '../../../data/lexicon/names.json';
import { isoOf } from '../countries';
import { entityId } from '../ids';
import { GAZETTEER, GAZETTEER_MAX_TOKENS, ORGS, keyOf } from '../lexicon';
import { adjacent, fold, isCapitalized, type Token } from '../text';
import { currencyKeys, pattern } from '../syntax/language';
import { FIRST_NAMES, NOT_NAMES, isCompanySuffix } from '../persons';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';

// The words before the last of every organisation name of three words or more: a glued last word is only
// cut back after one of these (trying every cut after every span was most of the extractor's time).
const ORG_NAME_STARTS = new Set<string>();
for (const [key, e] of GAZETTEER) if (e.label === 'Organization' && key.split(' ').length >= 3) ORG_NAME_STARTS.add(key.slice(0, key.lastIndexOf(' ')));
const REGION_WORDS = new Set(names.regionWords.map(fold));
const PLACE_PARTICLES = new Set(['da', 'do', 'dos', 'das', 'del']);

/** Gazetteer: longest match at each token; a glued last word ("Journalcitant") still counts. */
export function recognizeListedNames(scan: SentenceScan): void {
  const { text, tokens, taken, doc, push, stateMentions } = scan;
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
      // "suisse", "argentine": a nationality word written like its state's name.
      if (entry.capitalized && entry.lowercase && !isCapitalized(span[0].text)) entry = entry.lowercase;
      // "en dirhams émiratis", "des dollars américains": a nationality word that only names a currency names no actor.
      if (entry.via === 'demonym' && len === 1 && i > 0 && currencyKeys().has(tokens[i - 1].key)) break;
      // "Wellington Koo": a capital glued to a capitalised word opens a person's name.
      if (entry.via === 'metonym' && len === 1 && opensPersonName(text, tokens, i + 1)) break;
      // "Ana Lima", "Carlos Santiago": a capital right after a first name closes a person's name.
      if (entry.via === 'metonym' && len === 1 && i > 0 && FIRST_NAMES.has(tokens[i - 1].key) && isCapitalized(tokens[i - 1].text) && adjacent(text, tokens[i - 1], tokens[i])) break;
      // "Mocímboa da Praia", "Vila do Conde": a capital after a Portuguese or Spanish particle ends a place's name.
      if (entry.via === 'metonym' && len === 1 && i >= 2 && PLACE_PARTICLES.has(tokens[i - 1].key) && isCapitalized(tokens[i - 2].text)) {
        // The whole name is a place: no later pass may read it as a person.
        for (let k = i; k >= 0 && (k >= i - 1 || isCapitalized(tokens[k].text)) && !taken[k]; k--) taken[k] = true;
        break;
      }
      // "Santiago de Cuba", "San José del Monte": a capital's name that "de" and a capitalised word go on naming is another town.
      if (entry.via === 'metonym' && len === 1 && townGoesOn(text, tokens, i + 1)) break;
      // "Amérique latine", "Amérique du Sud": a state's name with a region word is a region.
      if (entry.label === 'Country' && len === 1 && namesRegion(text, tokens, i + 1)) break;
      // "Israel Aerospace Industries", "le Manila Times": a state's name or capital opening a company's or outlet's name is part of it.
      if (entry.label === 'Country' && (entry.via === 'name' || entry.via === 'metonym') && opensCompanyName(text, tokens, i + len)) break;
      // "Vale Base Metals": a group's name opening a subsidiary's, a word of its own before the suffix, is part of it ("Huawei Technologies" stays the group).
      if (entry.label === 'Organization' && len === 1 && i + 1 < tokens.length && !isCompanySuffix(tokens[i + 1].key) && opensCompanyName(text, tokens, i + 1)) break;
      // "des patrouilleurs de classe Guardian": a class or model name is no body.
      if (entry.label === 'Organization' && len === 1 && i >= 1 && (pattern('entity.className', '').test(tokens[i - 1].key) || (i >= 2 && pattern('org.of', '').test(tokens[i - 1].key) && pattern('entity.className', '').test(tokens[i - 2].key)))) break;
      // "un Airbus A320", "des Boeing": a maker's name that also names its product, read as the product; "chez Airbus", "Boeing a livré": the maker.
      if (entry.label === 'Organization' && len === 1 && ORGS.get(entry.id)?.product && namesProduct(tokens, i)) {
        taken[i] = true;
        break;
      }
      // "« Le Monde en cartes »": an outlet's name opening a quoted title that goes on is the title of a programme, no body.
      if (entry.label === 'Organization' && ORGS.get(entry.id)?.kind === 'media' && pattern('entity.titleOpens', 'u').test(text.slice(Math.max(0, span[0].start - 3), span[0].start)) && pattern('entity.titleGoesOn', 'u').test(text.slice(end))) {
        for (let k = i; k < i + len; k++) taken[k] = true;
        break;
      }
      // "Thérèse Kayikwamba Wagner": a one-word body's name closing a person's capitalised name is part of it;
      // "Edwin Ceniza Salvador": a state's one-word name after two name words too.
      if (entry.label === 'Organization' && len === 1 && closesPersonName(text, tokens, taken, i)) break;
      if (entry.label === 'Country' && entry.via !== 'demonym' && len === 1 && closesPersonName(text, tokens, taken, i, false)) break;
      // Multi-word body names are often written in lower case ("le département d'État"), but not a title opened by its article ("tout le monde" is no newspaper).
      if (entry.capitalized && !isCapitalized(span[0].text) && !(entry.label === 'Organization' && len > 1 && !pattern('org.article', '').test(span[0].key))) continue;
      // "le Conseil de sécurité nationale tanzanien": a state's body named with another state's nationality is that state's own.
      const other = entry.label === 'Organization' ? otherStatesBody(scan, entry.id, span[0].start, i + len) : undefined;
      if (other) {
        push({ id: other.id, label: 'Organization', via: 'pattern', start: span[0].start, end: other.end, from: i, to: i + len + 1 });
        i += len;
        break;
      }
      ensureNode(doc, entry.id, entry.label);
      push({ id: entry.id, label: entry.label, via: entry.via, start: span[0].start, end, from: i, to: i + len });
      // "le Trésor américain" also names the United States.
      if (entry.label === 'Organization')
        for (const t of span) {
          const d = GAZETTEER.get(t.key);
          if (d?.via === 'demonym' && !t.text.match(/^\p{Lu}/u) && isoOf(d.id) === ORGS.get(entry.id)?.country) {
            ensureNode(doc, d.id, 'Country');
            stateMentions.push({ id: d.id, start: t.start, end: t.end });
          }
        }
      i += len - 1;
      break;
    }
  }
}

/** The body of another state than the listed one's, when a nationality word of that state follows its name at token `at`. */
function otherStatesBody(scan: SentenceScan, listed: string, start: number, at: number): { id: string; end: number } | undefined {
  const { text, tokens, taken, doc, stateMentions } = scan;
  const base = ORGS.get(listed);
  const t = tokens[at];
  if (!base?.country || !t || taken[at] || !/^\p{Ll}/u.test(t.text)) return undefined;
  const d = GAZETTEER.get(t.key);
  const iso = d?.label === 'Country' && d.via === 'demonym' ? isoOf(d.id) : undefined;
  if (!d || !iso || iso === base.country) return undefined;
  const surface = text.slice(start, t.end);
  const id = entityId('org', `${iso} ${surface}`);
  if (!doc.nodes.has(id)) doc.node(id, 'Organization', surface.charAt(0).toUpperCase() + surface.slice(1), { kind: base.kind, country: iso });
  ensureNode(doc, d.id, 'Country');
  stateMentions.push({ id: d.id, start: t.start, end: t.end });
  return { id, end: t.end };
}

/** Whether the maker's name at token `at` stands for its product: a model designator after it ("A320", "737"), or a count or determiner before it ("dix Airbus", "un Boeing"). */
function namesProduct(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  const prev = tokens[at - 1];
  return (!!next && pattern('entity.modelAfter', 'u').test(next.text)) || (!!prev && (pattern('entity.productCount', '').test(prev.key) || /^\d+$/u.test(prev.key)));
}

/** A capitalised word outside the gazetteer glued right after `at - 1`: "Wellington Koo", not "Washington Post". */
function opensPersonName(text: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !isCapitalized(t.text) || !adjacent(text, tokens[at - 1], t)) return false;
  return !GAZETTEER.has(t.key) && !isCompanySuffix(t.key) && /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAMES.has(t.key);
}

/** Two capitalised name words not yet read, or (with `firstName`) a first name, glued right before token `at`: the end of a person's name. */
function closesPersonName(text: string, tokens: Token[], taken: boolean[], at: number, firstName = true): boolean {
  let k = at - 1;
  while (k >= 0 && !taken[k] && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && !GAZETTEER.has(tokens[k].key) && !NOT_NAMES.has(tokens[k].key) && adjacent(text, tokens[k], tokens[k + 1])) k--;
  const run = at - 1 - k;
  return run >= 2 || (firstName && run === 1 && FIRST_NAMES.has(tokens[at - 1].key));
}

/** "de Cuba" after "Santiago": a place particle glued after `at - 1`, then a capitalised word. */
function townGoesOn(text: string, tokens: Token[], at: number): boolean {
  const particle = tokens[at];
  const next = tokens[at + 1];
  return !!particle && !!next && pattern('entity.townParticle', '').test(particle.key) && isCapitalized(next.text) && adjacent(text, tokens[at - 1], particle) && adjacent(text, particle, next);
}

/** "latine" in "Amérique latine", "du Sud" in "Amérique du Sud": what makes a region of the state's name before `at`. */
function namesRegion(text: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !adjacent(text, tokens[at - 1], t)) return false;
  return REGION_WORDS.has(t.key) || pattern('entity.compassRegion', 'u').test(`${t.key} ${tokens[at + 1]?.text ?? ''}`);
}

/** Capitalised words glued after `at` that end with a company suffix ("Aerospace Industries"). */
function opensCompanyName(text: string, tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    if (!isCapitalized(tokens[k].text) || !adjacent(text, tokens[k - 1], tokens[k])) return false;
    if (isCompanySuffix(tokens[k].key)) return true;
  }
  return false;
}

/** Length in tokens of the longest gazetteer form starting at token i (0 when none). */
export function gazetteerSpan(tokens: Token[], i: number): number {
  for (let len = Math.min(GAZETTEER_MAX_TOKENS, tokens.length - i); len >= 1; len--) if (GAZETTEER.has(keyOf(tokens.slice(i, i + len)))) return len;
  return 0;
}
