import type { DocBuilder } from './builder';
import { recentPair } from './agreements/actors';
import type { AgreementMemory } from './agreements/types';
import { words as agreementWords } from './agreements/vocabulary';
import { actorMentions, type SentenceContext } from './context';
import { resolveSubjectPronoun, type Discourse } from './discourse';
import { countryId } from './countries';
import type { EntityMention } from './entities';
import { ORGS } from './lexicon';
import { speakerSide } from './transfers/speaker';
import { filledRegExps, relationWords } from './relation-words';
import { pattern, perLanguage, type Language } from './syntax/language';
import { alongside, listFrom, listUpTo } from './memberships/lists';
import { bodiesDescribedBack, bodiesNamedBack } from './memberships/named-back';
import { cliticMembers, ellipticMembers } from './memberships/clitics';
import { bareMembers, countedMembers, isSide, lastStates, likeSplitMembers, pronounMember } from './memberships/subjects';
import { alternationOf } from './syntax/alternation';

const alt = (xs: string[]) => alternationOf(xs, { longestFirst: false });

// The membership grammar of the article's language: patterns membership.* of data/lang/<code>/patterns.json, filled with its words.
function compile(lang: Language) {
  const M = relationWords(lang).membership;
  const { of, ...rest } = M;
  // "dont les deux pays sont membres": the pair nouns are the agreements' ("les deux alliés", "les deux producteurs").
  const lists: Record<string, string> = { ofWords: alt(of), pairStates: alt(relationWords(lang).agreements.pairs.states), ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, alt(v)])) };
  const re = filledRegExps('membership', lists, lang);
  return {
    // "La Turquie, membre de l'OTAN", "l'Arménie est membre de l'OTSC", "X, qui a rejoint l'Otan", "la Pologne et les autres membres de l'Otan".
    // "le Qatar, petit émirat membre de l'Opep": describing words before the noun of an apposition; "a rejoint en 2023 l'Otan": a date after the verb.
    MEMBER_AFTER: re('memberAfter'),
    // "Toujours membre de l'OTSC, ..., l'Arménie", "Membre, comme la Russie, des Brics, l'Inde", "Au sein de l'Union européenne, la Hongrie ...".
    FRONTED: re('fronted'),
    // "les pays membres de l'Otan, dont la Pologne et la Lituanie".
    LIST_AFTER: re('listAfter'),
    MEMBERS_OF: re('membersOf'),
    // "l'Otan compte désormais 32 membres, dont la Suède".
    COUNTS: re('counts'),
    // "l'Otan, à laquelle appartient la Turquie", "l'Asean, qui regroupe le Vietnam et les Philippines".
    WHICH_HAS: re('whichHas'),
    // "membre de l'UE et de l'Otan": the second body has the first one's members.
    AND_OF: re('andOf'),
    // "a rejoint l'OCS en 2023, puis les Brics": a second object of the same verb, unless a new clause starts with it.
    AND_THEN: re('andThen'),
    OBJECT_OF: re('objectOf'),
    CLAUSE_AFTER: re('clauseAfter'),
    // "Le Niger, qui a quitté la Cédéao, est membre de ...": a body inside a relative clause is not the subject after it.
    INSIDE_RELATIVE: re('insideRelative'),
    // "Membre fondateur de l'Opep, il ...": the fronted phrase's subject is a pronoun.
    PRONOUN_SUBJECT: re('pronounSubject'),
    // "l'OTAN, dont la Suède est membre".
    IS_MEMBER: re('isMember'),
    // "l'Union africaine (UA), dont": the body's name, perhaps its acronym in brackets, then the relative of its members.
    WHOSE_MEMBER: re('whoseMember'),
    // "l'APEC, forum dont les deux pays sont membres": a pair noun for the members, perhaps after a noun in apposition.
    WHOSE_PAIR: re('whosePair'),
    WE_MEMBER: re('weMember', 'u'),
    // "l'Otan, à laquelle la Finlande a adhéré": a relative after the body whose subject is its member.
    RELATIVE_OPEN: re('relativeOpen'),
    RELATIVE_VERB: re('relativeVerb'),
    // "membres fondateurs de la banque": a body named again by a common noun of its name.
    BODY_NAMED_BACK: re('bodyNamedBack', 'giu'),
    // "Ils sont membres de l'OEA": a plural pronoun subject, then what lies between it and the body (group gap).
    PLURAL_PRONOUN: re('pluralPronoun', 'u'),
    // "l'adhésion de la Suède à l'Otan", "l'entrée de la Finlande dans l'alliance": the state is a member, unless it only asks.
    ACCESSION: re('accession'),
    NOT_YET: re('notYet'),
    BODY_NOUN: re('bodyNoun'),
    BEFORE_BODY_NOUN: re('beforeBodyNoun'),
    // "le Mali, le Burkina Faso et le Niger forment l'AES"; "le Niger forme avec le Mali et le Burkina Faso l'AES".
    FOUNDED_BY: re('foundedBy'),
    FOUNDED_WITH: re('foundedWith'),
    // "l'Autriche n'appartient pas à l'Otan", "n'est pas membre de l'UE": a membership denied right before the body.
    NEGATED: re('negated'),
    // "..., contrairement aux Pays-Bas et au Portugal"; "Contrairement à la Suède, la Suisse ...": the states contrasted with it.
    CONTRAST_AFTER: re('contrastAfter'),
    CONTRAST_FRONTED: re('contrastFronted'),
    // "Ces trois pays, comme la France, sont membres de", "Les Kirghizes, membres comme les Kazakhs de": see memberships/subjects.
    COUNTED_SUBJECT: re('countedSubject'),
    LIKE_SPLIT: re('likeSplit'),
    LIKE_SPLIT_OF: re('likeSplitOf'),
    LIKE_SPLIT_MEMBER: re('likeSplitMember'),
    // "Le Paraguay en est membre", "l'Allemagne l'est aussi": see memberships/clitics.
    CLITIC_MEMBER: re('cliticMember'),
    // Global: read with matchAll, which leaves this one's lastIndex alone.
    CLITIC_PRONOUN: re('cliticPronoun', 'giu'),
    ELLIPTIC_MEMBER: re('ellipticMember'),
  };
}

