/** A state's armed services and its government, each named by a nationality word. */
import orgData from '../../../data/lexicon/organizations.json';
import englishLexicon from '../../../data/lang/en/lexicon.json';
import { GAZETTEER, keyOf } from '../lexicon';
import { alternationOf } from '../syntax/alternation';
import { fold, tokenize } from '../text';
import { COUNTRIES, isoOf } from '../countries';
import { pattern, patternSource, perLanguage, type Language } from '../syntax/language';
import { countryOfDemonym, demonymAfter } from './demonyms';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';

// "le gouvernement japonais", "les autorités russes", "la diplomatie russe": the state itself.
// Heads in org.governmentOf; the one in org.governmentBody is also a body of its own.
const governmentOf = () => perLanguage('org.governmentOfRe', (lang) => new RegExp(`(?<![\\p{L}])(?:${patternSource('org.governmentOf', lang)})(?=\\s+\\p{Ll})`, 'giu'));

/** "l'armée russe", "les forces armées ukrainiennes", "la marine américaine": the service, and its state. */
export function recognizeArmedServices(scan: SentenceScan): void {
  const { text, tokens, doc, tokenAt, push, stateMentions } = scan;
  for (const a of armedServices(text)) {
    const cid = countryOfDemonym(a.word);
    if (!cid) continue;
    const from = tokenAt(a.start);
    const end = tokenAt(a.end);
    const to = end < 0 ? tokens.length : end;
    // "le Trésor américain": a body the lexicon lists under that name is left to it.
    if (GAZETTEER.get(keyOf(tokens.slice(from, to)))?.label === 'Organization') continue;
    const iso = isoOf(cid)!;
    const id = `org:${iso.toLowerCase()}-${a.id}`;
    // "the Malian army" reads as written; a French name agrees with its head ("armée malienne").
    const name = a.wordStart === a.start ? text.slice(a.start, a.end) : a.id === 'armed-forces' ? armyName(iso, a.word) : `${a.name} ${a.word}`;
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', name, { kind: a.kind, country: iso });
    push({ id, label: 'Organization', via: 'pattern', start: a.start, end: a.end, from, to });
    // "l'armée russe" also names Russia.
    ensureNode(doc, cid, 'Country');
    stateMentions.push({ id: cid, start: a.wordStart, end: a.wordEnd });
  }
}

/** "le gouvernement japonais": the state itself, as a metonym; its government is also a body of its own. */
export function recognizeGovernments(scan: SentenceScan): void {
  const { text } = scan;
  for (const m of text.matchAll(governmentOf())) {
    const d = demonymAfter(text, m.index! + m[0].length);
    if (d) recordGovernment(scan, m[0], d.id, d.word, m.index!, d.end);
  }
  // "the Ethiopian government": languages that put the nationality first (org.governmentAfter).
  for (const m of text.matchAll(pattern('org.governmentAfter', 'gu'))) {
    const words = m[1].split(/\s+/);
    // "The Ethiopian government": a capitalised word before the nationality is no part of it.
    const word = countryOfDemonym(m[1]) ? m[1] : words.at(-1)!;
    const id = countryOfDemonym(word);
    if (id) recordGovernment(scan, m[2], id, word, m.index! + m[1].length - word.length, m.index! + m[0].length, text.slice(m.index! + m[1].length - word.length, m.index! + m[0].length));
  }
}

/** The state as a metonym over [start, end), and its government as a body of its own when the head names one. */
function recordGovernment(scan: SentenceScan, head: string, cid: string, word: string, start: number, end: number, surface?: string): void {
  const { tokens, doc, tokenAt, push } = scan;
  const to = tokenAt(end);
  ensureNode(doc, cid, 'Country');
  // The state stays the actor of what the sentence says; the body is named so that a reader finds it.
  if (pattern('org.governmentBody', 'iu').test(head)) {
    const iso = isoOf(cid)!;
    const id = `org:${iso.toLowerCase()}-government`;
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', surface ?? `${head.toLowerCase()} ${word.toLowerCase()}`, { kind: 'government', country: iso });
    scan.bodyMentions.push({ id, start, end });
  }
  push({ id: cid, label: 'Country', via: 'metonym', start, end, from: tokenAt(start), to: to < 0 ? tokens.length : to });
}

