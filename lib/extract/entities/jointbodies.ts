/** Bodies named by what they are, in lower case: "une commission militaire mixte", "un centre de coordination conjoint", "le comité des créanciers officiels". */
import { entityId } from '../ids';
import { pattern } from '../syntax/language';
import type { SentenceScan } from './types';

/** Records the joint bodies of a sentence (pattern org.jointBody): a head, a domain, and what makes it shared. */
export function recognizeJointBodies(scan: SentenceScan): void {
  for (const m of scan.text.matchAll(pattern('org.jointBody', 'giu'))) recordBody(scan, m);
}

/** Records the bodies a sentence names by a collective head and the people it gathers (pattern org.memberBody): "le syndicat des dockers". */
export function recognizeMemberBodies(scan: SentenceScan): void {
  for (const m of scan.text.matchAll(pattern('org.memberBody', 'gu'))) recordBody(scan, m);
}

/** Records the government body match `m` names, as a node if new and a mention over its span. */
export function recordBody(scan: SentenceScan, m: RegExpMatchArray): void {
  recordNamedBody(scan, m.index!, m[0], 'government');
}

/** Records a body of `kind` named `name` at `start`, as a node if new and a mention over its span. */
export function recordNamedBody(scan: SentenceScan, start: number, name: string, kind: string): void {
  const { tokens, doc, tokenAt, push } = scan;
  const end = start + name.length;
  const to = tokenAt(end);
  const id = entityId('org', name);
  if (!doc.nodes.has(id)) doc.node(id, 'Organization', name, { kind, country: null });
  push({ id, label: 'Organization', via: 'pattern', start, end, from: tokenAt(start), to: to < 0 ? tokens.length : to });
}
