// Who speaks: groups, documents, bylines, passive agents and names after a reporting verb.
import data from '../../../data/lexicon/reporting.json';
import titles from '../../../data/lexicon/titles.json';
import type { DocBuilder } from '../builder';
import { type SentenceContext, actorMentions } from '../context';
import { type ArticleEntities, type EntityMention, countryOfDemonym } from '../entities';
import { fold } from '../text';
import { entityId } from '../ids';
import { alternationOf, escapeRegExp } from '../syntax/alternation';
import { filledRegExps } from '../relation-words';
import { ARMED_KINDS } from '../roles';
import { pattern, patternSource, perLanguage, type Language } from '../syntax/language';
import { type ClaimPatterns, TITLES, afterPreposition, reportingOf } from './patterns';
import type { ClaimMemory } from './types';

/** The speaker grammar of one language, compiled from its patterns (data/lang/<code>/patterns.json, claim.*) and lexicons. */
function compileSpeakers(lang: Language) {
  const reporting = reportingOf(lang);
  const documents = alternationOf(reporting.documents ?? [], { apostrophes: false });
  const groups = alternationOf(titles.groups, { apostrophes: false });
  const re = filledRegExps('claim', { documents, groups, titles: TITLES, modifiers: patternSource('claim.groupModifier', lang) }, lang);
  // "le diplomate", "le militaire": a kind of office ({titles} filled with the kind nouns of personKinds) in the same places.
  const kinds = filledRegExps('claim', { titles: alternationOf(Object.keys(data.personKinds)) }, lang);
  // Only a state's offices make a nameless holder speak for the state: {titles} is filled with those alone there.
  const stateTitled = filledRegExps('claim', { titles: alternationOf(data.stateTitles) }, lang);
  return {
    // "les rebelles tigréens", "les miliciens houthis": fighters speak for their movement, never for a state.
    FIGHTERS: re('fighters', 'giu'),
    // "Le rapport de l'ONU affirme que", "un communiqué du ministère indique": the document speaks for its author.
    DOCUMENT_OF: re('documentOf'),
    FIRST_PERSON: re('firstPerson'),
    // "Par Claire Martin, chercheuse ...", "Propos recueillis par ...": the byline.
    BYLINE: re('byline', 'u'),
    PASSIVE_AGENT_GAP: re('passiveAgentGap'),
    // "le porte-parole de l'", "un conseiller du": a title that only says who in the body speaks.
    TITLE_OF: re('titleOf'),
    // "par la voix de son porte-parole": the office the body speaks through, between a verb and the body after it.
    VOICE_OF: re('voiceOf', 'iu'),
    // "un responsable de la", "des diplomates du": a nameless member speaks for the body named after.
    GROUP_OF: re('groupOf'),
    CLAUSE_BREAK_AFTER: re('clauseBreakAfter'),
    TO_BEFORE: re('toBefore'),
    TITLED_AFTER: re('titledAfter'),
    GAP_DATE: re('gapDate'),
    GAP_DAY: re('gapDay'),
    // "le ministre algérien de la Défense", "la porte-parole chinoise": a title with a nationality and no name.
    // "le porte-parole de la diplomatie iranienne": the title may govern a state's body before the nationality word.
    TITLE_DEMONYM: stateTitled('titleDemonym'),
    CLAUSE_OPENER: re('clauseOpener'),
    // "le président", "la ministre", right before or after a reporting verb: a bare title, no name.
    BARE_TITLE_BEFORE: re('bareTitleBefore'),
    BARE_TITLE_AFTER: re('bareTitleAfter'),
    BARE_KIND_BEFORE: kinds('bareTitleBefore'),
    BARE_KIND_AFTER: kinds('bareTitleAfter'),
    // "Son ministre des Affaires étrangères", "Sa porte-parole": a possessive title with no name opening the clause.
    POSSESSIVE_TITLE: re('possessiveTitle', 'iu'),
    // "…, affirme son porte-parole.": the same title after an inverted verb, ending the clause.
    POSSESSIVE_TITLE_AFTER: re('possessiveTitleAfter', 'iu'),
    // "occidentaux", "internationaux": folded qualifiers that make a nameless group an actor of its own.
    STATELESS: new Set(reporting.statelessQualifiers.map(fold)),
  };
}

/** The speaker grammar of the language being extracted, compiled once per language. */
function sp() {
  return perLanguage('claims.speakers', compileSpeakers);
}

