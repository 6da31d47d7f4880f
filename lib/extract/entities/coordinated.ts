/** A firm named bare beside another: "Siemens, avec Framatome,", "Thales et Naval Group". */
import { entityId } from '../ids';
import { GAZETTEER } from '../lexicon';
import { FIRST_NAMES, NOT_NAMES } from '../persons';
import { pattern } from '../syntax/language';
import { isCapitalized } from '../text';
import type { SentenceScan } from './types';

/** Records a lone capitalised word joined by "avec", "et" to a firm just named as a firm too: what a firm works with in one breath is a firm. */
export function recognizeCoordinatedFirms(scan: SentenceScan): void {
  const { text, tokens, taken, found, doc, push } = scan;
  // A sticky pattern is a fresh RegExp per call: one for the sentence, its lastIndex set at each firm.
  const joined = pattern('org.firmJoined', 'uy');
  for (const firm of found.filter((m) => m.label === 'Organization' && doc.nodes.get(m.id)?.properties.kind === 'company')) {
    joined.lastIndex = firm.end;
    const m = joined.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1].length;
    const at = tokens.findIndex((t) => t.start === start);
    const t = tokens[at];
    // One word only, not read yet, no first name, no word the language uses capitalised ("Lundi"), nor a word opening a longer name.
    if (!t || taken[at] || !isCapitalized(t.text) || GAZETTEER.has(t.key) || NOT_NAMES.has(t.key) || FIRST_NAMES.has(t.key)) continue;
    if (tokens[at + 1] && isCapitalized(tokens[at + 1].text)) continue;
    const id = entityId('org', t.text);
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', t.text, { kind: 'company', country: null });
    push({ id, label: 'Organization', via: 'pattern', start: t.start, end: t.end, from: at, to: at + 1 });
  }
}
