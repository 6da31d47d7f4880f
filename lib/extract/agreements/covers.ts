import type { DocBuilder } from '../builder';
import type { PlacedFact } from '../claims';
import type { AgreementSite } from './types';
import { words } from './vocabulary';

/** "un accord ... pour faciliter le transfert de munitions": COVERS the transfers the agreement enables. */
export function linkCovered(doc: DocBuilder, text: string, sid: string, agreement: string, end: number, transfers: PlacedFact[]): void {
  for (const t of transfers) {
    if (t.sentenceId !== sid || t.start < end) continue;
    const gap = text.slice(end, t.start);
    if (words().COVERS_GAP.test(gap) && gap.length < 80) doc.rel('COVERS', agreement, t.id, [sid]);
  }
}

/** "Ce déploiement découle d'un accord": the agreement enables what the previous sentence described. */
export function coversPrevious(site: AgreementSite): void {
  const { doc, ctx, transfers } = site;
  if (!words().ANAPHORIC_TRANSFER.test(ctx.text)) return;
  const sid = ctx.sentence.id;
  const prevId = `${sid.slice(0, sid.lastIndexOf(':s'))}:s${ctx.sentence.index - 1}`;
  for (const t of transfers) if (t.sentenceId === prevId) doc.rel('COVERS', site.node.id, t.id, [prevId, sid]);
}

/** The signing date first ("signé le 19 juin"), else a date near the name or the verb. */
export function dateAgreement(site: AgreementSite): void {
  const { ctx, passive, signVerb, veto, start, end, cs, ce } = site;
  const signedAt = passive ? ctx.dates.find((d) => d.start >= end + passive.index && d.start - (end + passive.index + passive[0].length) <= 6) : undefined;
  const date = signedAt ?? ctx.dates.find((d) => d.start >= cs && d.end <= ce && (Math.abs(d.start - start) < 60 || (signVerb && Math.abs(d.start - signVerb.index) < 30) || (veto && Math.abs(d.start - cs - veto.index) < 30)));
  // An agreement pointed back to keeps the date it was named with.
  if (date && !(site.back && site.node.properties.date)) {
    site.node.properties.date = date.date;
    site.node.properties.dateText = date.dateText;
  }
}
