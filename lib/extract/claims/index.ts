import type { PropertyValue } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, clauseAround, subjectBefore } from '../context';
import type { ArticleEntities } from '../entities';
import { findGoods } from '../goods';
import { fold } from '../text';
import { pattern } from '../syntax/language';
import { ANAPHORIC_OBJECT, AUX_BEFORE, CANNOT, CARRIED_BY, ECHO, GOVERNED_INFINITIVE, INVERTED, MEDIA_TO, PREP_BEFORE, PRONOUN_BEFORE, PRONOUN_START, REPORTING_PARTICIPLE, UNCONFIRMED, VERB_RE } from './patterns';
import { applyStatus, markPreviousUnconfirmed, shorten, stanceOf } from './stance';
import { FIRST_PERSON, authorOf, groupAfter, groupSpeaker, isMedia, passiveAgent, previousPerson, speakerAfter } from './speakers';
import { LATTER, RETRO_OBJECT, earlierOfKind, earlierTransfers, isNegated, latterBefore, sentTransfersOf } from './targets';
import { extractAccordingTo } from './according';
import { extractAnswer } from './interview';
import { quoteAfterColon, quoteOpenedBefore } from './quotes';
import type { ClaimMemory, PlacedFact } from './types';

export { bylineAuthor } from './speakers';
export { intervieweeOf } from './interview';
export type { ClaimMemory, PlacedFact } from './types';

