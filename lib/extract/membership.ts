import type { DocBuilder } from './builder';
import type { SentenceContext } from './context';
import { countryId } from './countries';
import { ORGS } from './lexicon';

const MEMBER_RE = /^\s*,\s*(?:(?:pays|État|Etat)\s+)?membres?\s+(?:fondateur\s+)?(?:de la|de l['’]|du|des|de)\s*$/iu;

/** Bodies belong to their state (Kremlin PART_OF Russie) or parent body (Conseil de sécurité PART_OF ONU). */
export function linkOrganizations(doc: DocBuilder): void {
  for (const n of [...doc.nodes.values()]) {
    if (n.label !== 'Organization' || !n.mentions.length) continue;
    const evidence = [n.mentions[0].sentence];
    const iso = n.properties.country;
    // Only towards nodes the article itself names: a graph of this article, not of the lexicon.
    if (typeof iso === 'string' && iso) doc.rel('PART_OF', n.id, countryId(iso), evidence);
    const parent = ORGS.get(n.id)?.partOf;
    if (parent) doc.rel('PART_OF', n.id, parent, evidence);
  }
}

/** "La Turquie, membre de l'OTAN": MEMBER_OF. */
export function extractMemberships(doc: DocBuilder, ctx: SentenceContext): void {
  const ms = ctx.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    if (a.label !== 'Country' || a.via === 'demonym') continue;
    const b = ms.find((x) => x.start > a.end && x.label === 'Organization' && MEMBER_RE.test(ctx.text.slice(a.end, x.start)));
    if (b) doc.rel('MEMBER_OF', a.id, b.id, [ctx.sentence.id]);
  }
}