/** The compiled membership grammar of the active language. */
const words = () => perLanguage('membership', compile);
const GOVERNED = () => pattern('membership.governed');

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

function canJoin(m: EntityMention): boolean {
  return m.label === 'Country' || m.label === 'Organization';
}

/** Whether a body is one state's own (its army, parliament, ministry): states join no such body. */
function isStateBody(doc: DocBuilder, id: string): boolean {
  const n = doc.nodes.get(id);
  return !!(n?.properties.country || ORGS.get(id)?.country);
}

/** What a plural subject needs to be resolved: the article's agreement memory (states named so far) and people's states. */
export interface PairMemory {
  memory: AgreementMemory;
  personCountry: Map<string, string>;
  /** The latest sentence that coordinates states ("le Ghana et la Côte d'Ivoire"): its index and those states; only it is ever read. */
  coordinated?: { index: number; ids: string[] };
}

/** Notes the states a sentence coordinates ("X et Y", "X, Y et Z"), for a plural subject in the sentences after it. */
function noteCoordinated(ctx: SentenceContext, pairs: PairMemory): void {
  const states = actorMentions(ctx).filter((m) => m.label === 'Country');
  for (const first of states) {
    const ids = [...new Set(listFrom(first, states, ctx.text).map((m) => m.id))];
    if (ids.length < 2) continue;
    pairs.coordinated = { index: ctx.sentence.index, ids };
    return;
  }
}

/** The states named together last: two or more before `at` in the sentence, else in the latest of the three sentences before that names two. */
function lastNamedTogether(ctx: SentenceContext, at: number, discourse?: Discourse): string[] {
  const states = (ids: string[]) => [...new Set(ids.filter((id) => id.startsWith('country:')))];
  const here = states(actorMentions(ctx).filter((m) => m.end <= at).map((m) => m.id));
  if (here.length >= 2) return here.slice(-2);
  const earlier = (discourse?.sentences ?? []).filter((s) => s.index < ctx.sentence.index && ctx.sentence.index - s.index <= 3).reverse();
  for (const s of earlier) {
    const named = states([...s.actors].reverse());
    if (named.length >= 2) return named.slice(0, 2);
  }
  return [];
}