/** Reads every reported statement of a sentence as a Claim with its speaker's stance and what it is about. */
export function extractClaims(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, state: ArticleEntities, publishedAt: string | null): void {
  if (ctx.sentence.boilerplate) return;
  if (ctx.question) {
    if (memory.interviewee) extractAnswer(doc, ctx, facts, memory, false);
    return;
  }
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const usedSpeakers = new Set<string>();
  const reporters = new Set<string>();

  if (UNCONFIRMED.test(fold(text))) markPreviousUnconfirmed(doc, ctx, memory, facts);
  memory.texts ??= new Map();
  memory.texts.set(sid, text);

  for (const v of text.matchAll(VERB_RE)) {
    const vs = v.index!;
    const ve = vs + v[0].length;
    const denies = !!v[1];
    const before = text.slice(0, vs);
    const [cs] = clauseAround(text, vs);
    // Participles other than "disant"/"citant" describe, they do not report.
    if (pattern('claim.presentParticiple').test(v[0]) && !pattern('claim.sayingParticiple').test(v[0]) && !REPORTING_PARTICIPLE.test(text.slice(ve, ve + 90))) continue;
    // "a démenti que ..., affirmant que": the participle's speaker is the main clause's, already heard.
    if (pattern('claim.presentParticiple').test(v[0]) && usedSpeakers.size > 0 && !ctx.mentions.some((m) => m.label === 'Person' && /^\s*,?\s*$/.test(text.slice(m.end, vs)))) continue;
    const infinitive = pattern('claim.infinitive').test(v[0]) && GOVERNED_INFINITIVE.test(before);
    if (pattern('claim.infinitive').test(v[0]) && !infinitive) continue;
    // ", a déclaré X" inverts only after quoted or reported words, not after a subject in apposition.
    let inverted = INVERTED.exec(before);
    // Without an auxiliary, only a finite verb inverts (", rappelle X"), not a participle (", accusée de").
    if (inverted && !pattern('claim.auxiliaryEnd', 'u').test(before) && pattern('claim.participleEnd').test(v[0])) inverted = null;
    const quoted = /^[«“"]/.test(text) || /[»”"]/.test(before);
    if (inverted && !inverted[1] && !quoted) {
      const comma = inverted.index;
      const apposed = actorMentions(ctx).find((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)));
      // "Le porte-parole ..., Sean Savett, a déclaré": a name in apposition is the subject, unless a preposition governs it.
      if (apposed && !PREP_BEFORE.test(text.slice(Math.max(0, apposed.start - 25), apposed.start)) && (apposed.label === 'Person' || text.slice(0, apposed.start).split(/\s+/).length < 10)) inverted = null;
      // "Nicolás Maduro, le président vénézuélien, a salué": a name opening the clause, then one apposition, is the subject.
      const lead = actorMentions(ctx).find((m) => m.start >= cs);
      if (inverted && lead?.label === 'Person' && /^\s*(?:(?:le|la|l['’])\s*(?:\p{Ll}+\s+)?)?$/iu.test(text.slice(cs, lead.start)) && /^\s*,[^,«»“”"]{3,120}$/u.test(text.slice(lead.end, comma))) inverted = null;
    }
    // "…, comme l'a confirmé X", "C'est ce qu'affirme X", "ainsi que l'a reconnu X": X, after the verb, says the clause before.
    const echo = ECHO.exec(before);
    if (echo) inverted = echo;
    // "Le Pentagone n'a pas confirmé l'information": a negated confirmation cannot confirm.
    const unconfirmed = /^(?:confirm|vérifi)/iu.test(v[0]) && /(?:n['’]\s*|ne\s+)(?:a|ont|avait|avaient|aurait|auraient)\s+(?:toujours\s+|encore\s+)?(?:pas|jamais)\s+(?:encore\s+|officiellement\s+)?$/iu.test(before);
    const hasAux = AUX_BEFORE.test(before) || !!inverted || infinitive || unconfirmed;
    if (!hasAux && !pattern('claim.finite', 'i').test(v[0])) continue;
    // "l'entreprise X, accusée de fabriquer": a participle without auxiliary describes, it does not report.
    // "une accusation rejetée par Téhéran", "des chiffres confirmés par le Pentagone": the agent after "par" speaks.
    const agent = !hasAux && !inverted ? passiveAgent(ctx, ve) : undefined;
    if (!hasAux && pattern('claim.pastParticiple').test(v[0]) && !agent) continue;

    let speaker: string | undefined;
    let coSpeakers: string[] = [];
    let contentStart = ve;
    let contentEnd = text.length;
    if (agent) {
      speaker = agent;
      contentStart = 0;
      contentEnd = vs;
    } else if (inverted) {
      // ", a-t-il assuré": the person the previous sentence was about, else the last one heard.
      if (inverted[1]) speaker = previousPerson(memory, ctx) ?? memory.lastSpeakerPerson ?? state.personsSeen[state.personsSeen.length - 1];
      // ", a indiqué à l'AFP un responsable américain": a nameless official speaks for the state.
      // "a confié au quotidien El Sol un officier péruvien": the outlet told is not the speaker when a nameless official follows.
      else speaker = speakerAfter(ctx, ve)?.id ?? groupAfter(ctx, ve);
      if (speaker && !inverted[1] && isMedia(doc, speaker)) speaker = groupAfter(ctx, ve) ?? speaker;
      contentStart = 0;
      contentEnd = inverted.index;
      if (!speaker && !inverted[1] && !echo) {
        // "Le Wall Street Journal, citant des sources, a rapporté que ...", "Le ministère ..., qui
        // contrôle ..., a confirmé avoir ...": the subject came first after all.
        const relative = before.search(/,\s*(?:qui|dont|citant|selon)\s/u);
        const head = relative > 0 ? actorMentions(ctx).filter((m) => m.end <= relative && /^\s*$/.test(text.slice(m.end, relative))).pop() : undefined;
        speaker = head?.id ?? subjectBefore(ctx, inverted.index, cs)[0]?.id;
        const que = pattern('claim.that').exec(text.slice(ve, ve + 60));
        if (que || head) {
          contentStart = que ? ve + que[0].length : ve;
          contentEnd = text.length;
        }
      }
    } else {
      const auxStart = before.search(AUX_BEFORE);
      const at = auxStart >= 0 ? auxStart : vs;
      const subj = subjectBefore(ctx, at, cs);
      const group = groupSpeaker(ctx, at, cs, doc);
      const latter = LATTER.exec(text.slice(Math.max(cs, at - 20), at));
      // "…, selon Reuters, qui n'a pas pu confirmer": the subject of "qui" is the actor right before it.
      const qui = /,\s*qui\s+(?:ne\s+|n['’]\s*)?(?:(?:a|ont|avait|avaient|aurait|auraient|dit|disent)\s+)?(?:pas\s+|jamais\s+)?(?:pu\s+|été\s+)?$/iu.exec(text.slice(0, at));
      const antecedent = qui ? actorMentions(ctx).filter((m) => m.end <= qui.index && /^\s*$/.test(text.slice(m.end, qui.index))).at(-1) : undefined;
      if (antecedent) speaker = antecedent.id;
      else if (latter) speaker = latterBefore(ctx, Math.max(cs, at - 20) + latter.index);
      else if (subj.length && (!group || subj[subj.length - 1].start > cs + 20)) {
        speaker = subj[subj.length - 1].id;
        coSpeakers = subj.slice(0, -1).map((x) => x.id);
      }
      else if (group) speaker = group;
      else if (authorOf(ctx, at, cs)) speaker = authorOf(ctx, at, cs);
      else if (LATTER.test(text.slice(cs, at))) speaker = latterBefore(ctx, cs + text.slice(cs, at).search(LATTER));
      else if (PRONOUN_START.test(text.slice(cs, at))) speaker = memory.lastSpeakerPerson ?? state.personsSeen[state.personsSeen.length - 1];
      // "Ilham Aliev ne s'en cache pas : dès 2016, il chiffrait à …": a pronoun right before the verb is the person named first in the sentence.
      else if (PRONOUN_BEFORE.test(text.slice(cs, at))) speaker = ctx.mentions.find((m) => m.label === 'Person' && m.end <= cs && !PREP_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)))?.id ?? memory.lastSpeakerPerson ?? state.personsSeen.at(-1);
      // An op-ed's or an interview's "je", "nous": the author the byline names.
      else if ((memory.author || memory.interviewee) && FIRST_PERSON.test(text.slice(cs, at))) speaker = memory.author ?? memory.answering ?? memory.interviewee;
      const que = pattern('claim.that').exec(text.slice(ve, ve + 60));
      contentStart = que ? ve + que[0].length : ve;
      // "..., the Pentagon said.": where the statement comes first and its speaker closes the sentence (claim.trailing).
      const trailing = !que ? pattern('claim.trailing', 'u').exec(before) : null;
      if (trailing && pattern('claim.sentenceEnd', 'u').test(text.slice(ve))) {
        contentStart = 0;
        contentEnd = trailing.index;
        // The speaker is named between the comma and the verb ("Ukrainian intelligence said": its state), never in the statement.
        const tail = ctx.mentions.filter((m) => m.start >= trailing.index && m.end <= vs && m.label !== 'Location');
        speaker = tail.find((m) => m.via !== 'demonym')?.id ?? tail[0]?.id;
        coSpeakers = [];
      }
      // "..., rapporte le Washington Post, qui cite des documents": what is cited is the sentence's main clause.
      if (!que && /^cit/i.test(v[0]) && /(?<![\p{L}])qui\s+$/iu.test(before)) {
        contentStart = 0;
        contentEnd = before.search(/,[^,]*,?\s*qui\s+$/u) > 0 ? before.search(/,[^,]*,?\s*qui\s+$/u) : vs;
      }
    }
    if (speaker && usedSpeakers.has(speaker)) continue;
    // "ont annoncé de nouvelles sanctions" announces an act, not a statement: a claim needs "que", a quote or a denial.
    // Judging verbs ("a critiqué cette décision", "a dénoncé l'accord") state a position without "que".
    if (!inverted && !denies && !/^(?:cit|critiqu|dénonc|condamn|accus|salu|attribu|reproch|document|confirm|dénombr|recens|chiffr|évalu)|^disant$/i.test(v[0]) && contentStart === ve && !/^\s*(?:\p{Ll}+\s+){0,3}?[:«“"]|^\s+(?:avoir|être|ne pas|n['’]avoir)\s|^[^.;:«»]{0,60}\s:\s*[«“"]/u.test(text.slice(ve, ve + 80)) && !(/^(?:affirm|assur|reconn|admet|admis|prétend|dit|disent|disait|déclar|estim)/iu.test(v[0]) && /^\s+(?:se\s+|s['’]|ne\s+pas\s+)?\p{Ll}+(?:er|ir|re)(?![\p{L}])/u.test(text.slice(ve, ve + 30))) && !CANNOT.test(fold(text.slice(ve, ve + 80))) && !CANNOT.test(fold(text.slice(Math.max(cs, vs - 50), ve)))) continue;
    if (/^disant$/i.test(v[0]) && usedSpeakers.size + reporters.size > 0) continue;

    let reporter: string | undefined;
    // An outlet that cannot confirm takes that stance itself: "L'AFP n'a pas pu vérifier ces affirmations".
    if (isMedia(doc, speaker) && !CANNOT.test(fold(text.slice(Math.max(0, vs - 40), ve + 80)))) {
      reporter = speaker;
      speaker = undefined;
      if (/^cit/i.test(v[0])) {
        const cited = actorMentions(ctx).find((m) => m.start >= ve && m.start - ve <= 40 && m.label !== 'Country');
        speaker = cited && !isMedia(doc, cited.id) ? cited.id : undefined;
      }
    }
    const media = ctx.mentions.find((m) => isMedia(doc, m.id) && (m.start >= ve || CARRIED_BY.test(text.slice(Math.max(0, m.start - 30), m.start))) && MEDIA_TO.test(text.slice(Math.max(0, m.start - 30), m.start)));
    if (media) reporter = media.id;
    if (!speaker && !reporter) continue;

    // The stance is read in the verb's own clause: "un chiffre que le rapport juge impossible à vérifier" is another speaker's.
    const nextClause = text.slice(ve).search(/,\s+(?:un|une|ce que|ce qui|qui|dont|mais|tandis)\s|;/u);
    const window = text.slice(vs - 40 > 0 ? vs - 40 : 0, Math.min(text.length, ve + 120, nextClause >= 0 ? ve + nextClause : text.length));
    const content = text.slice(contentStart, contentEnd).trim().replace(/^[«“"]\s*|\s*[»”"]$/g, '');
    // "ce que ces derniers contestent", "une cargaison que le Centcom avait attribuée à Téhéran": the speaker
    // is the subject of a relative clause; what is said is the clause its antecedent belongs to.
    let queAt = -1;
    if (!inverted) for (const q of text.slice(cs, vs).matchAll(/(?<![\p{L}])(?:que|qu['’])/giu)) queAt = cs + q.index!;
    const speakerMention = speaker ? ctx.mentions.find((m) => m.id === speaker && m.start > queAt && m.end <= vs) : undefined;
    if (queAt > 0 && (speakerMention || LATTER.test(text.slice(queAt, vs))) && !/(?:dit|affirm|déclar|estim|assur)\p{L}*\s+(?:que|qu['’])\s*$/iu.test(text.slice(Math.max(0, queAt - 30), queAt + 4))) {
      contentEnd = queAt;
      contentStart = 0;
    }
    const stance = stanceOf(denies, window, content, !!inverted && contentStart === 0);
    const date = ctx.dates.find((d) => (d.start >= ve && d.start - ve <= 25) || (d.end <= vs && vs - d.end <= 4) || (inverted && d.start > ve));
    const said = /\p{L}/u.test(content) ? content : text;
    const claim = doc.fact('claim', 'Claim', shorten(said), {
      text: said,
      stance,
      verb: v[0],
      date: date?.date ?? null,
      dateText: date?.dateText ?? null,
    } satisfies Record<string, PropertyValue>);
    doc.mention(claim.id, ctx.sentence, vs, ve);
    // "Moscou et Pyongyang ont toujours nié": each of them takes the stance.
    for (const co of coSpeakers) if (!isMedia(doc, co)) doc.rel(stance, co, claim.id, [sid]);
    if (speaker) {
      doc.rel(stance, speaker, claim.id, [sid]);
      usedSpeakers.add(speaker);
      if (speaker.startsWith('person:')) memory.lastSpeakerPerson = speaker;
    }
    if (reporter) {
      doc.rel('REPORTED', reporter, claim.id, [sid]);
      reporters.add(reporter);
    }

    const about = facts.filter((f) => f.sentenceId === sid && f.start >= Math.min(contentStart, contentEnd === text.length ? contentStart : 0) && f.end <= contentEnd);
    // "« Le Chili a livré … . Nous en avons la preuve », a déclaré X": a quote opened sentences before is X's too.
    if (inverted && /[»”]/.test(before) && !/[«“]/.test(before)) about.push(...quoteOpenedBefore(ctx, facts, memory));
    for (const f of about) doc.rel('ABOUT', claim.id, f.id, [sid]);
    // "en a dénombré jusqu'à 18 000", "l'a confirmé": a clitic before the verb points back too.
    const clitic = /(?<![\p{L}])(?:en|l['’])\s*(?:a|ont|avait|avaient|aurait|auraient)?\s*$/iu.test(text.slice(Math.max(0, vs - 14), vs));
    const pointsBack = clitic || !/\p{L}/u.test(content) || ANAPHORIC_OBJECT.test(text.slice(ve, ve + 40)) || RETRO_OBJECT.test(content) || RETRO_OBJECT.test(text.slice(Math.max(0, vs - 40), vs));
    if (!about.length && (denies || pointsBack)) {
      const target = [...memory.claims].reverse().find((c) => c.speaker !== speaker);
      if (target) doc.rel('ABOUT', claim.id, target.id, [sid]);
    }
    // "accuse Paris d'« armer l'Arménie »", "reproche à Ankara de livrer": the charge is the accused's earlier transfers.
    if (/^(?:accus|reproch)/iu.test(v[0]) && !about.some((f) => f.id.startsWith('transfer:'))) {
      const accused = actorMentions(ctx).find((m) => m.start >= ve && m.start - ve <= 30);
      if (accused) for (const t of sentTransfersOf(doc, ctx, facts, accused.id)) doc.rel('ABOUT', claim.id, t, [sid]);
    }
    // "le déploiement de troupes est très probable": goods named with no transfer in the sentence are the recent transfer of that kind.
    if (!about.some((f) => f.id.startsWith('transfer:'))) {
      const same = earlierOfKind(doc, ctx, facts, findGoods(content).map((g) => g.kind));
      if (same) doc.rel('ABOUT', claim.id, same, [sid]);
    }
    // "Téhéran a rejeté ces accusations", "il n'a pas pu vérifier la provenance de ces appareils": the fact is in an earlier sentence.
    if (pointsBack || (stance !== 'ASSERTS' && about.every((f) => !f.id.startsWith('transfer:') || isNegated(text, f)))) {
      for (const earlier of earlierTransfers(doc, ctx, facts, speaker, stance)) doc.rel('ABOUT', claim.id, earlier, [sid]);
    }
    applyStatus(doc, claim.id, stance);
    memory.claims.push({ id: claim.id, speaker, sentenceIndex: ctx.sentence.index });
  }
  extractAccordingTo(doc, ctx, facts, memory, usedSpeakers);
  if (!usedSpeakers.size && !reporters.size) quoteAfterColon(doc, ctx, facts, memory);
  if (memory.interviewee) extractAnswer(doc, ctx, facts, memory, usedSpeakers.size + reporters.size > 0);
  const subject = ctx.mentions.find((m) => m.label === 'Person' && !PREP_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) && !/[«“"]/.test(text.slice(0, m.start)));
  if (subject) (memory.subjects ??= new Map()).set(ctx.sentence.index, subject.id);
  void publishedAt;
}
