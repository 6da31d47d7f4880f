// "selon X", "d'après X", "Pour X, « ... »": attributed statements.
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, clauseAround, subjectBefore } from '../context';
import { countryOfDemonym, type EntityMention } from '../entities';
import { pattern, perLanguage } from '../syntax/language';
import { filledRegExps } from '../relation-words';
import { type ClaimPatterns, TITLES, afterPreposition } from './patterns';
import { applyStatus, deniedBeforeColon, shorten, stanceOf } from './stance';
import { citedAfter, groupSpeaker, isMedia, joinedAfter, namedAfterHead, openerBefore, personBefore, previousPerson, settleSpeaker, speakerAfter } from './speakers';
import { demonstrativeGoods, earlierTransfers, latterBefore } from './targets';
import { outletSource } from './outlets';
import { firmNamedAfter, ministryInFocus } from './focus';
import type { ClaimMemory, PlacedFact } from './types';

/** "selon la porte-parole,", "selon son porte-parole.": a title with no name after a source word (titles filled once per language). */
const bareTitleSource = () => perLanguage('claims.bareTitleSource', (lang) => filledRegExps('claim', { titles: TITLES }, lang)('bareTitleSource'));

/** "selon X" / "d'après X" / "Pour X, « ... »": X asserts the rest of the sentence. */
export function extractAccordingTo(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, used: Set<string>): void {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  for (const m of text.matchAll(p.ACCORDING_RE)) {
    const at = m.index!;
    const after = at + m[0].length;
    const pour = pattern('claim.accordingForWord', 'i').test(m[1]);
    const source = pattern('claim.accordingSourceWord', 'i').test(m[1]);
    const pronoun = pattern('claim.pronounSource', 'iu').exec(text.slice(after));
    if (pronoun && pour) continue;
    // A live-blog time stamp ("11h40 –") does not move "Selon X," off the head of the sentence.
    // "la Russie est devenue son premier fournisseur : d'après le CREA, elle lui a vendu ...": a colon opens a clause too.
    const colon = text.slice(0, at).search(/\s:\s(?!.*\s:\s)/u);
    // "« … s'est rendu. » Pour X, « … »": a quote closed on its own full stop ends a sentence the splitter kept whole.
    const closed = [...text.slice(0, at).matchAll(/[.!?…]\s*[»”]\s*/gu)].at(-1);
    const clauseStart = Math.max(clauseAround(text, at)[0], colon >= 0 ? colon + 3 : 0, closed ? closed.index! + closed[0].length : 0);
    // "… conteste : selon X, …": the source opens the clause after a colon, what the words before the colon said bears on it.
    const afterColon = colon >= 0 && clauseStart === colon + 3;
    // "En 2023, selon le Sipri, la Russie a livré ...": a fronted date or place naming no actor leaves it at the head too.
    const fronted = /^[^,.;:«»]{1,40},\s*$/u.test(text.slice(clauseStart, at)) && !actorMentions(ctx).some((x) => x.start >= clauseStart && x.end <= at);
    const atHead = /^[\s\d:hH–—•-]*$/u.test(text.slice(clauseStart, at)) || fronted;
    if (pour && !atHead) continue;
    const headComma = text.indexOf(',', after);
    // "selon des images authentifiées par RFI": a source named through what it published.
    const through = pattern('claim.sourceThrough', 'iu').exec(text.slice(after, after + 60));
    const reach = atHead && headComma > 0 && headComma - after <= 110 ? headComma - after : through ? through[0].length + 4 : 25;
    // "Selon des images satellites analysées par le centre de recherche américain CSIS, ...": the source may come late.
    // "X avait affirmé que … : selon lui, …": the person already speaking in the sentence, else the one the sentence before was about.
    const subject = pronoun ? personBefore(p, ctx, at) : undefined;
    let speaker = pronoun ? (subject ?? previousPerson(memory, ctx) ?? (atHead ? openerBefore(memory, ctx) : undefined) ?? memory.lastSpeakerPerson) : source ? undefined : namedFirst(ctx, actorMentions(ctx).find((x) => x.start >= after && x.start - after <= reach && !/,/.test(text.slice(after, x.start))));
    // "de source diplomatique péruvienne": the nationality word says whose.
    if (source) {
      const [w0, w1] = text.slice(after).split(/[\s,.;:]+/u, 2);
      speaker = countryOfDemonym(w0) ?? (pattern('claim.sourceKind', 'iu').test(w0) && w1 ? countryOfDemonym(w1) : undefined);
    }
    let comma = text.indexOf(',', after);
    // "Selon le ministre sud-coréen de la Défense, Shin Won-sik, ...": the name in apposition speaks.
    const apposed = atHead && comma > 0 ? ctx.mentions.find((x) => x.label === 'Person' && /^,\s*$/.test(text.slice(comma, x.start)) && text[x.end] === ',') : undefined;
    if (apposed && !pronoun && !source && (!speaker || !speaker.startsWith('person:'))) {
      speaker = apposed.id;
      comma = apposed.end;
    }
    // "..., selon le rapporteur spécial de l'ONU, Tom Andrews.": a title, then the name, after a trailing source.
    if (!speaker && !atHead && !source && !pronoun) speaker = speakerAfter(ctx, after)?.id;
    if (!speaker) speaker = groupSpeaker(p, ctx, Math.min(text.length, after + 60), at, doc);
    // "selon le journal", "Pour le quotidien romain, « ... »": the outlet last named, by its head noun alone.
    if (!speaker && !source && !pronoun) speaker = outletSource(doc, ctx, memory, after);
    // "Le ministère turc de la Défense a publié un communiqué. Selon sa porte-parole, ...": a bare title speaks for the
    // body that opened the sentence before.
    if (!speaker && !source && !pronoun && bareTitleSource().test(text.slice(after, after + 60))) speaker = openerBefore(memory, ctx);
    // "…, selon le ministère." in a portrait of a minister, no ministry named: that minister's.
    if (!speaker && !source && !pronoun) speaker = ministryInFocus(doc, text.slice(after, after + 40));
    // "…, selon un communiqué du groupe suisse": a firm named again by its head noun through its document or its officer.
    if (!speaker && !source && !pronoun) speaker = firmNamedAfter(doc, ctx.sentence.index, text, after, memory.texts, true);
    // "selon le centre estonien de cyberdéfense", "d'après les services douaniers kényans": an unnamed public body with a
    // nationality speaks for its state.
    const body = !speaker && !source && !pronoun ? pattern('claim.nationalBody', 'iu').exec(text.slice(after, after + 80)) : null;
    if (body) speaker = countryOfDemonym(body[1]);
    if (!speaker && p.LATTER.test(text.slice(after, after + 16))) speaker = latterBefore(ctx, at) ?? memory.claims.at(-1)?.speaker;
    // "selon la même source", "d'après ce rapport": the source last heard.
    if (!speaker && pattern('claim.sameSource', 'u').test(text.slice(after, after + 30))) speaker = memory.claims.findLast((c) => c.speaker)?.speaker;
    // "La Russie a livré 40 blindés, selon ses propres comptes": a possessive source is the subject of the clause it
    // governs, before it at the end, after it at the head.
    if (!speaker && pattern('claim.ownAccount', 'iu').test(text.slice(after, after + 40))) {
      const governed = (x: EntityMention) => afterPreposition(p, text, x.start);
      speaker = atHead && comma > 0 ? actorMentions(ctx).find((x) => x.start > comma && !governed(x))?.id : subjectBefore(ctx, at, clauseStart)[0]?.id;
    }
    // "Mao Ning a rejeté cette thèse : selon elle, les prêts ont servi au développement": after her denial, what she
    // holds instead is a second statement of hers.
    const insteadOfDenied = !!speaker && !!pronoun && afterColon && doc.edges('DENIES', { source: speaker }).some((e) => e.evidence.includes(sid));
    if (!speaker || (used.has(speaker) && !insteadOfDenied)) continue;
    // "Selon le Wall Street Journal, citant des responsables américains, ...": the outlet carries, those it cites speak.
    let outletCiting: string | undefined;
    const citing = isMedia(doc, speaker) ? pattern('claim.sourceCiting', 'u').exec(text.slice(after)) : null;
    if (citing) {
      const from = after + citing[0].length;
      const cited = citedAfter(p, doc, ctx, from);
      if (cited && !used.has(cited)) {
        outletCiting = speaker;
        speaker = cited;
        const next = text.indexOf(',', from);
        if (next > 0) comma = next;
      } else if (cited) continue;
    }
    // "selon le Wall Street Journal, qui cite des responsables américains": the words already went to those it cites.
    if (isMedia(doc, speaker) && doc.edges('REPORTED', { source: speaker }).some((e) => e.evidence.includes(sid))) continue;
    if (pour && (comma < 0 || comma - after > 80)) continue;
    // At the head of the sentence it governs what follows the comma; at the end, what precedes it.
    const head = atHead;
    // "La Chine a livré, selon Washington, des composants à la Russie": a source in commas inside its clause governs the whole clause.
    const incise = !head && comma > 0 && comma - after <= 60 && pattern('claim.sourceIncise', 'u').test(text.slice(0, at)) && pattern('claim.clauseGoesOn', 'u').test(text.slice(comma + 1));
    const contentStart = head ? (comma < 0 ? after : comma + 1) : 0;
    // "Selon X, P, ce que Y n'a ni confirmé ni démenti": Y's answer is Y's, not part of what X says.
    const answered = head ? text.slice(contentStart).search(p.ECHO_CLAUSE) : -1;
    const contentEnd = answered > 0 ? contentStart + answered : head || incise ? text.length : at;
    let content = text.slice(contentStart, contentEnd).trim().replace(/^[«“"]\s*|[,\s]*[»”"]?[,\s]*$/g, '');
    // "Pour X, chercheuse au Y, « ... »" / "Selon X, qui recense ..., ...": the quote or the main clause is what is said.
    const quoted = /[«“]\s*([^»”]+?)\s*[»”]/u.exec(content);
    if (quoted && pour) content = quoted[1];
    else if (pattern('claim.sourceApposition', 'iu').test(content) && content.includes(',')) content = content.slice(content.indexOf(',') + 1).trim();
    if (!content) continue;
    // "Les ONG contestent : selon MSF, trois vallées restent coupées": the source gives the reason of a denial.
    const contested = !pronoun && afterColon && deniedBeforeColon(p, text.slice(0, colon));
    const stance = contested ? 'DENIES' : stanceOf(p, false, content, content);
    const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance, verb: m[1].toLowerCase(), date: null, dateText: null });
    doc.mention(claim.id, ctx.sentence, at, after);
    // "Selon l'agence Kyodo, ...": an outlet that cites nobody is the source, and asserts what it tells.
    settleSpeaker(doc, speaker);
    doc.rel(stance, speaker, claim.id, [sid]);
    // "Selon Washington et Séoul, ...": each source says it.
    for (const co of joinedAfter(p, ctx, speaker, after)) if (!isMedia(doc, co) && !used.has(co)) doc.rel(stance, co, claim.id, [sid]);
    // "D'après des responsables américains cités par Reuters": the outlet carried it.
    const outlet = outletCiting ? { id: outletCiting } : ctx.mentions.find((x) => isMedia(doc, x.id) && x.id !== speaker && p.CARRIED_BY.test(text.slice(Math.max(0, x.start - 30), x.start)));
    if (outlet) doc.rel('REPORTED', outlet.id, claim.id, [sid]);
    used.add(speaker);
    const about = facts.filter((f) => f.sentenceId === sid && f.start >= contentStart && f.end <= contentEnd);
    for (const f of about) doc.rel('ABOUT', claim.id, f.id, [sid]);
    // "Selon Kiev, ces livraisons ont changé la donne", "Selon le ministère, la livraison a eu lieu en mars": a fact stated before.
    if (!about.length && (p.RETRO_OBJECT.test(content) || p.DEFINITE_FACT.test(content) || demonstrativeGoods(content))) for (const t of earlierTransfers(p, doc, ctx, facts, speaker, stance, 0, content)) doc.rel('ABOUT', claim.id, t, [sid]);
    applyStatus(doc, claim.id, stance);
    memory.claims.push({ id: claim.id, speaker, sentenceIndex: ctx.sentence.index });
  }
}

