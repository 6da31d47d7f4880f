import { actorMentions, type SentenceContext } from './context';
import type { EntityMention } from './entities';
import { analyse } from './syntax/analyse';
import { pattern, perLanguage } from './syntax/language';
import { filledRegExps } from './relation-words';

/** What earlier sentences leave for pronouns to point back to. */
export interface Discourse {
  /** One entry per sentence read so far, in order: its subject, its actors and the places a preposition governs (mention ids), last first. */
  sentences: Array<{ index: number; subject?: string; unnamed?: boolean; charged?: string; actors: string[]; places: string[]; gaveTo?: string }>;
  /** Gender and number of each actor, read from the determiners the text gives it ("la Serbie", "le Kenya", "les Houthis"). */
  agreement: Map<string, Agreement>;
}

/** What a determiner tells of an actor: feminine or masculine, singular or plural (unknown when the text never says). */
interface Agreement {
  gender?: 'f' | 'm';
  plural?: boolean;
}

/** An empty discourse memory for one article. */
export function newDiscourse(): Discourse {
  return { sentences: [], agreement: new Map() };
}

// An actor governed by a preposition (discourse.governed) or introduced as a source (discourse.source) is no subject;
// discourse.subjectPronoun finds "il", "elle" opening a clause.

function isSource(ctx: SentenceContext, m: EntityMention): boolean {
  return pattern('discourse.source', 'iu').test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
}

