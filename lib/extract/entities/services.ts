/** A state's armed services and its government, each named by a nationality word. */
import { isoOf } from '../countries';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import { armedServices, armyName } from '../orgpatterns';
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
    const to = tokenAt(a.end);
    const iso = isoOf(cid)!;
    const id = `org:${iso.toLowerCase()}-${a.id}`;
    // "the Malian army" reads as written; a French name agrees with its head ("armée malienne").
    const name = a.wordStart === a.start ? text.slice(a.start, a.end) : a.id === 'armed-forces' ? armyName(iso, a.word) : `${a.name} ${a.word}`;
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', name, { kind: a.kind, country: iso });
    push({ id, label: 'Organization', via: 'pattern', start: a.start, end: a.end, from, to: to < 0 ? tokens.length : to });
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