/** The id of the source mention `m`, or of the name its head noun describes ("selon l'agence officielle syrienne Sana"). */
function namedFirst(ctx: SentenceContext, m: EntityMention | undefined): string | undefined {
  return m ? namedAfterHead(ctx, m).id : undefined;
}

/** "Selon moi, ...", "Tout indique que ...", an op-ed's headline ("Tribune — ..."): in a signed piece the author asserts what follows. */
export function extractOwnVoice(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, used: Set<string>): void {
  const author = memory.author;
  const m = !author ? null : ctx.sentence.index === 0 ? pattern('claim.opinionHeadline', 'iu').exec(ctx.text) : p.OWN_VOICE.exec(ctx.text);
  if (!author || !m || used.has(author)) return;
  const sid = ctx.sentence.id;
  const start = m.index + m[0].length;
  const content = ctx.text.slice(start).trim();
  if (!/\p{L}/u.test(content)) return;
  const stance = stanceOf(p, false, content, content);
  const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance, verb: m[0].trim().toLowerCase(), date: null, dateText: null });
  doc.mention(claim.id, ctx.sentence, m.index, start);
  doc.rel(stance, author, claim.id, [sid]);
  used.add(author);
  for (const f of facts) if (f.sentenceId === sid && f.start >= start) doc.rel('ABOUT', claim.id, f.id, [sid]);
  applyStatus(doc, claim.id, stance);
  memory.claims.push({ id: claim.id, speaker: author, sentenceIndex: ctx.sentence.index });
}
