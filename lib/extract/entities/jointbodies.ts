/** Bodies named by what they are, in lower case: "une commission militaire mixte", "un centre de coordination conjoint". */
import { entityId } from '../ids';
import { pattern } from '../syntax/language';
import type { SentenceScan } from './types';

/** Records the joint bodies of a sentence (pattern org.jointBody): a head, a domain, and what makes it shared. */
export function recognizeJointBodies(scan: SentenceScan): void {
  const { text, tokens, doc, tokenAt, push } = scan;
  for (const m of text.matchAll(pattern('org.jointBody', 'giu'))) {
    const start = m.index!;
    const end = start + m[0].length;
    const to = tokenAt(end);
    const id = entityId('org', m[0]);
    if (!doc.nodes.has(id)) doc.node(id, 'Organization', m[0], { kind: 'government', country: null });
    push({ id, label: 'Organization', via: 'pattern', start, end, from: tokenAt(start), to: to < 0 ? tokens.length : to });
  }
}