const P = orgData.patterns;

/** A language's armed services and state institutions named by a nationality word, and where that word stands. */
interface ServiceGrammar {
  heads: Array<{ head: string; key: string; kind: string }>;
  armies: string[];
  /** English puts the nationality first ("the Malian army"), French after ("l'armée malienne"). */
  nationalityFirst: boolean;
}

// Armed services and a state's own institutions share one grammar: a head, then a nationality word.
const SERVICES = new Map<string, ServiceGrammar>([
  ['fr', { heads: [...P.branches, ...P.institutions], armies: P.armies, nationalityFirst: false }],
  ['en', { heads: englishLexicon.services, armies: englishLexicon.armies, nationalityFirst: true }],
]);

/** The service heads of a language, longest first, and the expression that finds them next to a nationality word. */
function serviceGrammar(lang: Language) {
  const g = SERVICES.get(lang.code) ?? SERVICES.get('fr')!;
  const heads = [...g.heads].sort((a, b) => b.head.length - a.head.length);
  // English capitalises a state's institutions ("the Kenyan Supreme Court"): each head also in title case.
  const titled = (h: string) => (g.nationalityFirst ? [h, h.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase())] : [h]);
  const names = [...heads.map((b) => b.head), ...g.armies].flatMap(titled);
  const alternatives = alternationOf(names);
  const re = g.nationalityFirst
    ? new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)\\s+(${alternatives})(?![\\p{L}])`, 'gu')
    : new RegExp(`(?<![\\p{L}])(${alternatives})\\s+(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}])`, 'giu');
  return { heads, armies: new Set(g.armies.map(fold)), re, nationalityFirst: g.nationalityFirst };
}

function isDemonym(word: string): boolean {
  return GAZETTEER.get(keyOf(tokenize(word)))?.label === 'Country';
}

/** A service found in a text: its key, head as written, span, and the nationality word's span. */
interface ArmedService {
  id: string;
  name: string;
  start: number;
  end: number;
  wordStart: number;
  wordEnd: number;
  kind: string;
  word: string;
}

/** An armed service named by a nationality word: "l'armée ukrainienne", "la marine américaine", "les garde-côtes américains", "the Malian army". */
function armedServices(text: string): ArmedService[] {
  const g = perLanguage('org.services', serviceGrammar);
  const out: ArmedService[] = [];
  for (const m of text.matchAll(g.re)) {
    const [headText, found] = g.nationalityFirst ? [m[2], m[1]] : [m[1], m[2]];
    // "The Malian army": a capitalised word before the nationality is no part of it.
    const word = g.nationalityFirst && !isDemonym(found) ? found.split(/\s+/).at(-1)! : found;
    const head = fold(headText);
    const branch = g.heads.find((b) => fold(b.head) === head);
    const id = branch ? branch.key : g.armies.has(head) ? 'armed-forces' : '';
    if (!id) continue;
    let end = m.index! + m[0].length;
    let nationality = word;
    // "la police fédérale brésilienne", "la garde civile espagnole": a qualifying adjective may stand before the nationality.
    const later = !g.nationalityFirst && !countryOfDemonym(word) && pattern('org.adjective', 'u').test(word) ? demonymAfter(text, end) : undefined;
    if (later) [end, nationality] = [later.end, later.word];
    const start = g.nationalityFirst ? m.index! + found.length - word.length : m.index!;
    const wordStart = g.nationalityFirst ? start : end - nationality.length;
    out.push({ id, name: later ? `${headText} ${word}` : headText, start, end, wordStart, wordEnd: wordStart + nationality.length, kind: branch?.kind ?? 'military', word: nationality });
  }
  return out;
}

/** "armée ukrainienne", not "armée ukrainien": the nationality agrees with the feminine head. */
function armyName(iso: string, word: string): string {
  const fem = COUNTRIES.get(iso)?.demonyms.find((d) => /e$/.test(d));
  return `armée ${fem ?? word.toLowerCase()}`;
}
