// Where a title's holder lies when the text does not name it: the actor in focus in the sentence, the state the
// article is about, a partner or a place to set aside, the rank of a coordinated signatory.
import type { DocBuilder } from './builder';
import type { SentenceContext } from './context';
import { demonymAfter, ensureNode, type ArticleEntities, type EntityMention } from './entities';
import { pattern, patternSource, perLanguage } from './syntax/language';
import { fold } from './text';
import { countryId } from './countries';
import { relationWords } from './relation-words';
import { sentenceIndexOf } from './ids';
import { PERSONS } from './lexicon';

/** Whether `pos` lies inside a quotation opened by « or “ and not yet closed. */
function insideQuote(text: string, pos: number): boolean {
  const before = text.slice(0, pos);
  return (before.match(/[«“]/g) ?? []).length > (before.match(/[»”]/g) ?? []).length;
}

/** Whether the pattern `name` closes the 25 characters before `start`: a preposition governing what is named there. */
function governedBy(name: string, text: string, start: number): boolean {
  return pattern(name).test(text.slice(Math.max(0, start - 25), start));
}

// "à la société Paks II", "au constructeur Embraer": a firm's kind noun between the preposition and the name (org.companyKind).
const governedKind = () => perLanguage('role.governedKind', (lang) => new RegExp(patternSource('role.governedKind', lang).replace('{kinds}', patternSource('org.companyKind', lang)), 'iu'));

