// Step 2 of reading a claim: who speaks through a reporting verb, who carried the words, and which span they said.
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions, subjectBefore } from '../context';
import type { ArticleEntities } from '../entities';
import { fold } from '../text';
import { pattern } from '../syntax/language';
import { afterPreposition, filledClaimPattern, type ClaimPatterns } from './patterns';
import { authorOf, citedAfter, firstPersonBefore, describedPerson, groupAfter, joinedAfter, groupSpeaker, isMedia, openerBefore, personBefore, possessiveTitled, possessiveTitledAfter, previousPerson, speakerAfter, titledBody, titledState } from './speakers';
import { latterBefore } from './targets';
import { outletAfter, outletBefore, outletEnding } from './outlets';
import { firmNamedAfter, firmNamedAgain, ministryInFocus } from './focus';
import { unnamedBodyAfter, unnamedBodyBefore } from './bodies';
import { pronounAntecedent, pronounPerson } from './pronouns';
import type { ClaimMemory } from './types';
import type { ReportingVerb } from './verb';

/** Who says what through one verb: the speaker, those who say it with them, and the span of the sentence said. */
export interface Attribution {
  speaker?: string;
  coSpeakers: string[];
  /** The news outlet that carried the words. */
  reporter?: string;
  contentStart: number;
  contentEnd: number;
  /** What is said is a clause of its own, after "que" ("a démenti que l'Égypte ait fermé le passage"). */
  that?: boolean;
  /** Where a second "que" clause joined by "et" starts, when it denies what the first asserts ("rappelle que … et qu'aucun soldat n'est payé"). */
  secondThat?: number;
}

