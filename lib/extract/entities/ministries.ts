/** Bodies of a state read from a head and a domain: "ministère russe de la Défense", "le ministère de la Planification". */
import englishLexicon from '../../../data/lang/en/lexicon.json';
import names from '../../../data/lexicon/names.json';
import type { DocBuilder } from '../builder';
import { isoOf } from '../countries';
import { entityId } from '../ids';
import { GAZETTEER, ORGS, keyOf } from '../lexicon';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import { fold, isCapitalized, tokenize } from '../text';
import { countryOfDemonym, demonymAfter } from './demonyms';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';
import { alternationOf } from '../syntax/alternation';

const domainRe = () => perLanguage('org.domainRe', (lang) => new RegExp(`\\s*(${patternSource('org.domainArticle', lang)})\\s*(${alternationOf(names.orgDomains, { longestFirst: false, apostrophes: false })})(?![\\p{L}])`, 'iuy'));
// "ministère russe de la Défense", "département américain du Trésor", "ministère de la Défense sud-coréen".
const possessiveBefore = () => perLanguage('org.possessiveBeforeRe', (lang) => new RegExp(`(?:^|\\s)(?:${patternSource('org.possessive', lang)})\\s+$`, 'iu'));
const orgHead = () => perLanguage('org.ministryHeadRe', (lang) => new RegExp(`(?<![\\p{L}])(${patternSource('org.ministryHead', lang)})(?![\\p{L}])`, 'giu'));
const openDomainRe = () => perLanguage('org.openDomainRe', (lang) => new RegExp(`\\s*(${patternSource('org.domainArticle', lang)})\\s*(\\p{Lu}[\\p{Ll}-]+)(?![\\p{L}])`, 'uy'));

const andDomainRe = () => perLanguage('org.andDomainRe', (lang) => new RegExp(`\\s+(${patternSource('org.domainAnd', lang)})\\s+(${patternSource('org.domainArticle', lang)})\\s*(\\p{Lu}[\\p{Ll}-]+)(?![\\p{L}])`, 'uy'));

/** "ministère russe de la Défense": head, optional nationality, domain, optional nationality. */
function matchStateBody(text: string, at: number, head: string, owner?: string, focus?: string): { end: number; cid: string | undefined; base: string; named?: { id: string; start: number; end: number } } | undefined {
  let pos = at + head.length;
  const first = demonymAfter(text, pos);
  if (first) pos = first.end;
  const DOMAIN_RE = domainRe();
  DOMAIN_RE.lastIndex = pos;
  let dom = DOMAIN_RE.exec(text);
  let open = false;
  if (!dom) {
    // "le ministère de la Planification": a capitalised domain outside the list, not a state's name.
    const OPEN_DOMAIN_RE = openDomainRe();
    OPEN_DOMAIN_RE.lastIndex = pos;
    dom = OPEN_DOMAIN_RE.exec(text);
    if (!dom || GAZETTEER.has(fold(dom[2]))) return undefined;
    open = true;
  }
  pos += dom[0].length;
  // "le ministère de l'Agriculture et de l'Élevage": a second capitalised domain joined by "et" names the same body.
  const AND_DOMAIN = andDomainRe();
  AND_DOMAIN.lastIndex = pos;
  const joined = AND_DOMAIN.exec(text);
  const more = joined && !GAZETTEER.has(fold(joined[3])) ? ` ${joined[1].trim()} ${joined[2]} ${joined[3]}` : '';
  if (more) pos += joined![0].length;
  const second = first ? undefined : demonymAfter(text, pos);
  if (second) pos = second.end;
  // "le ministère de la Sécurité publique du Honduras": the state by its name after the domain.
  const named = first || second ? undefined : stateNamedAfter(text, pos);
  if (named) pos = named.end;
  // "le ministère de l'Intérieur" with no nationality: the state that opened the previous sentence, when one did.
  const cid = first?.id ?? second?.id ?? named?.id ?? owner ?? (open ? undefined : focus);
  // A listed domain with no state at all is too vague to be a body ("le ministère de la Défense" of whom?).
  if (!cid && !open) return undefined;
  return { end: pos, cid, named, base: `${head} ${dom[1]} ${dom[2]}${more}${named?.adjective ? ` ${named.adjective}` : ''}` };
}

const ofState = () => perLanguage('org.stateOfRe', (lang) => new RegExp(`(?:\\s+(\\p{Ll}[\\p{Ll}-]+))?\\s+(?:${patternSource('org.stateOf', lang)})\\s*`, 'uy'));