/** Whether what is named at `start` is governed by a preposition, right before it or before a firm's kind noun. */
function underPreposition(text: string, start: number): boolean {
  return governedBy('role.governed', text, start) || governedKind().test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The actor a possessive or an unqualified title points to: the nearest state or body before, not under a preposition if
 * possible ("leur" prefers a body); with `possessor`, never one under a preposition ("elle a expédié 40 tonnes vers le
 * Japon, a précisé son directeur": the possessor is the subject, not where the goods went).
 */
export function actorInFocus(ctx: SentenceContext, before: number, plural: boolean, possessor = false): string | undefined {
  // « Nous remercions Washington », a déclaré le président X: a state inside a quotation is what the speaker talks of, not whom he serves.
  const actors = ctx.mentions.filter((m) => (m.label === 'Country' || m.label === 'Organization') && m.via !== 'demonym' && !insideQuote(ctx.text, m.start));
  if (plural) {
    const org = actors.filter((m) => m.label === 'Organization').sort((a, b) => Math.abs(a.start - before) - Math.abs(b.start - before))[0];
    if (org) return org.id;
  }
  const prior = actors.filter((m) => m.end <= before);
  const free = prior.filter((m) => !underPreposition(ctx.text, m.start));
  // "Membre de l'Opep, il espère, selon son ministre": a subject pronoun after the governed ones stands for the actor in focus, not for them.
  if (!free.length && prior.length && pattern('role.subjectPronoun', 'iu').test(ctx.text.slice(prior.at(-1)!.end, before))) return undefined;
  return (free.at(-1) ?? (possessor ? undefined : prior.at(-1)))?.id;
}

// A headline names what the article is about: its state outweighs a few mentions in passing.
const HEADLINE_WEIGHT = 5;

/** What an article's first sentence says it is about: every state it names, and those not under a preposition (its subjects). */
export interface Headline {
  states: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
}

/** The headline of an article, read once from its first sentence ("Le Brunei vend du gaz au Japon": Brunei its subject, Japan named). */
export function headlineOf(ctx: SentenceContext): Headline {
  const states = ctx.mentions.filter((m) => m.label === 'Country');
  // "Le Brunei vend du gaz au Japon", "le contrat entre le Qatar et l'Allemagne": a state under a preposition is not the subject.
  return { states: new Set(states.map((m) => m.id)), subjects: new Set(states.filter((m) => !underPreposition(ctx.text, m.start)).map((m) => m.id)) };
}

/**
 * The state of someone titled and coordinated with `person`, whose title starts at `start`: the one held just before ("le
 * président chinois, X, et par la présidente Y") or a counterpart's after ("Y et son homologue chinois"); two people so
 * coordinated serve two states, and so do two holders of the same title in one sentence.
 */
export function coordinatedState(ctx: SentenceContext, start: number, person: EntityMention, before?: { person: EntityMention; holder: string; title: string }, title?: string): string | undefined {
  if (before?.holder.startsWith('country:') && before.person.end <= start && pattern('role.coordinatedBefore', 'iu').test(ctx.text.slice(before.person.end, start))) return before.holder;
  // "Sous la pression du président américain X, la présidente Y": one sentence, one head-of-state title twice, two states.
  if (before?.holder.startsWith('country:') && before.person.end <= start && title && sameTitle(before.title, title)) return before.holder;
  const next = pattern('role.counterpartAfter', 'iu').exec(ctx.text.slice(person.end));
  return next ? demonymAfter(ctx.text, person.end + next[0].length)?.id : undefined;
}

/** Whether two titles are one, in either gender ("président", "présidente"). */
function sameTitle(a: string, b: string): boolean {
  const stem = (t: string) => fold(t).replace(/e$/u, '');
  return stem(a) === stem(b);
}

/**
 * Notes what a sentence leaves in focus for the next: the state opening it on a verb of speech ("Le Niger a annoncé ...") as
 * the last that spoke (another state opening one without speaking ends its turn), and the last body or state it named
 * outside a preposition ("…, confirme l'OMS.").
 */
export function noteFocus(state: ArticleEntities, ctx: SentenceContext, opener: EntityMention | undefined): void {
  if (opener?.label === 'Country') state.lastSpeaker = pattern('role.spokeAfter', 'iu').test(ctx.text.slice(opener.end)) ? opener.id : undefined;
  const actors = ctx.mentions.filter((m) => (m.label === 'Country' || m.label === 'Organization') && m.via !== 'demonym' && !insideQuote(ctx.text, m.start));
  const last = actors.at(-1);
  state.lastActor = last && !underPreposition(ctx.text, last.start) ? last.id : undefined;
}

// A firm's kind noun alone ("groupe", "société"): the language's kind words (org.companyKind).
const firmNoun = () => perLanguage('role.firmNoun', (lang) => new RegExp(`^(?:${patternSource('org.companyKind', lang)})$`, 'iu'));

/**
 * The body a kind noun names again ("groupe" in "du groupe français", "institut" in "de l'institut sénégalais"): the last
 * body named whose name holds the noun, else the last the article introduced by that noun, else for a firm's noun (org.companyKind) the last firm; none of another state than `country`, when given.
 */
export function bodyOfKind(doc: DocBuilder, state: ArticleEntities, words: string, country?: string): string | undefined {
  const word = words.trim().split(/\s+/)[0] ?? '';
  const noun = fold(word);
  if (!noun) return undefined;
  const fits = (id: string) => {
    const home = doc.nodes.get(id)?.properties.country;
    return !home || !country || countryId(String(home)) === country;
  };
  const orgs = [...state.orgsSeen].reverse().filter((o) => doc.nodes.has(o) && fits(o));
  const named = orgs.find((o) => [doc.nodes.get(o)!.name, ...doc.nodes.get(o)!.aliases].some((f) => fold(f).split(/[\s'’-]+/).includes(noun)));
  if (named) return named;
  // "la coopérative Terres du Rouergue ... le président de la coopérative": the body the article introduced by that noun.
  const introduced = state.kindNouns.get(noun);
  if (introduced && orgs.includes(introduced)) return introduced;
  return firmNoun().test(word) ? orgs.find((o) => doc.nodes.get(o)!.properties.kind === 'company') : undefined;
}

/** Whether every mention of `id` before `before` in the sentence is a partner's, after "avec", "contre", "face à" ("un accord avec Doha"), not a place ("À Nairobi, le président X"). */
export function governedIn(ctx: SentenceContext, id: string, before: number): boolean {
  return everyMentionBefore(ctx, id, before, (m) => governedBy('role.partnerBefore', ctx.text, m.start));
}

/** Whether `id` is mentioned before `before` in the sentence and every such mention passes `test`. */
function everyMentionBefore(ctx: SentenceContext, id: string, before: number, test: (m: EntityMention) => boolean): boolean {
  const at = ctx.mentions.filter((m) => m.id === id && m.end <= before);
  return at.length > 0 && at.every(test);
}

/** Whether every mention of `id` before `before` in the sentence is a place inside the predicate ("signé à Pékin par le président X"), not one opening the sentence ("À Mogadiscio, le président X"). */
function placedIn(ctx: SentenceContext, id: string, before: number): boolean {
  // "à" also marks whom something goes to ("permettre aux Îles Salomon de"): after it only a town is surely a place.
  const place = (m: EntityMention) => (m.via === 'metonym' && pattern('role.placeBefore').test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) || pattern('role.placeIn').test(ctx.text.slice(Math.max(0, m.start - 12), m.start));
  return everyMentionBefore(ctx, id, before, (m) => place(m) && !pattern('role.placeOpens', 'iu').test(ctx.text.slice(0, m.start)));
}

/** Whether every mention of `id` before `before` stands in apposition to a counterpart's noun ("Son principal client, la Thaïlande,", "la Chine, son premier créancier,"): a state named by what it is to another. */
function counterpartIn(ctx: SentenceContext, id: string, before: number): boolean {
  return everyMentionBefore(ctx, id, before, (m) => pattern('role.counterpartBefore', 'iu').test(ctx.text.slice(Math.max(0, m.start - 60), m.start)) || pattern('role.counterpartApposed', 'iu').test(ctx.text.slice(m.end)));
}

/**
 * The state the article is about among `ids` (oldest first): the last subject when the headline named it too, else the
 * headline's subject, then the state named most often so far; the latest breaks a tie.
 */
export function salient(doc: DocBuilder, headline: Headline, ids: string[], lastSubject?: string): string | undefined {
  // "La France vend des Rafale à l'Inde. L'Inde a commandé…": the subject in focus, among the states the article is about;
  // a suitor that became the subject ("mais la Chine insiste") is not one of them.
  if (lastSubject && ids.includes(lastSubject) && headline.states.has(lastSubject)) return lastSubject;
  let best: string | undefined;
  let most = 0;
  for (const id of ids) {
    const n = (doc.nodes.get(id)?.mentions.length ?? 0) + (headline.subjects.has(id) ? HEADLINE_WEIGHT : 0);
    if (n >= most) [best, most] = [id, n];
  }
  return best;
}

/** "Le Qatar et la Turquie ont signé, par l'émir X et le président Y": two states, then two titled names, each serving the state in the same rank. */
export function pairedState(ctx: SentenceContext, person: EntityMention): string | undefined {
  // Not the place of the signing ("paraphé à Riyad").
  const states = ctx.mentions.filter((m) => m.label === 'Country' && m.via !== 'demonym' && m.end <= person.start && !pattern('role.placeBefore').test(ctx.text.slice(Math.max(0, m.start - 12), m.start)));
  const pair = states.findIndex((m, k) => k + 1 < states.length && pattern('role.pairAnd', 'u').test(ctx.text.slice(m.end, states[k + 1].start)));
  if (pair < 0 || pair + 2 !== states.length) return undefined;
  const after = states[pair + 1].end;
  const named = ctx.mentions.filter((m) => m.label === 'Person' && m.start > after);
  if (named.length !== 2 || !pattern('role.pairNext', 'u').test(ctx.text.slice(named[0].end, named[1].start))) return undefined;
  return states[pair + named.findIndex((m) => m.id === person.id)]?.id;
}

// Titles only some bodies or states give, by their folded first words (data "heldIn").
const heldInWords = () => perLanguage('role.heldIn', (lang) => new Map(Object.entries(relationWords(lang).titles.heldIn ?? {}).map(([k, v]) => [fold(k), v])));
// ... and those some states alone give when bare (data "heldInBare"), by their whole folded title.
const heldInBare = () => perLanguage('role.heldInBare', (lang) => new Map(Object.entries(relationWords(lang).titles.heldInBare ?? {}).map(([k, v]) => [fold(k), v])));

/** The body or state a title only some give is held in ("commissaire": the union, "chancelier": the state), the one of them the article named last; undefined when it names none or the title is any body's. */
export function titleHeldIn(state: ArticleEntities, title: string): string | undefined {
  const t = fold(title);
  const ids = heldInBare().get(t) ?? [...heldInWords()].find(([k]) => t === k || t.startsWith(`${k} `))?.[1];
  if (!ids) return undefined;
  const seen = (id: string) => (id.startsWith('country:') ? state.countryRecency : state.orgsSeen).indexOf(id);
  const named = ids.filter((id) => seen(id) >= 0).sort((a, b) => seen(b) - seen(a));
  return named[0];
}

/**
 * The state whose government body, named earlier, shares a ministerial title's domain: "le ministère chinois du Commerce ...
 * le ministre du Commerce X" (China), "le département d'État américain ... le secrétaire d'État X" (the United States).
 */
export function stateOfMinistry(doc: DocBuilder, state: ArticleEntities, title: string): string | undefined {
  // The domain is what the title holds beside its head word (role.titleHead: first in French, either side in English).
  const words = fold(title).replace(pattern('role.titleHead'), ' ').split(/[^\p{L}]+/u).filter((w) => w && !pattern('role.domainStop', '').test(w));
  if (!words.length) return undefined;
  for (const id of [...state.orgsSeen].reverse()) {
    const n = doc.nodes.get(id);
    if (n?.properties.kind !== 'government' || !n.properties.country) continue;
    const name = new Set(fold(n.name).split(/[^\p{L}]+/u));
    if (!words.every((w) => name.has(w))) continue;
    // The body's state is named by its nationality word only ("le ministère chinois"): it enters the graph with the title.
    const home = countryId(String(n.properties.country));
    ensureNode(doc, home, 'Country');
    return home;
  }
  return undefined;
}

/** The body whose department a title names when no body is named ("Le port conteste : « ... », répond la directrice de l'exploitation, X"): the body in focus in the sentence. */
export function bodyInFocus(doc: DocBuilder, ctx: SentenceContext, before: number): string | undefined {
  const id = actorInFocus(ctx, before, false);
  return id && doc.nodes.get(id)?.label === 'Organization' ? id : undefined;
}

/** The firm the article named last. */
export function lastFirm(doc: DocBuilder, state: ArticleEntities): string | undefined {
  return state.orgsSeen.findLast((o) => doc.nodes.get(o)?.properties.kind === 'company');
}

/**
 * The firm the article is about: the one named most often, at least `atLeast` times, in the sentences before `before`
 * (all so far when omitted), the latest named on a tie. Roles and stances both read a nameless firm back to it; stances
 * run after every sentence was read, hence `before`.
 */
export function firmInFocus(doc: DocBuilder, atLeast = 1, before = Infinity): string | undefined {
  let best: { id: string; named: number; last: number } | undefined;
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Organization' || n.properties.kind !== 'company') continue;
    const earlier = n.mentions.filter((m) => sentenceIndexOf(m.sentence) < before);
    const last = Math.max(...earlier.map((m) => sentenceIndexOf(m.sentence) * 100_000 + m.start));
    if (earlier.length >= atLeast && (!best || earlier.length > best.named || (earlier.length === best.named && last > best.last))) best = { id: n.id, named: earlier.length, last };
  }
  return best?.id;
}

/** "le Chinois Zou Jiayi, vice-ministre des Finances": the state a nationality noun right before the name gives its holder. */
export function nationalityOf(ctx: SentenceContext, person: EntityMention): string | undefined {
  const noun = ctx.mentions.find((x) => x.via === 'demonym' && x.end <= person.start && /^\s+$/u.test(ctx.text.slice(x.end, person.start)) && pattern('demonym.noun', 'u').test(x.text));
  return noun && pattern('role.nationalityBefore', 'iu').test(ctx.text.slice(Math.max(0, noun.start - 12), noun.start)) ? noun.id : undefined;
}

/** The state a state's title is held in when no state is named: the holder's nationality or rank, else the state in focus. */
export function stateServed(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, headline: Headline, personCountry: Map<string, string>, read: { person: EntityMention; title: string; start: number; end: number; tail: number; plural: boolean; lastHeld?: { person: EntityMention; holder: string; title: string } }): string | undefined {
  const { person, title, start, end, tail, plural, lastHeld } = read;
  const text = ctx.text;
  const near = nationalityOf(ctx, person) ?? pairedState(ctx, person);
  // "les ministres des Affaires étrangères X et Y": two holders of one title serve two states, neither told.
  if (near || plural) return near;
  const focus = actorInFocus(ctx, start, false);
  // "Le conseiller ... Jake Sullivan s'est rendu à Riyad": where the holder goes is not whom he serves.
  // "... réunit les syndicats à Prague": where he acts is home; only a verb of going or staying makes the place another state.
  const placed = (x: EntityMention) => pattern('role.placeBefore').test(text.slice(Math.max(0, x.start - 12), x.start));
  // "En visite au Vietnam, le Premier ministre X", "Invité par la Chine, ...": a fronted phrase of travel names where he went, before him.
  const travelled = (x: EntityMention) => x.end <= start && pattern('role.visitOpener', 'iu').test(text.slice(0, x.start)) && /^[^,;.]*,[^,;.]*$/u.test(text.slice(x.end, start));
  const visited = new Set(ctx.mentions.filter((x) => (x.start > start && placed(x) && pattern('role.visitVerb', 'iu').test(text.slice(person.end, x.start))) || travelled(x)).map((x) => x.id));
  const known = (c: string | undefined) => (c?.startsWith('country:') && !visited.has(c) ? c : undefined);
  // "Le Premier ministre Narendra Modi l'avait dit à Vladimir Poutine": a state named only later in the sentence, or through someone met there, is the other side.
  const stateOf = (id: string) => (id.startsWith('country:') ? id : personCountry.get(id) ?? (PERSONS.get(id)?.roles.find((r) => r.country)?.country ? countryId(PERSONS.get(id)!.roles.find((r) => r.country)!.country!) : undefined));
  const before = new Set(ctx.mentions.filter((x) => x.end <= start).map((x) => stateOf(x.id)));
  // ... but not a state inside the words that completed the post ("nommé par la junte"), nor "le pays" pointing back to the state in focus.
  // ... nor the place where he acts ("réunit les syndicats à Prague").
  const actsAt = (x: EntityMention) => x.label === 'Country' && placed(x) && !visited.has(x.id);
  // "Lorsque le président X rompit avec Taïwan, Kaiteie ...": someone named after a fronted temporal clause is the main subject, not the other side.
  const clauseEnd = pattern('role.temporalOpen', 'iu').test(text) ? text.indexOf(',', person.end) : -1;
  const mainSubject = (x: EntityMention) => x.label === 'Person' && clauseEnd >= 0 && x.start > clauseEnd;
  // "Le ministre X a rappelé que la Grèce applique ...": the article's own state, subject of what he reports, is his.
  // ... not for someone the lexicon knows in another state's service.
  const own = salient(doc, headline, state.countryRecency, state.lastSubject);
  const ownReported = (x: EntityMention) => x.id === own && pattern('role.reportedSubject', 'iu').test(text.slice(person.end, x.start)) && !PERSONS.get(person.id)?.roles.some((r) => r.country && countryId(r.country) !== x.id);
  const later = new Set(ctx.mentions.filter((x) => x.start > tail && x.id !== person.id && x.via !== 'coref' && !actsAt(x) && !mainSubject(x) && !ownReported(x)).map((x) => stateOf(x.id)).filter((c): c is string => !!c && !before.has(c)));
  // "Le président X a reçu son homologue iranien à Caracas": where the holder receives is home.
  const host = ctx.mentions.find((x) => x.label === 'Country' && x.start > end && pattern('role.hostedAt').test(text.slice(end, x.start)));
  // "un accord avec Doha, que le ministre de l'Économie, X, jugeait...": a state under a preposition is whom the post deals with, not its home.
  // ... nor is the town where he signed or spoke, unless it opens the sentence as its setting.
  // ... nor a state named by what it is to another ("Son principal client, la Thaïlande, paie en bahts, a rappelé le Premier ministre X").
  // ... nor the subject when the holder is its partner ("Le Laos a signé avec le ministre de l'Énergie, X").
  // "Le Vietnam veut aussi acheter, a indiqué le Premier ministre X": a state the speaker reports on is not his, unless the article is about it.
  const reported = focus && !headline.states.has(focus) && pattern('role.speechTag', 'iu').test(text.slice(Math.max(0, start - 60), start));
  const free = focus && !reported && !governedIn(ctx, focus, start) && !placedIn(ctx, focus, start) && !counterpartIn(ctx, focus, start) && !governedBy('role.partnerBefore', text, start) ? focus : undefined;
  // With no state in the sentence, the article's own state: the one named most often so far, not the one named last.
  // "le président chinois, X, et la présidente Y", "la ministre Y et son homologue chinois": the state of the one coordinated is not hers;
  // hers is the article's, wherever they met.
  const partner = coordinatedState(ctx, start, person, lastHeld, title);
  // "Le Sénégal importe du riz. « ... », a affirmé le ministre du Commerce, X": a quotation opening the sentence answers the state the sentence before opened on.
  const answered = pattern('role.quoteOpens', 'u').test(text) ? [state.lastSubject].find((c) => c?.startsWith('country:') && !later.has(c) && !visited.has(c)) : undefined;
  if (partner) return salient(doc, headline, state.countryRecency.filter((c) => c !== partner), state.lastSubject);
  return host?.id ?? [free].map(known).find((c) => c && !later.has(c)) ?? answered ?? [stateOfMinistry(doc, state, title)].find((c) => c && !later.has(c) && !visited.has(c)) ?? salient(doc, headline, state.countryRecency.filter((c) => !visited.has(c) && !later.has(c)), state.lastSubject);
}

/** The body named last before `before` in the sentence, else in the sentence before it, preposition or not: what a title only bodies give ("son directeur") points back to. */
export function bodyJustNamed(doc: DocBuilder, ctx: SentenceContext, before: number): string | undefined {
  const here = ctx.mentions.filter((m) => m.label === 'Organization' && m.via !== 'demonym' && m.end <= before && !insideQuote(ctx.text, m.start)).at(-1);
  if (here) return here.id;
  const previous = ctx.sentence.index - 1;
  let best: { id: string; at: number } | undefined;
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Organization') continue;
    for (const m of n.mentions) if (sentenceIndexOf(m.sentence) === previous && (!best || m.start > best.at)) best = { id: n.id, at: m.start };
  }
  return best?.id;
}

/** The region or province the sentence names before `before` outside a quotation, which a bare governor ("le gouverneur") serves. */
export function localBodyInFocus(doc: DocBuilder, ctx: SentenceContext, before: number): string | undefined {
  const local = ctx.mentions.filter((m) => m.label === 'Organization' && m.end <= before && !insideQuote(ctx.text, m.start) && pattern('role.localBody', 'u').test(doc.nodes.get(m.id)?.name ?? ''));
  return local.at(-1)?.id;
}