/** The speaker of a reporting verb and the span it governs: a passive agent, the name after an inverted verb, else the subject before. */
export function attribute(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, r: ReportingVerb, memory: ClaimMemory, state: ArticleEntities): Attribution {
  const text = ctx.text;
  const { start: vs, end: ve, before, clauseStart: cs, inverted } = r;
  let speaker: string | undefined;
  let coSpeakers: string[] = [];
  let contentStart = ve;
  let contentEnd = text.length;
  let that = false;
  let secondThat: number | undefined;
  if (r.agent) {
    speaker = r.agent;
    contentStart = 0;
    contentEnd = vs;
  } else if (inverted) {
    // ", a-t-il assuré", ", affirme-t-elle": the person its own sentence or the previous one is about, else the last one heard.
    if (inverted[1] || p.PRONOUN_AFTER.test(text.slice(ve))) speaker = pronounAntecedent(p, ctx, memory, vs) ?? previousPerson(memory, ctx) ?? memory.lastSpeakerPerson ?? state.personsSeen[state.personsSeen.length - 1];
    // ", a indiqué à l'AFP un responsable américain": a nameless official speaks for the state.
    // "a confié au quotidien El Sol un officier péruvien": the outlet told is not the speaker when a nameless official follows.
    else {
      speaker = speakerAfter(ctx, ve)?.id ?? groupAfter(p, ctx, ve, doc) ?? describedPerson(doc, state, text, ve, true, memory.texts) ?? outletAfter(doc, ctx, memory, ve) ?? unnamedBodyAfter(doc, ctx, ve) ?? firmNamedAfter(doc, ctx.sentence.index, text, ve, memory.texts) ?? possessiveTitledAfter(memory, ctx, ve);
      // "C'est ce qu'a affirmé mardi le ministre algérien de la Défense": the title's nationality, right after the verb.
      if (!speaker) {
        const near = pattern('claim.titleAfterVerb', 'u').exec(text.slice(ve));
        if (near) speaker = titledState(text.slice(ve + near[0].length, ve + near[0].length + 60));
      }
      // ", ont affirmé les États-Unis et la Corée du Sud": each of them says it.
      if (speaker) coSpeakers = joinedAfter(p, ctx, speaker, ve);
    }
    if (speaker && !inverted[1] && isMedia(doc, speaker)) {
      // ", rapporte l'agence Anadolu, citant le ministère turc de la Défense": those the outlet cites speak.
      const named = ctx.mentions.find((m) => m.id === speaker && m.start >= ve);
      const citing = named ? pattern('claim.sourceCiting', 'u').exec(text.slice(named.end)) : null;
      const from = named && citing ? named.end + citing[0].length : -1;
      const cited = citing ? citedAfter(p, doc, ctx, from, doc) : undefined;
      speaker = cited ?? groupAfter(p, ctx, ve, doc) ?? speaker;
    }
    contentStart = 0;
    contentEnd = r.incise ? text.length : inverted.index;
    // "Comme le souligne le Sipri, la Russie a livré ...": an echo opening the sentence says what follows the speaker.
    const named = speaker ? ctx.mentions.find((m) => m.id === speaker && m.start >= ve) : undefined;
    if (r.echo && named && !/\p{L}/u.test(text.slice(cs, inverted.index)) && text.indexOf(',', named.end) > 0) {
      contentStart = text.indexOf(',', named.end) + 1;
      contentEnd = text.length;
    }
    if (!speaker && !inverted[1] && !r.echo) {
      // "Le Wall Street Journal, citant des sources, a rapporté que ...", "Le ministère ..., qui
      // contrôle ..., a confirmé avoir ...": the subject came first after all.
      // "La Norvège, qui, comme la Suède, …": the relative pronoun may open an incise of its own.
      const relative = before.search(pattern('claim.subjectIncise', 'u'));
      const head = relative > 0 ? actorMentions(ctx).filter((m) => m.end <= relative && /^\s*$/.test(text.slice(m.end, relative))).pop() : undefined;
      const que = pattern('claim.that').exec(text.slice(ve, ve + 90));
      // Without "que" or a relative clause the words before are the statement, and its subject is not who says it
      // ("La Hongrie bloque l'aide, déplore Bruxelles").
      // "Un rapport de l'ONU, publié mardi, affirme que ...": a document in commas speaks for its author.
      if (que || head) {
        speaker = head?.id ?? subjectBefore(ctx, inverted.index, cs)[0]?.id ?? authorOf(ctx, vs, cs);
        contentStart = que ? ve + que[0].length : ve;
        contentEnd = text.length;
      }
    }
  } else {
    const auxStart = before.search(p.AUX_BEFORE);
    const at = auxStart >= 0 ? auxStart : vs;
    // "X soupçonne un sabotage, ce que l'armateur conteste": the verb's subject stands after "ce que", never before it.
    const relative = [...text.slice(0, at).matchAll(p.ECHO_CLAUSE)].at(-1);
    // "Les fonds ont été préservés, l'ambassadeur américain me l'a confirmé": a clause spliced on by a comma whose object
    // clitic is the clause before; its subject opens after the comma.
    const spliced = pattern('claim.splicedClitic', 'iu').exec(text.slice(r.clauseStart, vs));
    const splice = spliced ? r.clauseStart + spliced.index + spliced[0].length : -1;
    const cs = Math.max(relative ? Math.max(r.clauseStart, relative.index! + relative[0].length) : r.clauseStart, splice);
    const subj = subjectBefore(ctx, at, cs);
    const group = groupSpeaker(p, ctx, at, cs, doc);
    const latter = p.LATTER.exec(text.slice(Math.max(cs, at - 20), at));
    // "…, selon Reuters, qui n'a pas pu confirmer": the subject of "qui" is the actor right before it.
    const qui = pattern('claim.quiSpeaker', 'iu').exec(text.slice(0, at));
    // "la Radio-Télévision du Niger (RTN), qui a diffusé": an acronym in brackets may close the antecedent.
    const antecedent = qui ? actorMentions(ctx).filter((m) => m.end <= qui.index && /^\s*(?:\([^()]{1,20}\)|\))?\s*$/u.test(text.slice(m.end, qui.index))).at(-1) : undefined;
    // "…, note le quotidien, qui cite …": an outlet named by its head noun is an antecedent too.
    const outletAntecedent = qui && !antecedent ? outletEnding(doc, ctx, memory, qui.index) : undefined;
    const span = text.slice(cs, at);
    const lead = subj.length > 0 && (!group || subj[subj.length - 1].start > cs + 20);
    // "La compagnie SkyWest … . Le groupe a annoncé": a firm's head noun read back to the last body named is checked
    // against the noun each firm came with.
    // "La Russie a livré des blindés, ce qu'elle a reconnu elle-même": a pronoun after "ce que" is the subject of the clause
    // it answers, which is what is said.
    const echoed = relative && pattern('claim.echoPronoun', 'iu').test(span) ? actorMentions(ctx).find((m) => m.start >= r.clauseStart && m.end <= relative.index! && !afterPreposition(p, text, m.start)) : undefined;
    const coref = lead && subj[subj.length - 1].via === 'coref' && doc.nodes.get(subj[subj.length - 1].id)?.properties.kind === 'company';
    const firm = coref ? firmNamedAgain(doc, ctx.sentence.index, span, memory.texts) : undefined;
    // Each reading is tried once, in order; the first that names someone speaks.
    speaker = firstFound([
      () => antecedent?.id,
      () => echoed?.id,
      () => outletAntecedent,
      () => (latter ? latterBefore(ctx, Math.max(cs, at - 20) + latter.index) : undefined),
      () => firm,
      // "Plusieurs armateurs, dont MSC, confirment": the one named among those who speak.
      () => includedSpeaker(ctx, cs, at),
      () => (lead ? subj[subj.length - 1].id : undefined),
      () => group,
      () => authorOf(ctx, at, cs),
      () => titledBody(ctx, at, cs),
      () => (p.BARE_DOCUMENT.test(span) ? memory.claims.findLast((c) => c.speaker)?.speaker : undefined),
      // "Le quotidien rappelle que ...": the outlet last named, by its head noun alone.
      () => outletBefore(doc, ctx, memory, cs, at),
      // "Le ministère a précisé que ..." in a portrait of a minister, no ministry named: that minister's.
      () => ministryInFocus(doc, span, true),
      // "Le groupe français dément formellement": the firm last named (already read above when the subject was one named again).
      () => (coref ? firm : firmNamedAgain(doc, ctx.sentence.index, span, memory.texts)),
      // "L'intéressé dément": the person the article is about, last heard or last named.
      () => (pattern('claim.concerned', 'iu').test(span) ? pronounPerson(ctx, memory, state, at) : undefined),
      () => possessiveTitled(memory, ctx, span),
      () => describedPerson(doc, state, text.slice(cs), at - cs, false, memory.texts),
      // "La porte-parole chinoise a démenti": a nameless office-holder opening the clause.
      () => titledState(span, true),
      () => unnamedBodyBefore(doc, ctx, span, cs),
      () => (p.LATTER.test(span) ? latterBefore(ctx, cs + span.search(p.LATTER)) : undefined),
      // "Le Kremlin a été interrogé. Il a démenti": a body or state that opened the sentence before, else the last person heard.
      () => (p.PRONOUN_START.test(span) ? (openerBefore(memory, ctx) ?? pronounPerson(ctx, memory, state, at)) : undefined),
      // "Ilham Aliev ne s'en cache pas : dès 2016, il chiffrait à …": a pronoun right before the verb is the person named first in the sentence.
      () => (p.PRONOUN_BEFORE.test(span) ? (personBefore(p, ctx, cs) ?? pronounPerson(ctx, memory, state, at)) : undefined),
      // An op-ed's or an interview's "je", "nous": the author the byline names.
      () => ((memory.author || memory.interviewee) && firstPersonBefore(span) ? (memory.author ?? memory.answering ?? memory.interviewee) : undefined),
    ]);
    // "La Russie et la Chine ont démenti": the subjects joined before the last say it with it.
    if (lead && speaker === subj[subj.length - 1].id) coSpeakers = subj.slice(0, -1).map((x) => x.id);
    const que = pattern('claim.that').exec(text.slice(ve, ve + 90));
    contentStart = que ? ve + que[0].length : ve;
    that = !!que;
    if (splice > 0 && !que) [contentStart, contentEnd] = [0, splice - spliced![0].length];
    if (echoed && speaker === echoed.id && !que) [contentStart, contentEnd] = [r.clauseStart, relative!.index!];
    // "a démenti ces informations : selon lui, …": after a denial, a source after a colon opens a statement of its own
    // (see extractAccordingTo); after an assertion it goes on with the same one.
    const sourced = r.denies ? pattern('claim.sourceAfterColon', 'iu').exec(text.slice(contentStart, contentEnd)) : null;
    if (sourced) contentEnd = contentStart + sourced.index;
    // "a assuré que … et démenti que …": the statement ends where a second verb sharing its auxiliary begins.
    const next = [...text.slice(ve).matchAll(p.VERB_RE)].find((v) => p.ELIDED_AUX.test(text.slice(0, ve + v.index!)));
    if (next) contentEnd = ve + next.index!;
    // "il rappelle que l'accord encadre leur présence et qu'aucun soldat n'est payé par une firme": a second clause
    // that negates is a denial of its own; "a affirmé qu'aucune licence n'avait été accordée, et que les Pays-Bas
    // avaient livré deux radars": so is a first one, and the second asserts.
    const joined = que && !r.denies ? pattern('claim.secondThat', 'iu').exec(text.slice(contentStart, contentEnd)) : null;
    if (joined && p.DENIAL_CONTENT.test(joined[1]) !== p.DENIAL_CONTENT.test(text.slice(contentStart, contentStart + joined.index))) {
      secondThat = contentStart + joined.index + joined[0].indexOf(joined[1]);
      contentEnd = contentStart + joined.index;
    }
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
    if (!que && /^cit/i.test(r.word) && /(?<![\p{L}])qui\s+$/iu.test(before)) {
      contentStart = 0;
      contentEnd = before.search(/,[^,]*,?\s*qui\s+$/u) > 0 ? before.search(/,[^,]*,?\s*qui\s+$/u) : vs;
    }
  }
  // "a démenti que …, tout en avertissant que …": what a gerund reports is its own statement, not this one's.
  const gerund = [...text.slice(contentStart, contentEnd).matchAll(p.VERB_RE)].find((v) => v.index! > 0 && pattern('claim.presentParticiple').test(v[0]) && pattern('claim.gerundBefore', 'iu').test(text.slice(contentStart, contentStart + v.index!)));
  if (gerund) contentEnd = contentStart + text.slice(contentStart, contentStart + gerund.index!).search(/,?\s*(?:tout\s+)?en\s+$/iu);
  return { speaker, coSpeakers, contentStart, contentEnd, that, secondThat };
}


