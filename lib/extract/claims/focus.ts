// "selon le ministère", "Le ministère a indiqué que": a ministry named by its noun alone, when the article named no
// ministry, is the ministry of the minister the article is about; it speaks for the state or body that minister serves.
import type { DocBuilder } from '../builder';
import { pattern } from '../syntax/language';
import { sentenceIndexOf } from './targets';

/** The state or body of the minister most named in the article, when `text` (what follows a source word, or with `subject` the clause before a verb) is a bare "le ministère". */
export function ministryInFocus(doc: DocBuilder, text: string, subject = false): string | undefined {
  if (!pattern(subject ? 'claim.bareMinistrySubject' : 'claim.bareMinistry', 'iu').test(text)) return undefined;
  let best: { target: string; mentions: number } | undefined;
  for (const r of doc.edges('HOLDS_ROLE', {})) {
    if (!pattern('claim.ministerTitle', 'iu').test(String(r.properties?.title ?? ''))) continue;
    const mentions = doc.nodes.get(r.source)?.mentions.length ?? 0;
    if (!best || mentions > best.mentions) best = { target: r.target, mentions };
  }
  return best?.target;
}

/**
 * "Le groupe français dément formellement", "L'entreprise a démenti": a firm named again by its head noun alone (and
 * its qualifiers) opening the clause is the company last named in the sentences just before.
 */
export function firmInFocus(doc: DocBuilder, sentenceIndex: number, text: string): string | undefined {
  if (!pattern('claim.bareFirmSubject', 'iu').test(text)) return undefined;
  let best: { id: string; at: number } | undefined;
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Organization' || n.properties.kind !== 'company') continue;
    for (const m of n.mentions) {
      const i = sentenceIndexOf(m.sentence);
      const at = i * 100_000 + m.start;
      if (i < sentenceIndex && i >= sentenceIndex - FIRM_REACH && (!best || at > best.at)) best = { id: n.id, at };
    }
  }
  return best?.id;
}

/** How many sentences back a firm named by its head noun may have been named. */
const FIRM_REACH = 2;
