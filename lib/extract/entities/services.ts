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
  const { text, tokens, doc, tokenAt, push } = scan;
  for (const m of text.matchAll(new RegExp(governmentOf()))) {
    const d = demonymAfter(text, m.index! + m[0].length);
    if (!d) continue;
    const to = tokenAt(d.end);
    ensureNode(doc, d.id, 'Country');
    // The state stays the actor of what the sentence says; the body is named so that a reader finds it.
    if (pattern('org.governmentBody', 'iu').test(m[0])) {
      const iso = isoOf(d.id)!;
      const id = `org:${iso.toLowerCase()}-government`;
      if (!doc.nodes.has(id)) doc.node(id, 'Organization', `gouvernement ${d.word.toLowerCase()}`, { kind: 'government', country: iso });
      scan.bodyMentions.push({ id, start: m.index!, end: d.end });
    }
    push({ id: d.id, label: 'Country', via: 'metonym', start: m.index!, end: d.end, from: tokenAt(m.index!), to: to < 0 ? tokens.length : to });
  }
}