/** Whether the verb introduces a statement: "ont annoncé de nouvelles sanctions" announces an act; a claim needs "que", a quote, a denial or a judging verb. */
export function introducesStatement(p: ClaimPatterns, text: string, r: ReportingVerb, a: Attribution): boolean {
  const { start: vs, end: ve, clauseStart: cs } = r;
  // Judging verbs ("a critiqué cette décision", "a dénoncé l'accord") state a position without "que".
  // Feelings about a fact ("s'est félicité de cette livraison") and suspicions ("soupçonne Pékin de ...") take it as given.
  // "a reconnu cet achat", "admet la livraison", "a reconnu les faits": acknowledging a fact asserts it (not "a reconnu le Kosovo").
  // "a diffusé une vidéo montrant des soldats nord-coréens": showing evidence asserts what it shows; "a publié son rapport annuel" does not.
  // "a promis de rétablir l'ordre", "a menacé de suspendre ses livraisons": a promise or a threat states what its speaker will do; "a promis l'envoi de" names an act.
  // "promet que les salaires seront versés": a promise of a fact, in a clause, states it too; so does one told after
  // the words it promises ("« Le barrage sera achevé en 2030 », promet le ministre").
  if (pattern('claim.committing').test(r.word)) return !!a.that || !!r.inverted || pattern('claim.commitmentAfter', 'u').test(text.slice(ve, ve + 60));
  // "plaide pour interdire toute vente", "a plaidé en faveur d'une hausse": pleading for a measure states a position.
  if (pattern('claim.advocating').test(r.word) && pattern('claim.advocacyAfter', 'iu').test(text.slice(ve, ve + 30))) return true;
  if (pattern('claim.showing').test(r.word)) return pattern('claim.evidenceObject', 'u').test(text.slice(ve, ve + 40));
  // "annonce une aide de 3 millions", "a annoncé la réouverture de son usine": announcing a fact (an aid, a result, an
  // opening) states it; announcing an act ("a annoncé de nouvelles sanctions", "annonce la rupture du contrat") does not.
  // "annonce à son tour jusqu'à 120 millions de livres": announcing a sum pledges it.
  if (pattern('claim.announcing').test(r.word) && (pattern('claim.announcedFact', 'iu').test(text.slice(ve, ve + 80)) || filledClaimPattern('announcedSum').test(text.slice(ve, ve + 80)))) return true;
  // "Plusieurs armateurs, dont MSC, confirment.": a confirmation that ends the sentence confirms what was just said.
  if (pattern('claim.confirming').test(r.word) && /^\s*[.!]?\s*$/u.test(text.slice(ve))) return true;
  if (pattern('claim.acknowledging').test(r.word) && p.FACT_NOUN.test(text.slice(ve, ve + 40)) && pattern('claim.definiteObject', 'u').test(text.slice(ve, ve + 40))) return true;
  if (r.inverted || r.denies || pattern('claim.judging').test(r.word) || a.contentStart !== ve) return true;
  // "…, ce que le ministère a reconnu dans une lettre": a relative clause answering the clause before says it again.
  const echo = [...text.slice(cs, vs).matchAll(p.ECHO_CLAUSE)].at(-1);
  if (echo && !/[,;:«»]/u.test(text.slice(cs + echo.index! + echo[0].length, vs))) return true;
  // "Séoul l'affirme depuis des mois", "Kiev en a fait état": an object clitic points back to what was said before.
  if (pattern('claim.cliticBefore', 'iu').test(text.slice(Math.max(cs, vs - 14), vs))) return true;
  // A quote, a colon, or an infinitive ("a reconnu en novembre avoir fourni") after the verb; verbs that take a bare
  // infinitive ("affirme détenir") too.
  const after = text.slice(ve, ve + 80);
  if (pattern('claim.statementAfter', 'u').test(after) || (pattern('claim.infinitiveTaking').test(r.word) && pattern('claim.bareInfinitive', 'u').test(after.slice(0, 30)))) return true;
  return p.CANNOT.test(fold(after)) || p.CANNOT.test(fold(text.slice(Math.max(cs, vs - 50), ve)));
}