/** "les responsables américains": the group speaks for its state; "les rebelles tigréens", for the movement the article named. */
export function groupSpeaker(p: ClaimPatterns, ctx: SentenceContext, before: number, clauseStart: number, doc?: DocBuilder): string | undefined {
  let found: string | undefined;
  const span = ctx.text.slice(clauseStart, before);
  for (const m of span.matchAll(p.GROUP_RE)) found = countryOfDemonym(m[1]) ?? (doc ? (bodyOfAdjective(doc, m[1]) ?? statelessGroup(doc, ctx, m, clauseStart)) : undefined) ?? found;
  if (doc) for (const m of span.matchAll(sp().FIGHTERS)) found = movementOf(doc, m[1]) ?? found;
  return found;
}

/** "un haut responsable européen": the body an adjective names (titles.json bodyAdjectives), when the article has it. */
function bodyOfAdjective(doc: DocBuilder, adjective: string): string | undefined {
  const id = (titles.bodyAdjectives as Record<string, string>)[adjective.toLowerCase()];
  return id && doc.nodes.has(id) ? id : undefined;
}

// Groups proposed as speakers, by document: the node is only written once the group takes a stance.
const PROPOSED = new WeakMap<DocBuilder, Map<string, { name: string; ctx: SentenceContext; start: number; end: number }>>();

/** "selon des diplomates occidentaux": a nameless group whose qualifier names no state speaks as an actor of its own; its id, proposed. */
function statelessGroup(doc: DocBuilder, ctx: SentenceContext, m: RegExpMatchArray, offset: number): string | undefined {
  if (!sp().STATELESS.has(fold(m[1]))) return undefined;
  const name = m[0].replace(pattern('claim.groupDeterminer', 'iu'), '').trim();
  return proposeSpeaker(doc, ctx, name, offset + m.index! + m[0].length - name.length);
}

/** Proposes a nameless speaker `name`, met at `start` in the sentence, as an organisation; its id (see settleSpeaker). */
export function proposeSpeaker(doc: DocBuilder, ctx: SentenceContext, name: string, start: number): string {
  const id = entityId('org', name);
  let proposed = PROPOSED.get(doc);
  if (!proposed) PROPOSED.set(doc, (proposed = new Map()));
  proposed.set(id, { name, ctx, start, end: start + name.length });
  return id;
}

/** Writes the node of a group proposed as a speaker (see statelessGroup) once it takes a stance; any other id is left as it is. */
export function settleSpeaker(doc: DocBuilder, id: string | undefined): void {
  const g = id ? PROPOSED.get(doc)?.get(id) : undefined;
  if (!id || !g || doc.nodes.has(id)) return;
  doc.node(id, 'Organization', g.name, { kind: 'unnamed_group' });
  doc.mention(id, g.ctx.sentence, g.start, g.end);
}

