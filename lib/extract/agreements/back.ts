import { clauseAround, countryOfActor, subjectBefore } from '../context';
import { byList, partyTo, signedBy } from './actors';
import { personList } from './signers';
import type { AgreementScene } from './types';
import { agentAt, namesAgreement, words } from './vocabulary';

/** "Macron et Zelensky l'ont paraphé": in a sentence that names no agreement, the pronoun stands for the last one; its subjects signed it. */
export function signedByPronoun(scene: AgreementScene): void {
  pronounSigners(scene, () => !namesAgreement(scene.ctx.text));
}

/**
 * "Le traité a été signé mardi : la ministre X l'a paraphé": in a sentence that names one, only a pronoun in a later
 * clause than the last name read is, once the names are.
 */
export function signedByPronounAfterName(scene: AgreementScene): void {
  const { ctx, memory } = scene;
  const here = memory.lastName?.sentenceId === ctx.sentence.id ? memory.lastName : undefined;
  pronounSigners(scene, (at) => !!here && here.end <= at && /[:;]/u.test(ctx.text.slice(here.end, at)));
}

/** The subjects before the sentence's signing pronoun signed the last agreement, where `reads` accepts the pronoun's offset. */
function pronounSigners(scene: AgreementScene, reads: (at: number) => boolean): void {
  const { doc, ctx, memory, personCountry } = scene;
  const pronoun = words().PRONOUN_SIGN.exec(ctx.text);
  const last = memory.list[memory.list.length - 1];
  if (!pronoun || !last || !reads(pronoun.index)) return;
  for (const s of subjectBefore(ctx, pronoun.index, clauseAround(ctx.text, pronoun.index)[0])) {
    if (s.id.startsWith('person:')) doc.rel('SIGNED', s.id, last.id, [ctx.sentence.id]);
    const c = countryOfActor(doc, s.id, personCountry);
    if (c) partyTo(doc, c, last.id, ctx.sentence.id);
  }
}

/** "Il a été signé par X", within two sentences of the last agreement and naming none: its signatories. */
export function signedBack(scene: AgreementScene): void {
  const { doc, ctx, memory, personCountry } = scene;
  const last = memory.list[memory.list.length - 1];
  if (!last || ctx.sentence.index - last.sentenceIndex > 2 || namesAgreement(ctx.text)) return;
  const m = words().BACK_SIGNED.exec(ctx.text);
  if (!m) return;
  const [, ce] = clauseAround(ctx.text, m.index);
  const [by, byEnd] = agentAt(ctx.text, m.index) ?? [-1, -1];
  if (by < 0 || by > ce) return;
  const sid = ctx.sentence.id;
  for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > by && x.end <= ce)) {
    doc.rel('SIGNED', p.id, last.id, [sid]);
    const c = countryOfActor(doc, p.id, personCountry);
    if (c) partyTo(doc, c, last.id, sid);
  }
  for (const a of byList(ctx, byEnd, ce)) doc.rel('PARTY_TO', a, last.id, [sid]);
}

/** "Parmi les signataires figurent X et Y", naming no agreement: the people listed signed the agreement last named. */
export function signatoriesBack(scene: AgreementScene): void {
  const { ctx, memory } = scene;
  const last = memory.list[memory.list.length - 1];
  if (!last || ctx.sentence.index - last.sentenceIndex > 3 || namesAgreement(ctx.text)) return;
  const m = words().SIGNATORIES_LIST.exec(ctx.text);
  if (!m) return;
  const at = m.index + m[0].length;
  const first = ctx.mentions.find((x) => x.label === 'Person' && x.start >= at && x.start - at <= 40);
  const node = scene.doc.nodes.get(last.id);
  if (first && node) for (const p of personList(ctx, first, 1)) signedBy({ ...scene, parties: new Set(), node }, p.id, ctx.sentence.id, true);
}