/** Moves a news outlet from speaker to reporter ("L'AFP n'a pas pu vérifier" keeps it as speaker), and finds the outlet the words were told to. */
export function assignReporter(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, r: ReportingVerb, a: Attribution): void {
  const text = ctx.text;
  const { start: vs, end: ve } = r;
  // An outlet that cannot confirm takes that stance itself: "L'AFP n'a pas pu vérifier ces affirmations"; so does
  // one that denies ("L'agence officielle KCNA a démenti"): it speaks, it does not carry another's words.
  // An outlet that cites nobody is the source of what it tells, and asserts it ("a annoncé la télévision publique RTN").
  if (/^cit/i.test(r.word) && isMedia(doc, a.speaker) && !r.denies && !p.CANNOT.test(fold(text.slice(Math.max(0, vs - 40), ve + 80)))) {
    const cited = actorMentions(ctx).find((m) => m.start >= ve && m.start - ve <= 40 && m.label !== 'Country');
    // "selon le Wall Street Journal, qui cite des responsables américains": nameless officials speak for their state.
    const speaker = cited && !isMedia(doc, cited.id) ? cited.id : groupAfter(p, ctx, ve);
    if (speaker) {
      a.reporter = a.speaker;
      a.speaker = speaker;
    }
  }
  // "Le New York Times, citant des responsables américains, ...": the outlet right before "citant" carries their words.
  const citer = pattern('claim.citing').test(r.word) && !isMedia(doc, a.speaker) ? ctx.mentions.find((m) => isMedia(doc, m.id) && m.end <= vs && pattern('claim.citerGap', 'iu').test(text.slice(m.end, vs))) : undefined;
  if (citer) a.reporter = citer.id;
  const media = ctx.mentions.find((m) => isMedia(doc, m.id) && (m.start >= ve || p.CARRIED_BY.test(text.slice(Math.max(0, m.start - 30), m.start))) && p.MEDIA_TO.test(text.slice(Math.max(0, m.start - 30), m.start)));
  if (media) a.reporter = media.id;
  // "Des documents douaniers consultés par Le Monde montrent que ...": an outlet that is the only source named asserts.
  if (!a.speaker && a.reporter && !a.coSpeakers.length && !pattern('claim.citing').test(r.word)) [a.speaker, a.reporter] = [a.reporter, undefined];
}

