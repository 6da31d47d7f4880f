import type { DocBuilder } from '../builder';
import type { PlacedFact } from '../claims';
import { actorMentions, countryOfActor, type SentenceContext } from '../context';
import type { ArticleEntities } from '../entities';
import { signatoriesBack, signedBack, signedByPronoun, signedByPronounAfterName } from './back';
import { coversPrevious, dateAgreement, linkCovered } from './covers';
import { readName } from './name';
import { emitParties, partiesAfter, partiesOnBehalf, partyAbiding, partyAwarded, partyBoundRelative, partyWith } from './parties';
import { partnerOfVerb, signatoriesAfter, signersInRelative, signatoryApposed, signedBeforeName, signedByAgents, signersBefore, signedThroughVoice, signedWith } from './signers';
import type { AgreementMemory, AgreementScene } from './types';
import { words } from './vocabulary';
import { vetoedByNoun, vetoedNamed, vetoedUnnamed } from './veto';

export type { AgreementMemory } from './types';

/** Reads the agreements of one sentence, then remembers its states and bodies for the sentences after it. */
export function extractAgreements(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, memory: AgreementMemory, transfers: PlacedFact[], personCountry: Map<string, string>): PlacedFact[] {
  const placed = readAgreements({ doc, ctx, state, memory, transfers, personCountry });
  noteSides(ctx, memory);
  memory.counts ??= new Map();
  for (const m of ctx.mentions) {
    if (m.label === 'Location') continue;
    const id = m.label === 'Person' ? countryOfActor(doc, m.id, personCountry) : m.id;
    if (!id) continue;
    memory.counts.set(id, (memory.counts.get(id) ?? 0) + 1);
    if (actorMentions(ctx).includes(m)) memory.actors = [...(memory.actors ?? []).filter((x) => x !== id), id];
  }
  return placed;
}

/** Reads agreements (accords, pacts, treaties, partnerships, resolutions, joint statements, sanctions) of one sentence, step by step. */
function readAgreements(scene: AgreementScene): PlacedFact[] {
  const { ctx } = scene;
  if (ctx.sentence.boilerplate || ctx.question) return [];
  signedByPronoun(scene);
  signedBack(scene);
  signatoriesBack(scene);
  const placed: PlacedFact[] = [];
  const vetoed = vetoedUnnamed(scene);
  if (vetoed) placed.push(vetoed);
  const signUsed = new Set<number>();
  for (const m of ctx.text.matchAll(words().AGREEMENT_RE)) {
    const site = readName(scene, m);
    if (!site) continue;
    if (!site.back) placed.push({ id: site.node.id, sentenceId: ctx.sentence.id, start: site.start, end: site.end });
    partiesAfter(site);
    signersBefore(site, signUsed);
    vetoedNamed(site);
    vetoedByNoun(site);
    partyWith(site);
    signedWith(site);
    signatoryApposed(site);
    signatoriesAfter(site);
    signersInRelative(site);
    signedByAgents(site);
    signedBeforeName(site);
    signedThroughVoice(site);
    partnerOfVerb(site);
    partiesOnBehalf(site);
    partyAwarded(site);
    partyAbiding(site);
    partyBoundRelative(site);
    emitParties(site);
    coversPrevious(site);
    dateAgreement(site);
    linkCovered(scene.doc, ctx.text, ctx.sentence.id, site.node.id, site.end, scene.transfers);
    scene.memory.lastName = { id: site.node.id, sentenceId: ctx.sentence.id, end: site.end };
  }
  signedByPronounAfterName(scene);
  return placed;
}

/** "la guerre qui oppose l'armée soudanaise aux FSR", "le conflit entre X et Y": the sides "les deux belligérants" will mean. */
function noteSides(ctx: SentenceContext, memory: AgreementMemory): void {
  const actors = actorMentions(ctx).filter((x) => x.label !== 'Person');
  for (const [k, a] of actors.entries()) {
    const b = actors[k + 1];
    if (!b || a.id === b.id || !words().OPPOSES.test(ctx.text.slice(Math.max(0, a.start - 60), a.start)) || !words().OPPOSED_SIDES.test(ctx.text.slice(a.end, b.start))) continue;
    memory.sides = [a.id, b.id];
    return;
  }
}