/** "Les deux pays sont aussi membres de l'OEA", "Ils sont membres de l'OEA": the two states last named together. */
function pairMembers(doc: DocBuilder, ctx: SentenceContext, org: EntityMention, pairs: PairMemory, discourse?: Discourse): string[] {
  const text = ctx.text;
  const before = text.slice(0, org.start);
  const { MEMBER_AFTER, PLURAL_PRONOUN } = words();
  const nouns = [...before.matchAll(agreementWords().PAIRS_RE)].at(-1);
  const pronoun = nouns ? null : PLURAL_PRONOUN.exec(before);
  const at = nouns && MEMBER_AFTER.test(before.slice(nouns.index + nouns[0].length)) ? nouns.index : pronoun?.groups && MEMBER_AFTER.test(pronoun.groups.gap) ? pronoun.index : -1;
  if (at < 0) return [];
  return pairNamedBefore(doc, ctx, at, pairs, discourse);
}

/** The two (or more) states a pair noun at `at` stands for ("les deux pays"): coordinated ones first, then two named in one sentence. */
function pairNamedBefore(doc: DocBuilder, ctx: SentenceContext, at: number, pairs: PairMemory, discourse?: Discourse): string[] {
  const text = ctx.text;
  // States coordinated in this sentence or the three before come first, then two states named in one sentence.
  const here = actorMentions(ctx).filter((m) => m.label === 'Country' && m.end <= at);
  const coordinatedHere = here.map((m) => listFrom(m, here, text)).find((l) => l.length >= 2)?.map((m) => m.id);
  const last = pairs.coordinated;
  const coordinated = coordinatedHere ?? (last && last.index < ctx.sentence.index && ctx.sentence.index - last.index <= 3 ? last.ids : undefined);
  if (coordinated) return coordinated;
  const together = lastNamedTogether(ctx, at, discourse);
  return together.length >= 2 ? together : recentPair(doc, ctx, pairs.memory, at, pairs.personCountry);
}

/** "L'Autriche n'appartient pas à l'Otan, contrairement aux Pays-Bas": the states a denied membership is contrasted with are members. */
function contrastedWithNonMember(text: string, org: EntityMention, actors: EntityMention[]): EntityMention[] {
  const { NEGATED, CONTRAST_AFTER, CONTRAST_FRONTED } = words();
  const from = Math.max(0, org.start - 80);
  const negated = NEGATED.exec(text.slice(from, org.start));
  if (!negated) return [];
  const after = actors.find((a) => a.start > org.end && a.label === 'Country' && CONTRAST_AFTER.test(text.slice(org.end, a.start)));
  // The state the membership is denied to, the last before the negation, closes a fronted list: it is no member.
  const denied = from + negated.index;
  const fronted = actors.find((a) => a.end <= denied && a.label === 'Country' && CONTRAST_FRONTED.test(text.slice(Math.max(0, a.start - 40), a.start)));
  // "La Serbie, contrairement à la Croatie, n'est pas membre": a contrast in an incise closes right before the verb, and
  // the last state before it is the incise's.
  const last = [...actors].reverse().find((a) => a.end <= denied);
  const subject = last && /^\s*,\s*$/u.test(text.slice(last.end, denied)) ? undefined : last;
  const before = fronted ? listFrom(fronted, actors, text).filter((a) => a.end <= denied && a !== subject) : [];
  return [...(after ? listFrom(after, actors, text) : []), ...before];
}

/** "L'Ouganda, comme eux membre de l'UA", "alliée de l'Otan comme nous": the states a pronoun of comparison stands for. */
function likenedByPronoun(doc: DocBuilder, ctx: SentenceContext, member: EntityMention, org: EntityMention, pairs?: PairMemory, discourse?: Discourse): string[] {
  if (!pairs) return [];
  const like = pattern('membership.likePronoun').exec(ctx.text.slice(member.end, org.start));
  if (like?.groups?.plural) return pairNamedBefore(doc, ctx, member.start, pairs, discourse).filter((id) => id !== member.id);
  // "Le Pakistan, membre comme elle de l'OCS", after "L'Inde a refusé": the last other state named.
  if (like?.groups?.singular) return lastStates(ctx, member.start, 2, discourse).filter((id) => id !== member.id).slice(0, 1);
  if (!discourse || !(like?.groups?.we || pattern('membership.likeWeAfter').test(ctx.text.slice(org.end)))) return [];
  const side = speakerSide(doc, ctx, pairs.personCountry, discourse, org.start);
  return side !== member.id && isSide(side) ? [side] : [];
}