/** "ce que ces derniers contestent", "une cargaison que le Centcom avait attribuée à Téhéran": the speaker is the subject of a relative clause; what is said is the clause its antecedent belongs to. */
export function relativeClauseContent(p: ClaimPatterns, ctx: SentenceContext, r: ReportingVerb, a: Attribution): void {
  const text = ctx.text;
  const { start: vs, clauseStart: cs } = r;
  let queAt = -1;
  if (!r.inverted) for (const q of text.slice(cs, vs).matchAll(pattern('claim.relativePronoun', 'giu'))) queAt = cs + q.index!;
  const speakerMention = a.speaker ? ctx.mentions.find((m) => m.id === a.speaker && m.start > queAt && m.end <= vs) : undefined;
  if (queAt > 0 && (speakerMention || p.LATTER.test(text.slice(queAt, vs))) && !pattern('claim.sayingThat', 'iu').test(text.slice(Math.max(0, queAt - 30), queAt + 4))) {
    a.contentEnd = queAt;
    a.contentStart = 0;
  }
}

/** The first of `finders` that finds someone, each called at most once. */
function firstFound(finders: Array<() => string | undefined>): string | undefined {
  for (const find of finders) {
    const found = find();
    if (found) return found;
  }
  return undefined;
}

/** "Plusieurs pays, dont la France, ont démenti": the actor named after "dont" in commas right before the verb at `at`. */
function includedSpeaker(ctx: SentenceContext, clauseStart: number, at: number): string | undefined {
  const m = actorMentions(ctx).filter((x) => x.start >= clauseStart && x.end <= at).at(-1);
  if (!m || !/^\s*(?:\([^()]{1,20}\))?\s*,\s*$/u.test(ctx.text.slice(m.end, at))) return undefined;
  return pattern('claim.includedBefore', 'iu').test(ctx.text.slice(clauseStart, m.start)) ? m.id : undefined;
}