/** The subject of the sentence's first clause: its first actor not governed by a preposition, else a pronoun's antecedent. */
function subjectOf(d: Discourse, ctx: SentenceContext): string | undefined {
  const actors = actorMentions(ctx).filter((m) => !/\(\s*$/.test(ctx.text.slice(0, m.start)) && !pattern('discourse.governed', 'iu').test(ctx.text.slice(Math.max(0, m.start - 25), m.start)));
  const pronoun = pattern('discourse.subjectPronoun', 'u').exec(ctx.text);
  // The subject is the free actor a verb group follows ("l'Arménie a gelé", "Bakou y voit"), else the first free actor.
  const { words, verbs } = analyse(ctx.text);
  const verbal = (i: number) => !!words[i] && (['have', 'be', 'modal', 'negation', 'dative', 'objectClitics', 'reflexive'].some((c) => words[i].classes.has(c)) || verbs.some((v) => v.index === i));
  // "L'Égypte, qui a rejoint les Brics en 2024, multiplie": an actor inside a relative clause is not the sentence's subject.
  const relative = (m: EntityMention) => {
    const open = words.findLastIndex((w) => w.end <= m.start && w.text === ',');
    return words.some((w, i) => i > open && w.end <= m.start && w.classes.has('relatives'));
  };
  const first = actors.find((m) => !relative(m) && verbal(words.findIndex((w) => w.start >= m.end))) ?? actors[0];
  if (pronoun && (!first || pronoun.index < first.start)) return previousSubject(d, ctx.sentence.index);
  return first?.id;
}

function previousSubject(d: Discourse, index: number, fits: (id: string) => boolean = () => true, charged = false): string | undefined {
  for (let k = d.sentences.length - 1; k >= 0; k--) {
    const s = d.sentences[k];
    if (s.index >= index) continue;
    if (index - s.index > 3) break;
    // "Kiev accuse Minsk de soutenir Moscou. Il lui aurait livré des obus": what follows a charge tells the charged party's deeds.
    if (charged && s.charged && fits(s.charged)) return s.charged;
    if (s.subject && fits(s.subject)) return s.subject;
    // "L'agence indonésienne n'a pas tout misé sur l'Inde. Elle a versé": a subject named by a common noun Trame cannot
    // resolve is still the one a pronoun next takes up; reaching past it to an older subject gives the wrong party.
    if (s.unnamed) return undefined;
    // "Le Kenya dépend de la Serbie. Elle lui a vendu": the subject does not agree, the actor that does is meant.
    if (s.subject && !fits(s.subject)) {
      const other = [...s.actors].reverse().find(fits);
      if (other) return other;
    }
  }
  return undefined;
}

// Determiners right before a mention, and what they say of it (discourse.feminineBefore, masculineBefore, pluralBefore).
// After an elided article (discourse.elidedBefore) a country's gender is its name's: masculine unless it ends as the
// feminine ones do (discourse.feminineEnding, "l'Inde", "l'Ukraine"), save the masculine ones that end so too
// (discourse.masculineInE, "le Mexique").
function noteAgreement(d: Discourse, ctx: SentenceContext): void {
  const [plural, feminine, masculine] = ['discourse.pluralBefore', 'discourse.feminineBefore', 'discourse.masculineBefore'].map((n) => pattern(n, 'iu'));
  for (const m of actorMentions(ctx)) {
    const before = ctx.text.slice(Math.max(0, m.start - 12), m.start);
    const a: Agreement = { ...d.agreement.get(m.id) };
    // "Les Turkmènes": the people are plural, not their state, which a later "il" may still take up.
    if (plural.test(before)) a.plural ||= m.via !== 'demonym';
    else if (feminine.test(before)) a.gender ??= 'f';
    else if (masculine.test(before)) a.gender ??= 'm';
    else if (m.label === 'Country' && m.via !== 'demonym' && pattern('discourse.elidedBefore', 'u').test(before)) a.gender ??= pattern('discourse.masculineInE', 'u').test(m.text.toLowerCase()) || !pattern('discourse.feminineEnding', 'u').test(m.text) ? 'm' : 'f';
    d.agreement.set(m.id, a);
  }
}

/** Whether an actor can be what a singular "il" or "elle" (discourse.genderedPronoun) stands for: not plural, and not of the other gender. */
function agreesWith(d: Discourse, id: string, pronoun: string): boolean {
  const a = d.agreement.get(id);
  if (!a || !pattern('discourse.genderedPronoun', 'u').test(pronoun)) return true;
  if (a.plural) return false;
  return !a.gender || a.gender === (pattern('discourse.femininePronoun', 'u').test(pronoun) ? 'f' : 'm');
}

/** Records a sentence once read, so that the next ones can resolve "il", "elle", "lui", "leur". */
export function remember(d: Discourse, ctx: SentenceContext): void {
  noteAgreement(d, ctx);
  const all = actorMentions(ctx);
  const actors = all.filter((m) => !isSource(ctx, m));
  const subject = subjectOf(d, ctx);
  const unnamed = !subject && pattern('discourse.unnamedSubject', 'u').test(ctx.text);
  d.sentences.push({ index: ctx.sentence.index, subject, unnamed, charged: chargedBy(ctx, all, subject), actors: actors.map((m) => m.id).reverse(), places: placesOf(ctx).map((m) => m.id).reverse(), gaveTo: gaveTo(ctx, actors, subject) });
}

/** "Moscou a vendu au Brésil": the actor an active giving verb's dative names, the receiver a later "lui" may stand for. */
function gaveTo(ctx: SentenceContext, actors: EntityMention[], subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const lead = pattern('discourse.dative', 'iu');
  for (const v of analyse(ctx.text).verbs) {
    if (v.frame.role !== 'give' || v.voice !== 'active' || v.bare || v.planned) continue;
    const m = actors.find((a) => a.start >= v.end && a.start - v.end <= 40 && a.id !== subject && lead.test(ctx.text.slice(Math.max(0, a.start - 25), a.start)));
    if (m) return m.id;
  }
  return undefined;
}

// discourse.charge and discourse.chargeVerb share the lead and the verbs of a charge ({chargeLead}, {chargeStem}).
const chargePattern = (name: 'charge' | 'chargeVerb') => perLanguage(`discourse.${name}`, (lang) => filledRegExps('discourse', {}, lang)(name, 'iu'));

/** "Kiev accuse Minsk de soutenir Moscou": the actor a subject accuses, sanctions or condemns (discourse.charge), the next sentence's focus. */
function chargedBy(ctx: SentenceContext, actors: EntityMention[], subject: string | undefined): string | undefined {
  const s = actors.find((m) => m.id === subject);
  if (!s) return undefined;
  const charge = chargePattern('charge');
  return actors.find((m) => m.start >= s.end && m.id !== subject && charge.test(ctx.text.slice(s.end, m.start)))?.id;
}

/** States and places a preposition of place governs ("présent au Mali", "en Libye"), in text order. */
function placesOf(ctx: SentenceContext, before = ctx.text.length): EntityMention[] {
  const lead = pattern('discourse.place', 'iu');
  return ctx.mentions.filter((m) => (m.label === 'Country' || m.label === 'Location') && m.via !== 'demonym' && m.end <= before && lead.test(ctx.text.slice(Math.max(0, m.start - 25), m.start)));
}

/** The place a locative pronoun ("y") at `at` stands for: one named earlier in the sentence, else in the two sentences before, latest first. */
export function resolveLocative(d: Discourse, ctx: SentenceContext, at: number): string[] {
  const here = placesOf(ctx, at).map((m) => m.id).reverse();
  const earlier = d.sentences.filter((s) => s.index < ctx.sentence.index && ctx.sentence.index - s.index <= 2).reverse().flatMap((s) => s.places);
  return [...here, ...earlier];
}

/**
 * The actor a subject pronoun at `at` stands for: a subject earlier in the sentence, else the last sentence's subject;
 * with `charged`, for a deed told as a charge's content, the party an earlier sentence accused comes first.
 */
export function resolveSubjectPronoun(d: Discourse, ctx: SentenceContext, at: number, charged = false): string | undefined {
  noteAgreement(d, ctx);
  const word = /^[\p{L}-]+/u.exec(ctx.text.slice(at))?.[0].toLowerCase() ?? '';
  // "celui-ci", "celle-ci": the latter, the latest actor named that agrees, whatever governs it ("s'appuie sur le PAM.
  // Celui-ci a livré"), where "il" would take up the subject (discourse.demonstrative).
  const demonstrative = pattern('discourse.demonstrative', 'iu').exec(word);
  const pronoun = demonstrative ? (demonstrative[1] ? 'il' : demonstrative[2] ? 'elle' : 'ils') : word.split('-')[0];
  const fits = (id: string) => agreesWith(d, id, pronoun);
  if (demonstrative) return latestActor(d, ctx, at, fits);
  const earlier = actorMentions(ctx).filter((m) => m.end <= at && !isSource(ctx, m) && !pattern('discourse.governed', 'iu').test(ctx.text.slice(Math.max(0, m.start - 25), m.start)) && fits(m.id));
  return earlier[0]?.id ?? previousSubject(d, ctx.sentence.index, fits, charged);
}

/** The latest actor named before `at` that fits, in this sentence, else in the three before it. */
function latestActor(d: Discourse, ctx: SentenceContext, at: number, fits: (id: string) => boolean): string | undefined {
  const here = actorMentions(ctx).filter((m) => m.end <= at && !isSource(ctx, m) && fits(m.id)).pop();
  if (here) return here.id;
  const earlier = d.sentences.filter((s) => s.index < ctx.sentence.index && ctx.sentence.index - s.index <= 3).reverse();
  for (const s of earlier) {
    const id = s.actors.find(fits);
    if (id) return id;
  }
  return undefined;
}

/**
 * The actor a dative pronoun ("lui", "leur") at `at` stands for: one already resolved in this
 * sentence, else an actor before the verb that is not its subject (an apposition, an earlier clause's
 * object), else the previous sentences' subject, then their other actors, latest first.
 */
export function resolveDative(d: Discourse, ctx: SentenceContext, at: number, notThese: (id: string) => boolean, resolvedHere: string[]): string | undefined {
  const pool: string[] = [...resolvedHere];
  // An earlier indirect object first ("a livré des missiles à l'Inde, et la France lui a vendu"), then an actor no
  // preposition governs ("Le Niger, qui a rompu avec la France, s'est tourné vers la Russie, qui lui a fourni"),
  // then one met inside another complement.
  const before = actorMentions(ctx)
    .filter((m) => m.end <= at && !isSource(ctx, m))
    .reverse()
    .map((m) => {
      const lead = ctx.text.slice(Math.max(0, m.start - 25), m.start);
      // "L'UE a sanctionné la Turquie, soupçonnée de lui livrer": who charges is not whom the charged party serves.
      const charges = chargePattern('chargeVerb').test(ctx.text.slice(m.end, at));
      return { id: m.id, start: m.start, charges, dative: pattern('discourse.dative', 'iu').test(lead), governed: pattern('discourse.governed', 'iu').test(lead) };
    });
  // "Le rapport du Groupe d'experts est clair : l'armée a déployé des soldats aux côtés du M23 et lui a fourni": an actor
  // of the pronoun's own clause comes before any actor of the clause a colon or a semicolon closed.
  const opens = [...ctx.text.slice(0, at).matchAll(pattern('discourse.clauseOpen', 'giu'))].pop();
  const from = opens ? opens.index + opens[0].length : 0;
  const free = before.filter((m) => !m.charges);
  for (const clause of [free.filter((m) => m.start >= from), free.filter((m) => m.start < from)])
    pool.push(...clause.filter((m) => m.dative).map((m) => m.id), ...clause.filter((m) => !m.governed).map((m) => m.id), ...clause.filter((m) => m.governed && !m.dative).map((m) => m.id));
  const earlier = d.sentences.filter((s) => s.index < ctx.sentence.index && ctx.sentence.index - s.index <= 3).reverse();
  const chargers = before.filter((m) => m.charges).map((m) => m.id);
  for (const s of earlier) {
    // "Moscou a vendu au Brésil des engrais. Le Canada lui a expédié de la potasse": after a gift, a second giver
    // serves the same receiver; the first giver is a rival, not a client.
    if (s.gaveTo) pool.push(s.gaveTo);
    // After a charge, the accuser is the one telling, not the one served: the charged party's partners come first.
    if (s.subject && !s.charged) pool.push(s.subject);
    pool.push(...s.actors.filter((id) => id !== s.subject));
    if (s.subject && s.charged) pool.push(s.subject);
  }
  pool.push(...chargers);
  return pool.find((id) => !notThese(id));
}