/** Reads MEMBER_OF in one sentence from the patterns of data/lexicon/organizations.json "membership". */
export function extractMemberships(doc: DocBuilder, ctx: SentenceContext, discourse?: Discourse, pairs?: PairMemory): void {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const { MEMBER_AFTER, FRONTED, LIST_AFTER, MEMBERS_OF, COUNTS, WHICH_HAS, WHOSE_PAIR, WE_MEMBER, AND_OF, AND_THEN, OBJECT_OF, CLAUSE_AFTER, INSIDE_RELATIVE, PRONOUN_SUBJECT, IS_MEMBER, ACCESSION, NOT_YET, BODY_NOUN, BEFORE_BODY_NOUN, FOUNDED_BY, FOUNDED_WITH, BODY_NAMED_BACK } = words();
  const actors = [...actorMentions(ctx).filter(canJoin), ...bodiesNamedBack(doc, ctx, BODY_NAMED_BACK), ...bodiesDescribedBack(doc, ctx)].sort((a, b) => a.start - b.start);
  const orgs = actors.filter((m) => m.label === 'Organization');
  const members = new Map<string, string[]>();
  const add = (member: EntityMention | string, org: EntityMention) => {
    const id = typeof member === 'string' ? member : member.id;
    if (id === org.id) return;
    doc.rel('MEMBER_OF', id, org.id, [sid]);
    members.set(org.id, [...(members.get(org.id) ?? []), id]);
  };
  for (const org of orgs) {
    const before = text.slice(0, org.start);
    // "X, membre de ORG", "X est membre de ORG", "X a rejoint ORG".
    // A body may belong too ("le Hezbollah, membre de l'axe ...").
    // "Turkey, a NATO member": where a language puts the body before the noun.
    const bodyFirst = BODY_NOUN.test(text.slice(org.end));
    const inRelative = (a: EntityMention) => INSIDE_RELATIVE.test(text.slice(Math.max(0, a.start - 150), a.start)) && /^[^,;.:]*,/u.test(text.slice(a.end, org.start));
    const member = [...actors].reverse().find((a) => a.end <= org.start && !inRelative(a) && (MEMBER_AFTER.test(text.slice(a.end, org.start)) || (bodyFirst && BEFORE_BODY_NOUN.test(text.slice(a.end, org.start)))));
    if (member) {
      add(member, org);
      // "La Pologne est membre de l'Otan aux côtés de la Lituanie".
      for (const a of alongside(text, org.end, actors)) add(a, org);
      // "La France et l'Allemagne sont membres de l'Otan": every state of a plural subject joined by "et" or commas.
      const gap = text.slice(member.end, org.start);
      if (pattern('membership.isVerb').test(gap)) {
        // "Tout comme le Pérou et le Chili, membres de l'APEC, ...": a plural apposition names its members whatever governs them.
        const apposition = /^\s*,/.test(gap);
        let pos = member.start;
        for (const a of [...actors].reverse().filter((x) => x.end <= member.start && x.label === 'Country')) {
          if (!pattern('membership.listGap').test(text.slice(a.end, pos)) || (!apposition && pattern('membership.governedAfter').test(text.slice(Math.max(0, a.start - 12), a.start)))) break;
          add(a, org);
          pos = a.start;
        }
      }
      // "la Lituanie, membre de l'Otan comme sa voisine": the neighbour named before is a member too.
      const like = pattern('membership.likeAfter').exec(text.slice(org.end, org.end + 30));
      if (like?.[1]) {
        const neighbour = [...actors].reverse().find((a) => a.end <= member.start && a.label === 'Country' && a.id !== member.id);
        if (neighbour) add(neighbour, org);
      } else if (like) {
        const other = actors.find((a) => a.start >= org.end + like[0].length - 4 && a.start <= org.end + like[0].length + 2 && a.label === 'Country');
        // "siège à la Ligue arabe, tout comme l'Égypte, l'Arabie saoudite et les Émirats": every state of the list.
        if (other) for (const a of listFrom(other, actors, text)) add(a, org);
      }
      // "Comme la Pologne et l'Estonie, la Lituanie est membre de l'Otan": a comparison fronted before the member.
      const compared = actors.find((a) => a.end <= member.start && a.label === 'Country' && pattern('membership.likeFronted').test(text.slice(0, a.start)));
      const likes = compared ? listFrom(compared, actors, text).filter((a) => a.end <= member.start && a.id !== member.id) : [];
      // A comma, then the member opening the clause (membership.bodyOpensClause reads the same gap).
      if (likes.length && pattern('membership.bodyOpensClause').test(text.slice(likes.at(-1)!.end, member.start))) for (const a of likes) add(a, org);
    }
    if (member) for (const id of likenedByPronoun(doc, ctx, member, org, pairs, discourse)) add(id, org);
    // "Téhéran, qui, comme Islamabad, est membre de l'OCS": the antecedent of a relative that opens on a comparison is a member too.
    const antecedent = member && [...actors].reverse().find((a) => a.end <= member.start && canJoin(a));
    if (antecedent && pattern('membership.likeInRelative').test(text.slice(antecedent.end, member!.start))) add(antecedent, org);
    for (const a of contrastedWithNonMember(text, org, actors)) add(a, org);
    // "Les deux pays sont aussi membres de ORG": no actor before the verb, the pair named before stands for it.
    if (!member && pairs) for (const id of pairMembers(doc, ctx, org, pairs, discourse)) add(id, org);
    for (const id of countedMembers(ctx, org, words(), discourse)) add(id, org);
    const pronoun = member ? undefined : pronounMember(ctx, org, words(), discourse);
    if (pronoun) add(pronoun, org);
    for (const a of likeSplitMembers(ctx, org, actors, words())) add(a, org);
    // "nous sommes membres de l'ITIE", in a quote or an interview: the speaker's state (or body).
    const we = !member && pairs && discourse ? WE_MEMBER.exec(before) : null;
    const side = we && pairs && discourse ? speakerSide(doc, ctx, pairs.personCountry, discourse, we.index) : undefined;
    if (isSide(side)) add(side, org);
    // "Toujours membre de ORG, l'alliance ..., l'Arménie": the sentence's subject after the fronted phrase.
    const fronted = FRONTED.exec(before);
    if (fronted) {
      const subject = actors.find((a) => a.start > org.end && a.label === 'Country' && !GOVERNED().test(text.slice(Math.max(0, a.start - 25), a.start)));
      // Coordinated subjects before a verb: "le Vietnam et les Philippines".
      if (subject) for (const a of listFrom(subject, actors, text)) add(a, org);
      const pronoun = subject ? null : PRONOUN_SUBJECT.exec(text.slice(org.end));
      const meant = pronoun && discourse ? resolveSubjectPronoun(discourse, ctx, org.end + pronoun[0].length) : undefined;
      if (isSide(meant)) add(meant, org);
      // "Membre, comme la Russie, des Brics": the comparison is a member too.
      const like = actors.find((a) => a.end <= org.start && a.start >= fronted.index && pattern('membership.likeBefore').test(text.slice(Math.max(0, a.start - 12), a.start)));
      if (like) add(like, org);
    }
    // "les Vingt-Sept": a body named by the number of its members lists them as its members do.
    const collective = pattern('membership.collective', 'u').test(text.slice(org.start, org.end));
    if (collective) {
      const one = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country' && pattern('membership.oneOfCollective').test(text.slice(a.end, org.start)));
      if (one) add(one, org);
    }
    // "les membres de l'Otan, dont la Pologne et la Lituanie", "les Vingt-Sept, dont la Hongrie".
    if (MEMBERS_OF.test(before) || (collective && pattern('membership.collectiveList').test(text.slice(org.end)))) {
      let pos = org.end;
      const first = actors.find((a) => a.start > org.end && LIST_AFTER.test(text.slice(org.end, a.start)));
      if (first) {
        add(first, org);
        pos = first.end;
        for (const a of actors.filter((x) => x.start >= pos)) {
          if (!pattern('list.gap').test(text.slice(pos, a.start))) break;
          add(a, org);
          pos = a.end;
        }
      }
    }
    // "l'adhésion de la Suède à l'Otan".
    const joined = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country' && pattern('membership.joinedIn').test(text.slice(a.end, org.start)));
    if (joined) {
      const headStart = Math.max(0, joined.start - 30);
      const noun = ACCESSION.exec(text.slice(headStart, joined.start));
      const nounAt = headStart + (noun?.index ?? 0);
      if (noun && !NOT_YET.test(text.slice(Math.max(0, nounAt - 40), nounAt))) add(joined, org);
    }
    // "Avec l'adhésion de l'Égypte, de l'Éthiopie et de l'Iran, les Brics comptent ...": an accession list right before
    // the body opening the clause.
    const lastJoined = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country');
    if (lastJoined && pattern('membership.bodyOpensClause').test(text.slice(lastJoined.end, org.start))) {
      const list = listUpTo(lastJoined, actors, text, 'membership.accessionListGap');
      const lead = text.slice(Math.max(0, list[0].start - 30), list[0].start);
      const noun = ACCESSION.exec(lead);
      if (noun && !NOT_YET.test(text.slice(Math.max(0, list[0].start - 70), list[0].start - lead.length + noun.index))) for (const a of list) add(a, org);
    }
    // "Sweden's accession to NATO": a language that puts the state before the accession noun (membership.possessiveAccession).
    const own = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country' && pattern('membership.possessiveAccession').test(text.slice(a.end, org.start)));
    if (own && !NOT_YET.test(text.slice(Math.max(0, own.start - 40), own.start))) add(own, org);
    const counted = COUNTS.exec(text.slice(org.end)) ?? WHICH_HAS.exec(text.slice(org.end));
    if (counted) {
      // "l'AES, qui réunit la Cédéao et l'UA": bodies gathered by a body are members as states are.
      const first = actors.find((a) => a.start === org.end + counted[0].length && canJoin(a));
      if (first) for (const a of listFrom(first, actors, text, ['Country', 'Organization'])) add(a, org);
    }
    // "l'APEC, forum dont les deux pays sont membres": the pair named before the body.
    const pairWhose = pairs ? WHOSE_PAIR.exec(text.slice(org.end)) : null;
    if (pairWhose && pairs) for (const id of pairNamedBefore(doc, ctx, org.start, pairs, discourse)) add(id, org);
    // "l'OTAN, dont la Suède est membre", "l'Union africaine, dont l'Éthiopie, la Somalie et l'Égypte sont membres".
    // "le consortium X, dont Eutelsat est membre aux côtés du luxembourgeois SES": a body may be the member, and those after "aux côtés de" too.
    const whose = actors.find((a) => a.start > org.end && canJoin(a) && words().WHOSE_MEMBER.test(text.slice(org.end, a.start)));
    const listed = whose ? listFrom(whose, actors, text, [whose.label]) : [];
    const isMember = whose ? IS_MEMBER.exec(text.slice(listed.at(-1)!.end)) : null;
    if (isMember) for (const a of [...listed, ...alongside(text, listed.at(-1)!.end + isMember[0].length, actors)]) add(a, org);
    // "l'Otan, à laquelle la Finlande a adhéré", "l'Union africaine, qui compte l'Égypte parmi ses membres".
    const subject = actors.find((a) => a.start > org.end && a.label === 'Country' && words().RELATIVE_OPEN.test(text.slice(org.end, a.start)));
    const subjects = subject ? listFrom(subject, actors, text) : [];
    if (subject && words().RELATIVE_VERB.test(text.slice(subjects.at(-1)!.end))) for (const a of subjects) add(a, org);
    // A body the states form belongs to no state: "les États-Unis et le Royaume-Uni forment l'armée ukrainienne" founds nothing.
    if (!isStateBody(doc, org.id)) {
      const last = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country');
      if (last && FOUNDED_BY.test(text.slice(last.end, org.start))) {
        const subject = listUpTo(last, actors, text);
        if (subject.length >= 2) for (const a of subject) add(a, org);
      }
      if (last && pattern('membership.listEnd').test(text.slice(last.end, org.start))) {
        const partners = listUpTo(last, actors, text);
        const founder = [...actors].reverse().find((a) => a.end <= partners[0].start && a.label === 'Country' && FOUNDED_WITH.test(text.slice(a.end, partners[0].start)));
        if (founder) for (const a of [founder, ...partners]) add(a, org);
      }
    }
    const previous = orgs.filter((o) => o.end <= org.start).at(-1);
    if (!previous) continue;
    const between = text.slice(previous.end, org.start);
    const coordinated = AND_OF.test(between) || (AND_THEN.test(between) && !OBJECT_OF.test(text.slice(0, previous.start)) && !CLAUSE_AFTER.test(text.slice(org.end)));
    if (coordinated) for (const m of members.get(previous.id) ?? []) add(m, org);
  }
  // Emitted before the clitic readings: an elliptic "l'est aussi" takes up the membership just read.
  for (const [id, body] of bareMembers(doc, ctx)) doc.rel('MEMBER_OF', id, body, [sid]);
  for (const [id, body] of [...cliticMembers(doc, ctx, words(), discourse), ...ellipticMembers(doc, ctx, words())]) doc.rel('MEMBER_OF', id, body, [sid]);
  if (pairs) noteCoordinated(ctx, pairs);
}