/** A state's name after `pos` ("du Honduras", "publique du Honduras"), with the adjective before it if any. */
function stateNamedAfter(text: string, pos: number): { id: string; start: number; end: number; adjective?: string } | undefined {
  const OF_STATE = ofState();
  OF_STATE.lastIndex = pos;
  const m = OF_STATE.exec(text);
  if (!m) return undefined;
  const at = pos + m[0].length;
  const tokens = tokenize(text.slice(at, at + 60));
  for (let len = Math.min(4, tokens.length); len >= 1; len--) {
    const e = GAZETTEER.get(keyOf(tokens.slice(0, len)));
    if (e?.label === 'Country' && e.via === 'name' && isCapitalized(tokens[0].text)) return { id: e.id, start: at + tokens[0].start, end: at + tokens[len - 1].end, adjective: m[1] };
  }
  return undefined;
}

/** Records the ministries, departments and secretariats of a sentence. */
export function recognizeMinistries(scan: SentenceScan): void {
  const { text, tokens, doc, state, tokenAt, push } = scan;
  for (const m of text.matchAll(orgHead())) {
    // "Son ministère des Affaires étrangères": the state that opened the previous sentence.
    const owner = possessiveBefore().test(text.slice(Math.max(0, m.index! - 6), m.index!)) && state.lastSubject?.startsWith('country:') ? state.lastSubject : undefined;
    // "La Chine a protesté. Wang Yi a dénoncé ... Le ministère des Affaires étrangères": with a person in focus, the state last named.
    const focus = state.lastSubject?.startsWith('country:') ? state.lastSubject : state.countryRecency.at(-1);
    const body = matchStateBody(text, m.index!, m[1], owner, focus);
    if (!body) continue;
    const surface = text.slice(m.index!, body.end);
    const from = tokenAt(m.index!);
    const to = tokenAt(body.end);
    push({ id: orgIdFor(doc, surface, body.cid, body.base), label: 'Organization', via: 'pattern', start: m.index!, end: body.end, from, to: to < 0 ? tokens.length : to });
    // "... du Honduras" also names the state.
    if (body.named) {
      ensureNode(doc, body.named.id, 'Country');
      scan.stateMentions.push(body.named);
    }
  }
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

// A ministry's domain as another language names it -> the French name that gives the ministry its id.
const DOMAINS = new Map<string, Record<string, string>>([['en', englishLexicon.ministries]]);

/** "the Malian defence ministry", "Niger's interior ministry", "the Ministry of Defence": domain before the head, or after "of". */
export function recognizeDomainFirstMinistries(scan: SentenceScan): void {
  const { text, tokens, doc, state, tokenAt, push, taken } = scan;
  const domains = perLanguage('org.ministryDomains', (lang) => DOMAINS.get(lang.code) ?? {});
  const found = [
    ...[...text.matchAll(pattern('org.ministryDomainFirst', 'giu'))].map((m) => ({ m, owner: m[1], domain: m[2] })),
    ...[...text.matchAll(pattern('org.ministryOfDomain', 'giu'))].map((m) => ({ m, owner: undefined, domain: m[2] })),
  ];
  for (const { m, owner, domain } of found) {
    const base = domains[fold(domain).replace(/\s+/g, ' ')];
    if (!base) continue;
    // "The Malian": a capitalised word before the nationality is no part of it.
    const word = owner && (countryOfDemonym(owner) ? owner : owner.split(/\s+/).at(-1)!);
    const cid = (word && countryOfDemonym(word)) || (state.lastSubject?.startsWith('country:') ? state.lastSubject : undefined);
    const start = word && countryOfDemonym(word) ? m.index! + m[0].indexOf(word) : m.index! + (owner ? m[0].indexOf(domain) : 0);
    const end = m.index! + m[0].length;
    const from = tokenAt(start);
    const to = tokenAt(end);
    if (from < 0 || taken[from]) continue;
    push({ id: orgIdFor(doc, text.slice(start, end), cid, base), label: 'Organization', via: 'pattern', start, end, from, to: to < 0 ? tokens.length : to });
    // "the Malian defence ministry" also names Mali.
    if (word && cid && countryOfDemonym(word) === cid) {
      ensureNode(doc, cid, 'Country');
      scan.stateMentions.push({ id: cid, start, end: start + word.length });
    }
  }
}
