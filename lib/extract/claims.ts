import data from '../../data/lexicon/reporting.json';
import titles from '../../data/lexicon/titles.json';
import type { PropertyValue } from '../graph/schema';
import type { DocBuilder } from './builder';
import { actorMentions, clauseAround, countryOfActor, subjectBefore, type SentenceContext } from './context';
import { countryOfDemonym, type ArticleEntities, type EntityMention } from './entities';
import { findGoods } from './goods';
import { fold } from './text';

/** A fact node placed in a sentence, that a claim can be about. */
export interface PlacedFact {
  id: string;
  sentenceId: string;
  start: number;
  end: number;
}

/** Claims already made in the article, so that "cette affirmation" can point back. */
export interface ClaimMemory {
  claims: Array<{ id: string; speaker?: string; sentenceIndex: number }>;
  lastSpeakerPerson?: string;
  /** The author a byline names ("Par Claire Martin, chercheuse ..."): who "je" and "nous" are. */
  author?: string;
  /** The person subject of each sentence read, by sentence index: "a-t-il ajouté" in the next one points to it. */
  subjects?: Map<number, string>;
  /** Texts of the sentences already read, by id: an earlier fact is checked in its own words. */
  texts?: Map<string, string>;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REGULAR = '(?:é|ée|és|ées|e|es|ent|ait|aient|era|eront|erait|eraient|ant|er)';
const verbAlt = (v: { stems: string[]; forms: string[] }) => [...v.forms.map(esc), ...v.stems.map((s) => `${esc(s)}${REGULAR}`)].join('|');
const VERB_RE = new RegExp(`(?<![\\p{L}])(?:(${verbAlt(data.denies)})|(${verbAlt(data.asserts)}|citant))(?![\\p{L}])`, 'giu');
const CANNOT = new RegExp(data.cannotConfirm.join('|'), 'i');
const UNCONFIRMED = new RegExp(data.unconfirmedNotes.join('|'), 'i');
const GROUPS = [...titles.groups].sort((a, b) => b.length - a.length).map(esc).join('|');
const GROUP_RE = new RegExp(`(?<![\\p{L}])(?:les|des|le|la|l['’]|un|une)\\s+(?:${GROUPS})\\s+([\\p{L}-]+)`, 'giu');
// ", a déclaré X", ", a-t-il ajouté", ", rappelle X" (present tense, no auxiliary).
const INVERTED = /(?:,|[”»"])\s*(?:(?:a|ont|avait|avaient|aurait|auraient|s['’]est|se sont)(-t-(?:il|elle|ils|elles))?\s+(?:\p{Ll}+\s+)?)?$/u;
const ADVERBS = [...data.adverbs].sort((a, b) => b.length - a.length).map(esc).join('|').replace(/['’]/g, "['’]");
const AUX_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:a|ont|avait|avaient|aurait|auraient|aura|avoir|ayant|a-t-il|a-t-elle|s['’]est|se sont)\\s+(?:(?:${ADVERBS})\\s+){0,2})$`, 'iu');
// "s'est borné à rappeler que", "a refusé de confirmer", "veut affirmer": an infinitive governed by a finite verb.
const GOVERNED_INFINITIVE = /(?<![\p{L}])(?:à|de|d['’]|peut|peuvent|pouvait|pouvaient|pourrait|pourraient|pu|veut|voulu|doit|dû|tient à|tenu à)(?:\s+(?:pas|plus|jamais|encore|toujours))*\s+$/iu;
// "estimant que", "accusant Paris de", "reprochant à l'organisation de": a participle reports when it takes a clause.
// "qualifiant ces accusations de « mensonges »": a judged object, then what it is called.
const REPORTING_PARTICIPLE = /^\s*(?:(?:ces|cette|cet|ce|ses|leurs?|les|la|le)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:de\s|d['’])|(?:(?:en|le|la|les)\s+[^,.;]{0,30}?\s+)?(?:que|qu['’]|à\s+[^,.;]{1,50}?\s+d['’e]|[\p{Lu}][^,.;]{0,40}?\s+d['’e]))/u;
const PRONOUN_START = /^(?:[«“"]\s*)?(Il|Elle)\s/u;
const PREP_BEFORE = /(?<![\p{L}])(?:à|aux?|de|des|du|vers|en|par|avec|contre|pour|sur|dans|entre|chez|d['’])\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu;
const ANAPHORIC_OBJECT = /^\s*(?:cette|ces|ses|leurs?|les)\s+(?:affirmations?|informations?|accusations?|allégations?|déclarations?|rapports?|propos|assertions?)/iu;
// "a déclaré à la BBC", "cités par Reuters", "Interrogé par l'AFP": the outlet that carried the words.
const MEDIA_TO = /(?<![\p{L}])(?:à la|au|à l['’]|aux journalistes (?:de la|du|de)|selon la|selon le|selon l['’]|(?:cité|interrogé)e?s? par(?: la| le| l['’])?)\s*$/iu;
const CARRIED_BY = /(?:cité|interrogé)e?s? par(?: la| le| l['’])?\s*$/iu;

// "L'Iran n'a livré aucun missile", "la Chine n'a jamais fourni d'armes": saying it did not happen is a denial.
// "Nous n'avons rien livré", "n'a jamais rien vendu": 'rien' before the participle is the object.
const NEGATED_TRANSFER = /(?:n['’]\s*(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|aurions)\s+(?:jamais\s+|pas\s+|rien\s+)?|ne\s+)(?:livr|envoy|fourni|fourn|transf[ée]r|export|vend|déploy|exp[ée]di|re[çc]|obten|achet|import|acqu)\p{L}*\s+(?:jamais\s+|pas\s+|aucune?|d['’]|de\s|rien)|n['’]\s*(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|aurions)\s+(?:jamais\s+)?rien\s+(?:livr|envoy|fourni|fourn|transf[ée]r|export|vend|déploy|exp[ée]di|cédé)/iu;

// "des accusations sans fondement", "une énième fausse nouvelle": calling a claim false denies it.
const DENIAL_CONTENT = new RegExp(data.denialContent.join('|'), 'iu');

function stanceOf(denies: boolean, window: string, content: string, quotedBefore = false): 'ASSERTS' | 'DENIES' | 'CANNOT_CONFIRM' {
  if (CANNOT.test(fold(window)) || (!denies && quotedBefore && CANNOT.test(fold(content.slice(0, 140))))) return 'CANNOT_CONFIRM';
  if (denies || NEGATED_TRANSFER.test(content) || DENIAL_CONTENT.test(content)) return 'DENIES';
  return 'ASSERTS';
}

// "selon le Pentagone", "D'après les services de renseignement américains, ...", "Pour X, « ... »".
const ACCORDING_RE = /(?<![\p{L}])(selon|d['’]après|pour)\s+(?!lesquel|laquelle|lequel|moi\b|lui\b|eux\b|elle\b|nous\b|nos\b|notre\b)/giu;

/** "les responsables américains": the group speaks for its state. */
function groupSpeaker(ctx: SentenceContext, before: number, clauseStart: number): string | undefined {
  let found: string | undefined;
  for (const m of ctx.text.slice(clauseStart, before).matchAll(GROUP_RE)) found = countryOfDemonym(m[1]) ?? found;
  return found;
}

// "Le rapport de l'ONU affirme que", "un communiqué du ministère indique": the document speaks for its author.
const DOCUMENT_OF = new RegExp(`(?<![\\p{L}])(?:${[...data.documents].sort((a, b) => b.length - a.length).map(esc).join('|')})(?:\\s+[\\p{Ll}-]+){0,2}?\\s+(?:de|du|des|d['’])\\s*(?:la\\s+|le\\s+|les\\s+|l['’])?$`, 'iu');

/** The author of a document that is the subject of a reporting verb at `at`: the actor governed by the document noun, right before the verb. */
function authorOf(ctx: SentenceContext, at: number, clauseStart: number): string | undefined {
  const m = actorMentions(ctx).filter((x) => x.start >= clauseStart && x.end <= at).at(-1);
  if (!m || !/^\s*(?:,[^,]{0,60},)?\s*(?:\p{Ll}+\s+){0,2}$/u.test(ctx.text.slice(m.end, at))) return undefined;
  return DOCUMENT_OF.test(ctx.text.slice(Math.max(clauseStart, m.start - 60), m.start)) ? m.id : undefined;
}

const FIRST_PERSON = /(?:^|[\s«“"])(?:je\s+|j['’]\s*|nous\s+)(?:(?:ne|n['’]|le|l['’]|en|y)\s*)?(?:\p{Ll}+\s+){0,2}$/iu;
// "Par Claire Martin, chercheuse ...", "Propos recueillis par ...": the byline.
const BYLINE = /^\s*(?:\*\s*)?(?:Par|Une tribune de|Tribune de)\s/u;

/** The person a byline of the article names, if any. */
export function bylineAuthor(contexts: SentenceContext[]): string | undefined {
  for (const ctx of [...contexts.slice(0, 3), ...contexts.slice(-2)]) {
    if (!BYLINE.test(ctx.text)) continue;
    const p = ctx.mentions.find((m) => m.label === 'Person');
    if (p) return p.id;
  }
  return undefined;
}

/** The person subject of the sentence just before. */
function previousPerson(memory: ClaimMemory, ctx: SentenceContext): string | undefined {
  return memory.subjects?.get(ctx.sentence.index - 1);
}

/** The actor after "par" right behind a participle: the agent of a passive reporting verb. */
function passiveAgent(ctx: SentenceContext, offset: number): string | undefined {
  return actorMentions(ctx).find((m) => m.start >= offset && /^\s*(?:\p{Ll}+\s+)?par\s+(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(ctx.text.slice(offset, m.start)))?.id;
}

/** "un responsable américain" within a few words after a reporting verb: its state. */
function groupAfter(ctx: SentenceContext, offset: number): string | undefined {
  const m = new RegExp(GROUP_RE.source, 'iu').exec(ctx.text.slice(offset, offset + 70));
  if (!m || !/^\s*(?:[\p{L}'’-]+\s+){0,4}$/u.test(ctx.text.slice(offset, offset + m.index))) return undefined;
  return countryOfDemonym(m[1]);
}

function speakerAfter(ctx: SentenceContext, offset: number): EntityMention | undefined {
  // "a déclaré à la BBC", "a indiqué à l'AFP un responsable": who is told does not speak.
  const after = actorMentions(ctx).filter((m) => m.start >= offset && m.start - offset <= 100 && !/(?<![\p{L}])(?:que(?![\p{L}])|qui(?![\p{L}])|qu['’])|;/iu.test(ctx.text.slice(offset, m.start)) && !/(?<![\p{L}])(?:à|aux?)\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(ctx.text.slice(offset, m.start)));
  const person = after.find((m) => m.label === 'Person');
  const first = after[0];
  // "a déclaré le porte-parole du ministère iranien des Affaires étrangères, Nasser Kanani": the name outranks the title's parts.
  if (person && first && (first === person || /^\s*(?:\p{Ll}+\s+)?(?:le|la|l['’])\s*\p{Ll}/iu.test(ctx.text.slice(offset, first.start)) || first.via === 'demonym')) return person;
  // A body or a state right after the verb: only a few words (a date, an article) in between.
  // "affirme l'ONG Amnesty International": a common noun or an acronym may announce the name.
  // "reconnaissait en mai 2023 le ministre ...": a date may sit there too.
  const gap = ctx.text.slice(offset, first?.start ?? offset).replace(/(?:en|le|dès|depuis)?\s*(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)?\s*\d{4}/iu, ' ');
  return first && /^\s*(?:(?:[\p{Ll}'’-]+|(?:l['’])?\p{Lu}{2,})\s*){0,3}$/u.test(gap) ? first : undefined;
}

function isMedia(doc: DocBuilder, id: string | undefined): boolean {
  return !!id && doc.nodes.get(id)?.properties.kind === 'media';
}

/** Reads every reported statement of a sentence as a Claim with its speaker's stance and what it is about. */
export function extractClaims(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, state: ArticleEntities, publishedAt: string | null): void {
  if (ctx.sentence.boilerplate || ctx.question) return;
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
    if (/ant$/i.test(v[0]) && !/^(disant|citant)$/i.test(v[0]) && !REPORTING_PARTICIPLE.test(text.slice(ve, ve + 90))) continue;
    // "a démenti que ..., affirmant que": the participle's speaker is the main clause's, already heard.
    if (/ant$/i.test(v[0]) && usedSpeakers.size > 0 && !ctx.mentions.some((m) => m.label === 'Person' && /^\s*,?\s*$/.test(text.slice(m.end, vs)))) continue;
    const infinitive = /er$/i.test(v[0]) && GOVERNED_INFINITIVE.test(before);
    if (/er$/i.test(v[0]) && !infinitive) continue;
    // ", a déclaré X" inverts only after quoted or reported words, not after a subject in apposition.
    let inverted = INVERTED.exec(before);
    // Without an auxiliary, only a finite verb inverts (", rappelle X"), not a participle (", accusée de").
    if (inverted && !/(?:a|ont|avait|avaient|aurait|auraient|s['’]est|se sont)(?:-t-\p{L}+)?\s+(?:\p{Ll}+\s+)?$/u.test(before) && /(?:é|ée|és|ées|i|ie|is|u|ue|us)$/iu.test(v[0])) inverted = null;
    const quoted = /^[«“"]/.test(text) || /[»”"]/.test(before);
    if (inverted && !inverted[1] && !quoted) {
      const comma = inverted.index;
      const apposed = actorMentions(ctx).find((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)));
      // "Le porte-parole ..., Sean Savett, a déclaré": a name in apposition is the subject, unless a preposition governs it.
      if (apposed && !PREP_BEFORE.test(text.slice(Math.max(0, apposed.start - 25), apposed.start)) && (apposed.label === 'Person' || text.slice(0, apposed.start).split(/\s+/).length < 10)) inverted = null;
    }
    const hasAux = AUX_BEFORE.test(before) || !!inverted || infinitive;
    if (!hasAux && !/(?:e|ent|ait|aient|it|dit|disent|disant|citant|nie|nient|dément|ant|ons|crois|sais)$/i.test(v[0])) continue;
    // "l'entreprise X, accusée de fabriquer": a participle without auxiliary describes, it does not report.
    // "une accusation rejetée par Téhéran", "des chiffres confirmés par le Pentagone": the agent after "par" speaks.
    const agent = !hasAux && !inverted ? passiveAgent(ctx, ve) : undefined;
    if (!hasAux && /(?:é|ée|és|ées)$/iu.test(v[0]) && !agent) continue;

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
      else speaker = speakerAfter(ctx, ve)?.id ?? groupAfter(ctx, ve);
      contentStart = 0;
      contentEnd = inverted.index;
      if (!speaker && !inverted[1]) {
        // "Le Wall Street Journal, citant des sources, a rapporté que ...", "Le ministère ..., qui
        // contrôle ..., a confirmé avoir ...": the subject came first after all.
        const relative = before.search(/,\s*(?:qui|dont|citant|selon)\s/u);
        const head = relative > 0 ? actorMentions(ctx).filter((m) => m.end <= relative && /^\s*$/.test(text.slice(m.end, relative))).pop() : undefined;
        speaker = head?.id ?? subjectBefore(ctx, inverted.index, cs)[0]?.id;
        const que = /^\s*(?:\p{Ll}+\s+){0,4}?(?:que|qu['’])/iu.exec(text.slice(ve, ve + 60));
        if (que || head) {
          contentStart = que ? ve + que[0].length : ve;
          contentEnd = text.length;
        }
      }
    } else {
      const auxStart = before.search(AUX_BEFORE);
      const at = auxStart >= 0 ? auxStart : vs;
      const subj = subjectBefore(ctx, at, cs);
      const group = groupSpeaker(ctx, at, cs);
      const latter = LATTER.exec(text.slice(Math.max(cs, at - 20), at));
      if (latter) speaker = latterBefore(ctx, Math.max(cs, at - 20) + latter.index);
      else if (subj.length && (!group || subj[subj.length - 1].start > cs + 20)) {
        speaker = subj[subj.length - 1].id;
        coSpeakers = subj.slice(0, -1).map((x) => x.id);
      }
      else if (group) speaker = group;
      else if (authorOf(ctx, at, cs)) speaker = authorOf(ctx, at, cs);
      else if (LATTER.test(text.slice(cs, at))) speaker = latterBefore(ctx, cs + text.slice(cs, at).search(LATTER));
      else if (PRONOUN_START.test(text.slice(cs, at))) speaker = memory.lastSpeakerPerson ?? state.personsSeen[state.personsSeen.length - 1];
      // An op-ed's or an interview's "je", "nous": the author the byline names.
      else if (memory.author && FIRST_PERSON.test(text.slice(cs, at))) speaker = memory.author;
      const que = /^\s*(?:\p{Ll}+\s+){0,4}?(?:que|qu['’])/iu.exec(text.slice(ve, ve + 60));
      contentStart = que ? ve + que[0].length : ve;
      // "..., rapporte le Washington Post, qui cite des documents": what is cited is the sentence's main clause.
      if (!que && /^cit/i.test(v[0]) && /(?<![\p{L}])qui\s+$/iu.test(before)) {
        contentStart = 0;
        contentEnd = before.search(/,[^,]*,?\s*qui\s+$/u) > 0 ? before.search(/,[^,]*,?\s*qui\s+$/u) : vs;
      }
    }
    if (speaker && usedSpeakers.has(speaker)) continue;
    // "ont annoncé de nouvelles sanctions" announces an act, not a statement: a claim needs "que", a quote or a denial.
    // Judging verbs ("a critiqué cette décision", "a dénoncé l'accord") state a position without "que".
    if (!inverted && !denies && !/^(?:cit|critiqu|dénonc|condamn|accus|salu|attribu|reproch|document|confirm|dénombr|recens)|^disant$/i.test(v[0]) && contentStart === ve && !/^\s*(?:\p{Ll}+\s+){0,3}?[:«“"]|^\s+(?:avoir|être|ne pas|n['’]avoir)\s|^[^.;:«»]{0,60}\s:\s*[«“"]/u.test(text.slice(ve, ve + 80)) && !(/^(?:affirm|assur|reconn|admet|admis|prétend|dit|disent|disait|déclar|estim)/iu.test(v[0]) && /^\s+(?:se\s+|s['’]|ne\s+pas\s+)?\p{Ll}+(?:er|ir|re)(?![\p{L}])/u.test(text.slice(ve, ve + 30))) && !CANNOT.test(fold(text.slice(ve, ve + 80))) && !CANNOT.test(fold(text.slice(Math.max(cs, vs - 50), ve)))) continue;
    if (/^disant$/i.test(v[0]) && usedSpeakers.size + reporters.size > 0) continue;

    let reporter: string | undefined;
    if (isMedia(doc, speaker)) {
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
    for (const f of about) doc.rel('ABOUT', claim.id, f.id, [sid]);
    // "en a dénombré jusqu'à 18 000", "l'a confirmé": a clitic before the verb points back too.
    const clitic = /(?<![\p{L}])(?:en|l['’])\s*(?:a|ont|avait|avaient|aurait|auraient)?\s*$/iu.test(text.slice(Math.max(0, vs - 14), vs));
    const pointsBack = clitic || ANAPHORIC_OBJECT.test(text.slice(ve, ve + 40)) || RETRO_OBJECT.test(content) || RETRO_OBJECT.test(text.slice(Math.max(0, vs - 40), vs));
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
  const subject = ctx.mentions.find((m) => m.label === 'Person' && !PREP_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) && !/[«“"]/.test(text.slice(0, m.start)));
  if (subject) (memory.subjects ??= new Map()).set(ctx.sentence.index, subject.id);
  void publishedAt;
}

// "ces accusations", "toute livraison", "ces appareils": the object is a fact stated before.
const RETRO_OBJECT = new RegExp(`(?<![\\p{L}])(?:ces|cette|cet|ce|toute|tout|de telles|ces mêmes)\\s+(?:${data.retroNouns.map(esc).join('|')})(?![\\p{L}])`, 'iu');
const SENTENCE_INDEX = /:s(\d+)$/;
// How far back a denial may reach for the fact it denies, in sentences.
const BACK_REACH = 8;

function sentenceIndexOf(id: string): number {
  return Number(SENTENCE_INDEX.exec(id)?.[1] ?? -1);
}

/** A transfer read from a negated clause ("n'avait jamais livré la moindre arme") is the denial's wording, not the fact. */
function isNegated(text: string, f: PlacedFact): boolean {
  return /(?:n['’]|ne\s)[^.;]{0,40}$/iu.test(text.slice(Math.max(0, f.start - 45), f.start)) || NEGATED_TRANSFER.test(text.slice(Math.max(0, f.start - 60), f.end));
}

/** Transfers of earlier sentences a claim points back to: a denial reaches those involving the speaker's side or an actor of its sentence; an assertion the latest sentence that stated some. */
function earlierTransfers(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], speaker: string | undefined, stance: string): string[] {
  const here = ctx.sentence.index;
  const candidates = facts.filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here && sentenceIndexOf(f.sentenceId) >= here - BACK_REACH);
  if (!candidates.length) return [];
  const actors = new Set(actorMentions(ctx).map((m) => m.id));
  // "Le Kremlin a rejeté": an office answers for its state's transfers.
  for (const a of [...actors, speaker]) {
    if (!a) continue;
    actors.add(a);
    const state = countryOfActor(doc, a, new Map());
    if (state) actors.add(state);
  }
  const involved = (id: string) => {
    const parties = [...doc.edges('SENT', { target: id }).map((r) => r.source), ...doc.edges('TO', { source: id }).map((r) => r.target)];
    return parties.some((p) => actors.has(p));
  };
  const latest = (fs: PlacedFact[]) => {
    const top = Math.max(...fs.map((f) => sentenceIndexOf(f.sentenceId)));
    return fs.filter((f) => sentenceIndexOf(f.sentenceId) === top).map((f) => f.id);
  };
  const mine = candidates.filter((f) => involved(f.id));
  // A denial answers every recent charge against the speaker's side, however it was worded.
  if (stance !== 'ASSERTS' && mine.length) return mine.filter((f) => sentenceIndexOf(f.sentenceId) >= here - 4).map((f) => f.id).concat(latest(mine)).filter((x, i, a) => a.indexOf(x) === i);
  return latest(mine.length ? mine : candidates);
}

/** Transfers of the sentences before (within reach) that `actor`, or its state, sent. */
function sentTransfersOf(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], actor: string): string[] {
  const here = ctx.sentence.index;
  const sides = new Set([actor, countryOfActor(doc, actor, new Map())].filter(Boolean));
  return facts
    .filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here && sentenceIndexOf(f.sentenceId) >= here - BACK_REACH)
    .filter((f) => doc.edges('SENT', { target: f.id }).some((r) => sides.has(r.source)))
    .map((f) => f.id);
}

/** The latest earlier transfer whose kind is one of `kinds`: naming the goods is enough to point back, however far. */
function earlierOfKind(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], kinds: string[]): string | undefined {
  if (!kinds.length) return undefined;
  const here = ctx.sentence.index;
  return facts
    .filter((f) => f.id.startsWith('transfer:') && sentenceIndexOf(f.sentenceId) < here)
    .filter((f) => kinds.includes(String(doc.nodes.get(f.id)?.properties.kind)))
    .sort((a, b) => sentenceIndexOf(b.sentenceId) - sentenceIndexOf(a.sentenceId))[0]?.id;
}

// "ce que ces derniers contestent", "selon ce dernier": the last actor named before.
const LATTER = /(?<![\p{L}])(?:ce dernier|cette dernière|ces derniers|ces dernières)(?![\p{L}])/iu;

/** The actor "ce dernier" points to: the last one named before the offset. */
function latterBefore(ctx: SentenceContext, offset: number): string | undefined {
  return actorMentions(ctx).filter((m) => m.end <= offset).at(-1)?.id;
}

/** "selon X" / "d'après X" / "Pour X, « ... »": X asserts the rest of the sentence. */
function extractAccordingTo(doc: DocBuilder, ctx: SentenceContext, facts: PlacedFact[], memory: ClaimMemory, used: Set<string>): void {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  for (const m of text.matchAll(ACCORDING_RE)) {
    const at = m.index!;
    const after = at + m[0].length;
    const pour = /^pour$/i.test(m[1]);
    // A live-blog time stamp ("11h40 –") does not move "Selon X," off the head of the sentence.
    // "la Russie est devenue son premier fournisseur : d'après le CREA, elle lui a vendu ...": a colon opens a clause too.
    const colon = text.slice(0, at).search(/\s:\s(?!.*\s:\s)/u);
    const clauseStart = Math.max(clauseAround(text, at)[0], colon >= 0 ? colon + 3 : 0);
    const atHead = /^[\s\d:hH–—•-]*$/u.test(text.slice(clauseStart, at));
    if (pour && !atHead) continue;
    const headComma = text.indexOf(',', after);
    // "selon des images authentifiées par RFI": a source named through what it published.
    const through = /^(?:des|les|un|une|de)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:par|de|du|des)\s+/iu.exec(text.slice(after, after + 60));
    const reach = atHead && headComma > 0 && headComma - after <= 110 ? headComma - after : through ? through[0].length + 4 : 25;
    // "Selon des images satellites analysées par le centre de recherche américain CSIS, ...": the source may come late.
    let speaker = actorMentions(ctx).find((x) => x.start >= after && x.start - after <= reach && !/,/.test(text.slice(after, x.start)))?.id;
    let comma = text.indexOf(',', after);
    // "Selon le ministre sud-coréen de la Défense, Shin Won-sik, ...": the name in apposition speaks.
    const apposed = atHead && comma > 0 ? ctx.mentions.find((x) => x.label === 'Person' && /^,\s*$/.test(text.slice(comma, x.start)) && text[x.end] === ',') : undefined;
    if (apposed && (!speaker || !speaker.startsWith('person:'))) {
      speaker = apposed.id;
      comma = apposed.end;
    }
    if (!speaker) speaker = groupSpeaker(ctx, Math.min(text.length, after + 60), at);
    if (!speaker && LATTER.test(text.slice(after, after + 16))) speaker = latterBefore(ctx, at) ?? memory.claims.at(-1)?.speaker;
    if (!speaker || used.has(speaker)) continue;
    if (pour && (comma < 0 || comma - after > 80)) continue;
    // At the head of the sentence it governs what follows the comma; at the end, what precedes it.
    const head = atHead;
    const contentStart = head ? (comma < 0 ? after : comma + 1) : 0;
    const contentEnd = head ? text.length : at;
    let content = text.slice(contentStart, contentEnd).trim().replace(/^[«“"]\s*|[,\s]*[»”"]?[,\s]*$/g, '');
    // "Pour X, chercheuse au Y, « ... »" / "Selon X, qui recense ..., ...": the quote or the main clause is what is said.
    const quoted = /[«“]\s*([^»”]+?)\s*[»”]/u.exec(content);
    if (quoted && pour) content = quoted[1];
    else if (/^(?:qui|dont|chercheuse?|directeur|directrice|analyste|expert|experte|spécialiste)\b/iu.test(content) && content.includes(',')) content = content.slice(content.indexOf(',') + 1).trim();
    if (!content) continue;
    const stance = stanceOf(false, content, content);
    const claim = doc.fact('claim', 'Claim', shorten(content), { text: content, stance, verb: m[1].toLowerCase(), date: null, dateText: null });
    doc.mention(claim.id, ctx.sentence, at, after);
    if (isMedia(doc, speaker)) doc.rel('REPORTED', speaker, claim.id, [sid]);
    else doc.rel(stance, speaker, claim.id, [sid]);
    // "D'après des responsables américains cités par Reuters": the outlet carried it.
    const outlet = ctx.mentions.find((x) => isMedia(doc, x.id) && x.id !== speaker && CARRIED_BY.test(text.slice(Math.max(0, x.start - 30), x.start)));
    if (outlet) doc.rel('REPORTED', outlet.id, claim.id, [sid]);
    used.add(speaker);
    for (const f of facts) if (f.sentenceId === sid && f.start >= contentStart && f.end <= contentEnd) doc.rel('ABOUT', claim.id, f.id, [sid]);
    applyStatus(doc, claim.id, stance);
    memory.claims.push({ id: claim.id, speaker, sentenceIndex: ctx.sentence.index });
  }
}

/** Transfers a claim denies or cannot confirm take that status (a denial of a claim reaches its transfers). */
function applyStatus(doc: DocBuilder, claimId: string, stance: string): void {
  if (stance === 'ASSERTS') return;
  const status = stance === 'DENIES' ? 'denied' : 'unconfirmed';
  for (const r of doc.edges('ABOUT', { source: claimId })) {
    const n = doc.nodes.get(r.target);
    if (n?.label === 'Transfer' || n?.label === 'Event') n.properties.status = status;
    if (n?.label === 'Claim')
      for (const r2 of doc.edges('ABOUT', { source: n.id })) {
        const t = doc.nodes.get(r2.target);
        if (t?.label === 'Transfer' || t?.label === 'Event') t.properties.status = status;
      }
  }
}

/** "Les informations n'ont pas été confirmées": the facts of the previous claim are unconfirmed. */
function markPreviousUnconfirmed(doc: DocBuilder, ctx: SentenceContext, memory: ClaimMemory, facts: PlacedFact[]): void {
  const prev = [...memory.claims].reverse().find((c) => c.sentenceIndex >= ctx.sentence.index - 1);
  if (prev) applyStatus(doc, prev.id, 'CANNOT_CONFIRM');
  const prevSentence = `${ctx.sentence.id.split(':')[0]}:s${ctx.sentence.index - 1}`;
  for (const f of facts.filter((x) => x.sentenceId === prevSentence)) {
    const n = doc.nodes.get(f.id);
    if (n?.label === 'Transfer' || n?.label === 'Event') n.properties.status = 'unconfirmed';
  }
}

function shorten(s: string, max = 90): string {
  const clean = s.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
