// Step 3 of reading a claim: the facts it is about, in its own span, in a quote opened before, or stated in earlier sentences.
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions } from '../context';
import { type GoodsMention, findGoods } from '../goods';
import { pattern } from '../syntax/language';
import type { ClaimPatterns } from './patterns';
import { closesEarlierQuote, quoteOpenedBefore } from './quotes';
import { sentenceIndexOf } from '../ids';
import { BACK_REACH, demonstrativeGoods, earlierOfKind, earlierTransfers, isHeadline, isPartyTo, isNegated, laterTransfers, partyToEarlier, restated, sentTransfersOf, sidesOf, speakerIsParty, touches } from './targets';
import type { ClaimMemory, PlacedFact } from './types';
import type { Attribution } from './attribution';
import type { ReportingVerb } from './verb';

/** Links a claim to what it is about with ABOUT edges; returns the facts it restates, to be linked once its stance has marked the others. */
export function bindAbout(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, claimId: string, r: ReportingVerb, a: Attribution, content: string, stance: string): string[] {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const { start: vs, end: ve, before } = r;
  const { speaker, contentStart, contentEnd } = a;
  const about = facts.filter((f) => f.sentenceId === sid && f.start >= Math.min(contentStart, contentEnd === text.length ? contentStart : 0) && f.end <= contentEnd);
  // "« Le Chili a livré … . Nous en avons la preuve », a déclaré X": a quote opened sentences before is X's too.
  if (r.inverted && closesEarlierQuote(before)) about.push(...quoteOpenedBefore(ctx, facts, memory));
  for (const f of about) doc.rel('ABOUT', claimId, f.id, [sid]);
  // "a démenti que Pretoria ait suspendu ses ventes de charbon à Israël": a clause that names both sides of a fact the
  // article never told between them is about that clause alone, never the last sale told between others.
  if (a.that && untoldBetween(doc, ctx, facts, speaker, contentStart, contentEnd)) return [];
  // "menacent de taxer les acheteurs de pétrole": a promise or a threat is about what it names itself, never a fact told before.
  if (pattern('claim.committing').test(r.word)) return [];
  // "New Delhi rejette les critiques": rejecting the criticism of a fact is no denial of the fact, nor of what the critics said.
  if (!about.length && p.JUDGED_OBJECT.test(text.slice(ve, ve + 60))) return [];
  // The goods the words name, read once: several rules below ask.
  let namedGoods: GoodsMention[] | undefined;
  const goods = () => (namedGoods ??= findGoods(content));
  // Whether the speaker is a party to the transfers told before, read once: a denial's two targets ask.
  let earlierParty: boolean | undefined;
  const partyBefore = () => (earlierParty ??= partyToEarlier(doc, ctx, facts, speaker));
  // "en a dénombré jusqu'à 18 000", "l'a confirmé": a clitic before the verb points back too.
  // "L'Éthiopie y voit une menace", "s'en est félicité": so does a clitic the verb's form or auxiliary carries.
  const clitic = pattern('claim.cliticBefore', 'iu').test(text.slice(Math.max(0, vs - 14), vs)) || pattern('claim.cliticWord', 'iu').test(r.word);
  // "Séoul évalue leur nombre à 12 000": a figure of what was told before.
  // "« Oui, nous les avons livrés »": a quote whose transfer verb takes an object clitic points back too.
  const pointsBack = clitic || pattern('claim.cliticTransfer', 'iu').test(content) || pattern('claim.retroFigure').test(content.slice(0, 40)) || !/\p{L}/u.test(content) || p.ANAPHORIC_OBJECT.test(text.slice(ve, ve + 40)) || p.RETRO_OBJECT.test(content) || (!about.length && demonstrativeGoods(content, goods())) || p.RETRO_OBJECT.test(text.slice(Math.max(0, vs - 40), vs)) || (!about.length && p.DEFINITE_FACT.test(content));
  // "a démenti que l'Égypte ait fermé le passage": a denial with a clause of its own, naming no goods and no transfer, denies that clause only.
  // "a démenti sa présence sur le sol biélorusse": an object of its own, naming no goods, no fact and no claim, denies that only.
  const ownObject = contentStart >= ve && !pointsBack && pattern('claim.ownObject', 'u').test(content) && !goods().length && !p.FACT_NOUN.test(content) && !p.CLAIM_NOUN.test(content);
  const ownClause = (!!a.that && !goods().length && !p.FACT_NOUN.test(content)) || ownObject;
  if (!about.length && (r.denies || pointsBack) && !ownObject) {
    const target = [...memory.claims].reverse().find((c) => c.speaker !== speaker);
    // "Tokyo rejette ces accusations" after a charge against others: rejecting a charge is answering it as a party.
    // "Kigali dément. Kampala n'a pas commenté": a party to a fact of its own answers that one, not another's denial.
    const ownFact = stance !== 'ASSERTS' && partyBefore();
    const answers = !target || (ownFact ? speakerIsParty(doc, speaker, target.id) : stance !== 'DENIES' || !p.CLAIM_NOUN.test(content) || isPartyTo(doc, ctx, speaker, target.id));
    // "Selon Bloomberg, l'uranium aurait été réexporté. Kazatomprom a démenti ces informations": a report named again
    // by a demonstrative is the one just made, whoever is party to it (an accusation is answered by the accused only).
    const named = !!target && target.sentenceIndex >= ctx.sentence.index - 1 && pattern('claim.reportNoun', 'iu').test(content);
    if (target && (answers || named)) doc.rel('ABOUT', claimId, target.id, [sid]);
    if (target && named && !answers) for (const e of doc.edges('ABOUT', { source: target.id })) if (doc.nodes.get(e.target)?.label === 'Transfer') doc.rel('ABOUT', claimId, e.target, [sid]);
  }
  // "accuse Paris d'« armer l'Arménie »", "reproche à Ankara de livrer": the charge is the accused's earlier transfers.
  if (pattern('claim.charging').test(r.word) && !about.some((f) => f.id.startsWith('transfer:'))) {
    const accused = actorMentions(ctx).find((m) => m.start >= ve && m.start - ve <= 30);
    if (accused) for (const t of sentTransfersOf(doc, ctx, facts, accused.id)) doc.rel('ABOUT', claimId, t, [sid]);
  }
  // "le déploiement de troupes est très probable": goods named with no transfer in the sentence are the recent transfer of that kind.
  if (!about.some((f) => f.id.startsWith('transfer:'))) {
    const same = earlierOfKind(doc, ctx, facts, goods().map((g) => g.kind));
    // "… continue de fournir du gaz aux Espagnols, note le quotidien": goods going between other actors than the earlier
    // fact's are a fact of their own (not read), never the latest delivery of that kind.
    const named = actorMentions(ctx).filter((m) => m.id !== speaker && m.start >= a.contentStart && m.end <= a.contentEnd).map((m) => m.id);
    const foreign = !!same && named.length > 0 && !touches(doc, same, new Set(named));
    // "Moscou a démenti toute vente de blé": a denial by a party to earlier facts is about its own, not the latest grain.
    if (same && !foreign && (stance === 'ASSERTS' || !partyBefore() || speakerIsParty(doc, speaker, same))) doc.rel('ABOUT', claimId, same, [sid]);
  }
  // "Washington a approuvé la vente de missiles à Taïwan. Pékin a dénoncé une « grave ingérence »": a reaction
  // naming no fact of its own answers the facts of the sentence before.
  if (!about.length && !pointsBack && p.REACTION.test(r.word) && !doc.edges('ABOUT', { source: claimId }).length) {
    const previous = facts.filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) === ctx.sentence.index - 1);
    for (const f of previous) doc.rel('ABOUT', claimId, f.id, [sid]);
  }
  // "Téhéran a rejeté ces accusations", "il n'a pas pu vérifier la provenance de ces appareils": the fact is in an earlier sentence.
  if (pointsBack || (stance !== 'ASSERTS' && !ownClause && about.every((f) => !f.id.startsWith('transfer:') || isNegated(p, text, f)))) {
    // "Une information que Tripoli qualifie de mensongère": once bound to the claim it answers, the answer reaches that
    // claim's facts and the speaker's own, not the latest fact of the article.
    const answered = doc.edges('ABOUT', { source: claimId }).filter((e) => doc.nodes.get(e.target)?.label === 'Claim').flatMap((e) => doc.edges('ABOUT', { source: e.target }).map((x) => x.target)).filter((t) => doc.nodes.get(t)?.label === 'Transfer');
    for (const earlier of earlierTransfers(p, doc, ctx, facts, speaker, stance, vs, content)) if (!answered.length || answered.includes(earlier) || isPartyTo(doc, ctx, speaker, earlier)) doc.rel('ABOUT', claimId, earlier, [sid]);
  }
  // "Le Qatar dément avoir financé la milice" as a headline, or a lede's denial bound to nothing before: the body states
  // the fact after it. A denial that words its fact ("a démenti avoir livré des obus à l'Ukraine") is about that fact
  // told again after it, by the same sender to the same recipient.
  // "Ankara a confirmé la vente des drones": a fact named by a definite noun is the one told before, and so is its
  // restatement in the speaker's own words.
  const own = about.filter((f) => f.id.startsWith('transfer:')).map((f) => f.id);
  // "Ces fonds ont été versés aux RDF, a confirmé X": goods named by a demonstrative are those told before too.
  const head = content.slice(0, 40);
  if (stance === 'ASSERTS' && own.length && ((pattern('claim.definiteObject', 'u').test(head) && p.FACT_NOUN.test(head)) || demonstrativeGoods(head)))
    for (const t of restated(doc, facts, own, ctx.sentence.index - BACK_REACH, ctx.sentence.index - 1)) doc.rel('ABOUT', claimId, t, [sid]);
  if (stance !== 'ASSERTS' && !ownClause) {
    const bound = doc.edges('ABOUT', { source: claimId }).some((e) => doc.nodes.get(e.target)?.label === 'Transfer');
    // The statement's own words already carry its stance into the fact; the same fact told elsewhere keeps the
    // status its own sentence gave it (asserted there, denied here: disputed once consolidated).
    if (own.length) return [...restated(doc, facts, own, ctx.sentence.index - BACK_REACH, ctx.sentence.index - 1), ...laterTransfers(doc, ctx, facts, speaker, [], own)];
    const later = isHeadline(ctx) || (!pointsBack && !bound) ? laterTransfers(doc, ctx, facts, speaker, goods().map((g) => g.kind)) : [];
    for (const t of later) doc.rel('ABOUT', claimId, t, [sid]);
  }
  return [];
}

/** Whether the span names two actors or more (the speaker aside) and no transfer of the article joins them all. */
function untoldBetween(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], speaker: string | undefined, start: number, end: number): boolean {
  const parties = [...new Set(actorMentions(ctx).filter((m) => m.start >= start && m.end <= end && m.id !== speaker).map((m) => m.id))];
  if (parties.length < 2) return false;
  // Each party's sides once, not once per transfer of the article.
  const sides = parties.map((x) => new Set(sidesOf(doc, x)));
  return !facts.some((f) => f.id.startsWith('transfer:') && sides.every((s) => touches(doc, f.id, s)));
}