/** The armed movement or group of the article whose name holds the stem of an adjective ("tigréens" -> "… du Tigré"). */
function movementOf(doc: DocBuilder, adjective: string): string | undefined {
  const adj = fold(adjective);
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Organization' || !ARMED_KINDS.has(String(n.properties.kind ?? 'group'))) continue;
    const words = [n.name, ...n.aliases].flatMap((f) => fold(f).split(/[\s'’-]+/)).filter((w) => w.length >= 4);
    if (words.some((w) => adj.startsWith(w.replace(/s$/, '')))) return n.id;
  }
  return undefined;
}


/** The author of a document that is the subject of a reporting verb at `at`: the actor governed by the document noun, right before the verb. */
export function authorOf(ctx: SentenceContext, at: number, clauseStart: number): string | undefined {
  // "Un rapport de l'ONU, consulté par Reuters, affirme": the outlet that saw the document is not its author.
  const m = actorMentions(ctx).filter((x) => x.start >= clauseStart && x.end <= at && !pattern('claim.carriedBy', 'iu').test(ctx.text.slice(Math.max(0, x.start - 30), x.start))).at(-1);
  // "Un rapport de l'ONU publié en juin affirme": a participle phrase may stand between the author and the verb.
  if (!m || !pattern('claim.documentTail', 'u').test(ctx.text.slice(m.end, at))) return undefined;
  return sp().DOCUMENT_OF.test(ctx.text.slice(Math.max(clauseStart, m.start - 60), m.start)) ? m.id : undefined;
}

/** Whether `head` names a document whose author follows ("Un éditorial du ", "Le rapport de l'"). */
export function documentBefore(head: string): boolean {
  return sp().DOCUMENT_OF.test(head);
}

/** "je", "nous" right before a verb: the first person speaks. */
export function firstPersonBefore(text: string): boolean {
  return sp().FIRST_PERSON.test(text);
}

/** The person a byline of the article names, if any; in an op-ed, also the closing line that says who the author is. */
export function bylineAuthor(contexts: SentenceContext[]): string | undefined {
  for (const ctx of [...contexts.slice(0, 3), ...contexts.slice(-2)]) {
    if (!sp().BYLINE.test(ctx.text)) continue;
    const p = ctx.mentions.find((m) => m.label === 'Person');
    if (p) return p.id;
  }
  // "Tribune — ..." ... "Amina Warsame est directrice de recherche au Centre ...": the op-ed's last line presents its author.
  const last = contexts.at(-1);
  if (!last || !pattern('claim.opinionHeadline', 'iu').test(contexts[0]?.text ?? '')) return undefined;
  const p = last.mentions.find((m) => m.label === 'Person' && m.start <= 2);
  return p && pattern('claim.authorPresented', 'iu').test(last.text.slice(p.end)) ? p.id : undefined;
}

/** The person subject of the sentence just before. */
export function previousPerson(memory: ClaimMemory, ctx: SentenceContext): string | undefined {
  return memory.subjects?.get(ctx.sentence.index - 1);
}

/** The first person named in the sentence before `upTo` who is no preposition's object: the one already speaking there. */
export function personBefore(p: ClaimPatterns, ctx: SentenceContext, upTo: number): string | undefined {
  return ctx.mentions.find((m) => m.label === 'Person' && m.end <= upTo && !afterPreposition(p, ctx.text, m.start))?.id;
}

/** The body or state that opened the sentence before, when no person did. */
export function openerBefore(memory: ClaimMemory, ctx: SentenceContext): string | undefined {
  const id = memory.openers?.get(ctx.sentence.index - 1);
  return id && !id.startsWith('person:') ? id : undefined;
}

/** The actor after "par" right behind a participle: the agent of a passive reporting verb. */
export function passiveAgent(ctx: SentenceContext, offset: number): string | undefined {
  return actorMentions(ctx).find((m) => m.start >= offset && sp().PASSIVE_AGENT_GAP.test(ctx.text.slice(offset, m.start)))?.id;
}

/** "un responsable américain" within a few words after a reporting verb: its state. */
export function groupAfter(p: ClaimPatterns, ctx: SentenceContext, offset: number, doc?: DocBuilder): string | undefined {
  const m = p.GROUP_ONE.exec(ctx.text.slice(offset, offset + 70));
  if (!m || !/^\s*(?:[\p{L}'’-]+\s+){0,4}$/u.test(ctx.text.slice(offset, offset + m.index))) return undefined;
  return countryOfDemonym(m[1]) ?? (doc ? (bodyOfAdjective(doc, m[1]) ?? statelessGroup(doc, ctx, m, offset)) : undefined);
}

/**
 * "…, citant le ministère turc de la Défense", "citant des responsables américains": whom an outlet cites, right after
 * `from`: a body or a person that is no state and no outlet, else a nameless group (read with `groupDoc`'s bodies when given).
 */
export function citedAfter(p: ClaimPatterns, doc: DocBuilder, ctx: SentenceContext, from: number, groupDoc?: DocBuilder): string | undefined {
  return actorMentions(ctx).find((m) => m.start >= from && m.start - from <= 40 && m.label !== 'Country' && !isMedia(doc, m.id))?.id ?? groupAfter(p, ctx, from, groupDoc);
}


/** "l'agence officielle syrienne Sana": a head noun read back to a body named before (`m`) describes the name that follows it, which is the one meant. */
export function namedAfterHead(ctx: SentenceContext, m: EntityMention): EntityMention {
  if (m.via !== 'coref') return m;
  const next = actorMentions(ctx).find((x) => x.start >= m.end && x.via !== 'coref' && x.via !== 'demonym');
  const between = next ? ctx.mentions.filter((x) => x.via === 'demonym' && x.start >= m.end && x.end <= next.start).reduce((t, x) => t.replace(x.text, ''), ctx.text.slice(m.end, next.start)) : '';
  return next && next.label === 'Organization' && next.start - m.end <= 40 && /^[\s\p{Ll}'’-]*$/u.test(between) ? next : m;
}

/** The speaker named right after a reporting verb at `offset` ("a déclaré le porte-parole ..., X"), never whom it is told to. */
export function speakerAfter(ctx: SentenceContext, offset: number): EntityMention | undefined {
  const g = sp();
  // "a déclaré à la BBC", "a indiqué à l'AFP un responsable": who is told does not speak.
  const after = actorMentions(ctx).filter((m) => m.start >= offset && m.start - offset <= 100 && !g.CLAUSE_BREAK_AFTER.test(ctx.text.slice(offset, m.start)) && !g.TO_BEFORE.test(ctx.text.slice(offset, m.start)));
  const person = after.find((m) => m.label === 'Person');
  const first = after[0] ? namedAfterHead(ctx, after[0]) : undefined;
  // "a déclaré le porte-parole du ministère iranien des Affaires étrangères, Nasser Kanani": the name outranks the title's parts.
  if (person && first && (first === person || g.TITLED_AFTER.test(ctx.text.slice(offset, first.start)) || first.via === 'demonym')) return person;
  // A body or a state right after the verb: only a few words (a date, an article) in between.
  // "affirme l'ONG Amnesty International": a common noun or an acronym may announce the name.
  // "reconnaissait en mai 2023 le ministre ...": a date may sit there too.
  // "a affirmé mardi le porte-parole de l'armée kényane": a weekday, and a title governing the body, may too.
  // "a annoncé la télévision publique nigérienne RTN": a nationality word is part of the description, not a word more.
  const blanked = ctx.mentions.filter((m) => m.via === 'demonym' && m.start >= offset && m.end <= (first?.start ?? offset)).reduce((t, m) => t.slice(0, m.start - offset) + ' '.repeat(m.end - m.start) + t.slice(m.end - offset), ctx.text.slice(offset, first?.start ?? offset));
  const gap = blanked
    .replace(g.GAP_DATE, ' ')
    .replace(g.GAP_DAY, ' ')
    .replace(g.VOICE_OF, ' ')
    .replace(g.TITLE_OF, ' ')
    .replace(g.GROUP_OF, ' ')
    .replace(g.DOCUMENT_OF, ' ');
  // "a rapporté l'agence de presse officielle APP": an outlet's description may run longer.
  return first && (/^\s*(?:(?:[\p{Ll}'’-]+|(?:l['’])?\p{Lu}{2,})\s*){0,3}$/u.test(gap) || pattern('claim.outletDescription', 'iu').test(gap)) ? first : undefined;
}


/** "a affirmé le ministre algérien de la Défense", "La porte-parole chinoise a démenti": a nameless office-holder speaks for the state its nationality names. */
export function titledState(text: string, atHead = false): string | undefined {
  const m = sp().TITLE_DEMONYM.exec(text);
  // "Interrogé sur ces livraisons, le ministre birman de la Défense a refusé": an aside about being asked may come first.
  if (m && atHead && !/^[\s\d:hH–—•-]*$/u.test(text.slice(0, m.index)) && !pattern('claim.askedAside', 'iu').test(text.slice(0, m.index))) return undefined;
  return m ? countryOfDemonym(m[1]) : undefined;
}

/**
 * "Le porte-parole du ministère chinois des Affaires étrangères a démenti", "un responsable du Kremlin a confirmé": a
 * nameless holder of a title, or a nameless member, speaks for the body (or state) the title governs, named right before the verb.
 */
export function titledBody(ctx: SentenceContext, at: number, clauseStart: number): string | undefined {
  const m = actorMentions(ctx).filter((x) => x.start >= clauseStart && x.end <= at).at(-1);
  if (!m || !pattern('claim.headTail', 'u').test(ctx.text.slice(m.end, at))) return undefined;
  const head = ctx.text.slice(Math.max(clauseStart, m.start - 60), m.start);
  // Only the head of the clause: "le ministre ... du ministère" opening it, not a title inside a complement.
  const title = sp().TITLE_OF.exec(head) ?? sp().GROUP_OF.exec(head);
  if (!title || /\p{L}/u.test(ctx.text.slice(clauseStart, Math.max(clauseStart, m.start - 60) + title.index).replace(/^[\s\d:hH–—•-]*/u, '').replace(sp().CLAUSE_OPENER, ''))) return undefined;
  return m.id;
}


/** "La Russie aurait livré du blé. Son ministre des Affaires étrangères a démenti": a nameless title whose possessive points to the state or body the sentence before opened with. */
export function possessiveTitled(memory: ClaimMemory, ctx: SentenceContext, clause: string): string | undefined {
  return sp().POSSESSIVE_TITLE.test(clause) ? openerBefore(memory, ctx) : undefined;
}

/** "Le Kremlin dément. « … », affirme son porte-parole.": a nameless possessive title after an inverted verb at `offset` speaks for the state or body the sentence before opened with. */
export function possessiveTitledAfter(memory: ClaimMemory, ctx: SentenceContext, offset: number): string | undefined {
  return sp().POSSESSIVE_TITLE_AFTER.test(ctx.text.slice(offset)) ? openerBefore(memory, ctx) : undefined;
}

/**
 * "Le ministre a confirmé", "« … », a insisté le président": the person last named who holds that title; "le
 * diplomate a nié": who holds an office of that kind (personKinds: an ambassador is a diplomat).
 */
export function describedPerson(doc: DocBuilder, state: ArticleEntities, text: string, at: number, after: boolean, texts?: Map<string, string>): string | undefined {
  const g = sp();
  const read = (re: RegExp) => (after ? re.exec(text.slice(at)) : re.exec(text.slice(0, at)));
  const m = read(after ? g.BARE_TITLE_AFTER : g.BARE_TITLE_BEFORE) ?? read(after ? g.BARE_KIND_AFTER : g.BARE_KIND_BEFORE);
  if (!m) return undefined;
  const word = fold(m[1]);
  const offices = KIND_OFFICES.get(word) ?? [];
  const holds = (title: string) => title.startsWith(word) || offices.some((o) => title.includes(o));
  const seen = [...state.personsSeen].reverse();
  return seen.find((id) => doc.edges('HOLDS_ROLE', { source: id }).some((r) => holds(fold(String(r.properties.title ?? ''))))) ?? (texts ? introducedAs(doc, seen, m[1], texts) : undefined);
}

/** "Le gouverneur de Bahia, Jerônimo Rodrigues, …": the person last introduced by `title` in apposition, though the title named no state or body to hold. */
function introducedAs(doc: DocBuilder, persons: string[], title: string, texts: Map<string, string>): string | undefined {
  const re = introducedBy(title);
  return persons.find((id) => doc.nodes.get(id)?.mentions.some((x) => re.test(texts.get(x.sentence)?.slice(Math.max(0, x.start - 90), x.start) ?? '')));
}

/** claim.introducedBy filled with `title`, compiled once per language and title. */
function introducedBy(title: string): RegExp {
  const cache = perLanguage('claim.introducedBy', () => new Map<string, RegExp>());
  let re = cache.get(title);
  if (!re) cache.set(title, (re = new RegExp(patternSource('claim.introducedBy').replace('{title}', escapeRegExp(title)), 'iu')));
  return re;
}

/** The offices of each kind noun (reporting.json personKinds), folded. */
const KIND_OFFICES = new Map(Object.entries(data.personKinds as Record<string, string[]>).map(([kind, offices]) => [fold(kind), offices.map(fold)]));

/** Actors joined to the one with id `id` by "et", "comme", "ainsi que" right after it ("selon Washington et Séoul"). */
export function joinedAfter(p: ClaimPatterns, ctx: SentenceContext, id: string, from: number): string[] {
  const actors = actorMentions(ctx).filter((m) => m.start >= from);
  let last = actors.find((m) => m.id === id);
  const out: string[] = [];
  while (last) {
    const end = last.end;
    const next = actors.find((m) => m.start >= end && p.JOINED.test(ctx.text.slice(end, m.start)));
    if (!next || out.includes(next.id) || next.id === id) break;
    // "et la Russie a livré": a coordinated subject of the next clause, not a co-speaker.
    if (p.NEXT_CLAUSE_SUBJECT.test(ctx.text.slice(next.end, next.end + 12))) break;
    out.push(next.id);
    last = next;
  }
  return out;
}

/** Whether an actor is a news outlet, which reports rather than asserts. */
export function isMedia(doc: DocBuilder, id: string | undefined): boolean {
  return !!id && doc.nodes.get(id)?.properties.kind === 'media';
}
