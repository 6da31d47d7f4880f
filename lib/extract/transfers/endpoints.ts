import type { DocBuilder } from '../builder';
import { actorAfter, actorMentions, countryOfActor, subjectBefore, type SentenceContext } from '../context';
import { ensureNode, type EntityMention } from '../entities';
import { entityId } from '../ids';
import { activeLanguage, pattern, patternSource, perLanguage } from '../syntax/language';
import { OWN_NAME_KINDS } from '../lexicon';

// A firm's head noun before its name: the language's kinds of firm (org.companyKind, one list with the entity pass) fill {kinds}.
const firmHead = () => perLanguage('transfer.firmHeadRe', (lang) => new RegExp(patternSource('transfer.firmHead', lang).replace('{kinds}', patternSource('org.companyKind', lang)), 'u'));

/** Whether an organisation stands at a transfer's end in its own name rather than its state's (by its kind in the lexicon). */
export function inOwnName(doc: DocBuilder, id: string): boolean {
  return id.startsWith('org:') && OWN_NAME_KINDS.has(String(doc.nodes.get(id)?.properties.kind ?? ''));
}

// The markers are the language's (data/lang/<code>/patterns.json): who goods go to (transfer.recipientMarker: "à", "vers",
// "destinés à"), where they are sent (transfer.placeMarker: a place names the recipient only when nothing else does),
// who sends (transfer.senderMarker: "de la part de", "livrés par"), a passive's doer (transfer.agentMarker: "par", "depuis").

/** The sender markers of the active language ("de la part de", "livrés par"). */
export const senderMarker = (flags = 'giu') => pattern('transfer.senderMarker', flags);

/**
 * A firm named after its head noun and maybe its nationality ("la société française Orano", "le constructeur turc Baykar");
 * not a carrier ("la compagnie aérienne", "Silk Way Airlines"), which moves goods it neither sends nor receives.
 */
export function firmAfter(doc: DocBuilder, ctx: SentenceContext, at: number): EntityMention | undefined {
  // "l'américain Albemarle", "au chinois Sinopec": a nationality used as a noun heads the firm's name like "le groupe".
  const nationality = ctx.mentions.find((m) => m.via === 'demonym' && /^\p{Ll}/u.test(m.text) && m.start >= at && pattern('transfer.demonymHead', 'iu').test(ctx.text.slice(at, m.start)));
  const named = nationality ? ctx.mentions.find((m) => m.label === 'Organization' && m.start > nationality.end && /^\s+$/u.test(ctx.text.slice(nationality.end, m.start))) : undefined;
  if (named && inOwnName(doc, named.id)) return named;
  const head = firmHead().exec(ctx.text.slice(at));
  const firm = head ? actorAfter(ctx, at + head[0].length, 2) : undefined;
  if (!head || !firm || !inOwnName(doc, firm.id)) return undefined;
  return pattern('transfer.carrierFirm', 'iu').test(`${head[0]} ${firm.text}`) ? undefined : firm;
}

/** The state a firm acting in its own name belongs to ("la société tchèque Moravia Defence": Czechia), if known. */
export function firmHome(doc: DocBuilder, id: string): string | undefined {
  return inOwnName(doc, id) ? placeState(doc, id) : undefined;
}

/** A private military company or a firm owns its men and goods; a state's armed forces stand for the state. */
export function ownsItsGoods(doc: DocBuilder, m: EntityMention | undefined): boolean {
  if (!m || m.label !== 'Organization' || m.id.endsWith('-armed-forces')) return false;
  const kind = String(doc.nodes.get(m.id)?.properties.kind ?? '');
  return kind === 'military' || OWN_NAME_KINDS.has(kind);
}

/** A mention as a transfer endpoint: a place stands for its state, a newspaper or think tank for nobody. */
export function endpoint(doc: DocBuilder, m: EntityMention | undefined, personCountry: Map<string, string>): string | undefined {
  if (!m) return undefined;
  // Newspapers and research centres report transfers; they do not make them.
  const kind = doc.nodes.get(m.id)?.properties.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  if (m.label === 'Location') {
    // "déployés dans la région de Koursk": the place stands for the state it belongs to.
    const c = placeState(doc, m.id);
    if (c) ensureNode(doc, c, 'Country');
    return c;
  }
  return endpointId(doc, m.id, personCountry);
}

/** The state a known place belongs to ("Bamako": Mali). */
export function placeState(doc: DocBuilder, id: string): string | undefined {
  const c = doc.nodes.get(id)?.properties.country;
  return typeof c === 'string' && c ? `country:${c}` : undefined;
}

/** An actor id as a transfer endpoint: its state for a person or a national body, nothing for a newspaper. */
export function endpointId(doc: DocBuilder, id: string, personCountry: Map<string, string>): string | undefined {
  const kind = doc.nodes.get(id)?.properties.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  // A firm or a private military company sends and receives in its own name, not its state's.
  if (inOwnName(doc, id)) return id;
  // A warlord or a commander with no known state receives in his own name ("aux forces du maréchal Haftar").
  const c = countryOfActor(doc, id, personCountry);
  // "Le ministère indien de la Défense a commandé": the state of a national body takes part even if never named.
  if (c?.startsWith('country:') && !doc.nodes.has(c)) ensureNode(doc, c, 'Country');
  return c;
}

/** Whether no clause punctuation separates two offsets of a sentence. */
const oneChunk = (text: string, from: number, to: number) => !/[,;:()«»—]/u.test(text.slice(from, to));

/** Where the goods go when a place names it ("en Ukraine", "dans la région de Koursk", "jusqu'au port de"). */
export function placeAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, exclude: string[], personCountry: Map<string, string>): string | undefined {
  const re = pattern('transfer.placeMarker', 'giu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const a = actorAfter(ctx, m.index + m[0].length, 45, true);
    if (!a || a.label === 'Organization' || a.label === 'Person' || !oneChunk(ctx.text, m.index + m[0].length, a.start)) continue;
    const id = endpoint(doc, a, personCountry);
    if (id && !exclude.includes(id)) return id;
  }
  return undefined;
}

/** The recipient named after a marker; a state or body first, a place ("vers le port de Tartous") only failing that. */
export function recipientAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, exclude: string[], personCountry: Map<string, string>): string | undefined {
  for (const places of [false, true]) {
    const re = pattern('transfer.recipientMarker', 'giu');
    re.lastIndex = from;
    for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
      const short = pattern('transfer.shortMarker').test(m[0]);
      let a = actorAfter(ctx, m.index + m[0].length, short ? 4 : 45, places);
      // "à la société française Orano", "au groupe TotalEnergies": a firm after its head noun receives in its own name.
      if ((!a || a.via === 'demonym') && short && !places) a = firmAfter(doc, ctx, m.index + m[0].length) ?? a;
      // "à l'industrie militaire russe": a nationality closing a short noun phrase.
      if (!a && short && !places) {
        const d = ctx.mentions.find((x) => x.via === 'demonym' && x.start > m!.index && x.start - (m!.index + m![0].length) <= 30);
        if (d && pattern('transfer.demonymTail', 'u').test(ctx.text.slice(m.index + m[0].length, d.start))) a = d;
      }
      if (places && a?.label !== 'Location') continue;
      // "jusqu'au port de Tartous, venaient de Russie": a name past a comma is another clause's.
      if (a && !oneChunk(ctx.text, m.index + m[0].length, a.start)) continue;
      // "installés à Dubaï", "arrivés à Bamako": a town after a bare "à" is where, not who.
      if (places && short && !pattern('transfer.towards').test(m[0])) continue;
      // "aux forces du maréchal Haftar", "au régime de Damas": the side named after its forces.
      if (!a && short && !places) {
        const forces = pattern('transfer.forcesOf').exec(ctx.text.slice(m.index + m[0].length));
        if (forces) a = actorAfter(ctx, m.index + m[0].length + forces[0].length, 2);
        // "à la milice de Bongo", "aux hommes de « Bongo »": a leader known by a name Trame has no entry for.
        if (forces && !a) {
          const leader = leaderNamed(doc, ctx, m.index + m[0].length + forces[0].length);
          if (leader && !exclude.includes(leader)) return leader;
        }
      }
      // "à la Mission multinationale d'appui à la sécurité (MMAS)": the short name in brackets is the body the text names.
      if (a && !places) a = bracketedName(ctx, a) ?? a;
      // A warlord or a commander with no known state receives in his own name ("aux forces du maréchal Haftar").
      const id = endpoint(doc, a, personCountry) ?? (a?.label === 'Person' ? a.id : undefined);
      if (id && !exclude.includes(id)) return id;
    }
  }
  return undefined;
}

/** The actor named in brackets right after a longer name of it ("Mission ... à la sécurité (MMAS)"), if Trame knows it. */
function bracketedName(ctx: SentenceContext, a: EntityMention): EntityMention | undefined {
  const open = /^[^,;.()]{0,40}?\(\s*/u.exec(ctx.text.slice(a.end, a.end + 48));
  if (!open) return undefined;
  const at = a.end + open[0].length;
  return ctx.mentions.find((m) => m.start === at && m.label !== 'Location' && /^\s*\)/u.test(ctx.text.slice(m.end, m.end + 3)));
}

// A leader's name or nickname: capitalised words, maybe in quotes, then maybe ", surnom de <person>" that says who it is
// (transfer.nicknameOf).
const LEADER = /^[«"“]?\s*(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})\s*[»"”]?/u;

/** The leader after "la milice de", "les hommes de": the person a nickname stands for when the text says so, else a person of that name. */
function leaderNamed(doc: DocBuilder, ctx: SentenceContext, at: number): string | undefined {
  const m = LEADER.exec(ctx.text.slice(at));
  if (!m || ctx.mentions.some((x) => x.start <= at + m.index && x.end > at)) return undefined;
  const rest = at + m[0].length;
  const of = pattern('transfer.nicknameOf').exec(ctx.text.slice(rest));
  if (of) {
    const titled = /^(?:\p{Ll}+\s+){0,4}/u.exec(ctx.text.slice(rest + of[0].length))?.[0].length ?? 0;
    const person = ctx.mentions.find((x) => x.label === 'Person' && x.start >= rest + of[0].length && x.start <= rest + of[0].length + titled + 2);
    if (person) return person.id;
  }
  const id = entityId('person', m[1]);
  const known = ctx.mentions.find((x) => x.label === 'Person' && x.text.split(/\s+/u).pop() === m[1]);
  if (known) return known.id;
  doc.node(id, 'Person', m[1]);
  return id;
}

/** The sender after a marker that names one ("de la part de", "en provenance de", "livrés par"). */
export function senderMarked(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const re = senderMarker();
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const id = endpoint(doc, firmAfter(doc, ctx, m.index + m[0].length) ?? actorAfter(ctx, m.index + m[0].length, 20), personCountry);
    if (id) return id;
  }
  return undefined;
}


/** The sender of a passive verb, after "par" or an origin marker in the rest of the clause; "par bateau" names nobody. */
export function agentAfter(doc: DocBuilder, ctx: SentenceContext, from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const re = pattern('transfer.agentMarker', 'giu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to && m.index - from < 80; m = re.exec(ctx.text)) {
    const a = firmAfter(doc, ctx, m.index + m[0].length) ?? actorAfter(ctx, m.index + m[0].length, 6, pattern('transfer.originMarker').test(m[0]));
    const id = endpoint(doc, a, personCountry);
    if (id) return id;
  }
  return undefined;
}

// A preposition with its contracted forms ("à": "au", "aux"), from the language's contraction.<word> patterns.
const contracted = (w: string): string | undefined => activeLanguage().patterns[`contraction.${w}`];
const markerSource = (m: string) => contracted(m) ?? m.replace(/['’]/g, "['’]").replace(/ (\S+)$/u, (x, w: string) => (contracted(w) ? ` (?:${contracted(w)})` : x));

/** The first actor after one of a frame's prepositions ("à", "auprès de", "depuis"), between two offsets. */
export function markedSlot(doc: DocBuilder, ctx: SentenceContext, markers: string[], from: number, to: number, personCountry: Map<string, string>): string | undefined {
  const words = markers.filter((m) => !['subject', 'agent', 'dative', 'object'].includes(m));
  if (!words.length) return undefined;
  const re = new RegExp(`(?<![\\p{L}])(?:${words.map(markerSource).join('|')})(?:\\s+|(?<=['’]))`, 'giu');
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m && m.index < to; m = re.exec(ctx.text)) {
    const a = firmAfter(doc, ctx, m.index + m[0].length) ?? actorAfter(ctx, m.index + m[0].length, 5);
    if (a && a.label !== 'Location' && !(a.via === 'demonym' && /^\p{Ll}/u.test(a.text))) return endpoint(doc, a, personCountry);
    // "auprès d'un consortium de banques mené par X": the side is named by who leads it.
    const led = a ? undefined : ledBy(doc, ctx, m.index + m[0].length, personCountry);
    if (led) return led;
  }
  return undefined;
}

/** The actor right after a verb, its direct object ("ont rejoint la Biélorussie", "approvisionner Addis-Abeba"). */
export function objectAfter(doc: DocBuilder, ctx: SentenceContext, verbEnd: number, personCountry: Map<string, string>): string | undefined {
  // A verb at the end of a clause ("l'a rejoint.") has no object.
  const gap = pattern('transfer.objectGap').exec(ctx.text.slice(verbEnd))?.[0].length;
  if (gap === undefined) return undefined;
  const a = actorMentions(ctx).find((m) => m.start === verbEnd + gap);
  return endpoint(doc, a, personCountry);
}

/** The subject of a noun trigger, skipping the object of a support verb ("soutienne la Russie par des fournitures"). */
export function agentOf(doc: DocBuilder, ctx: SentenceContext, offset: number, clauseStart: number, personCountry: Map<string, string>): { agents: string[]; object?: string } {
  let limit = offset;
  let object: string | undefined;
  for (let guard = 0; guard < 4; guard++) {
    const subj = subjectBefore(ctx, limit, clauseStart);
    if (!subj.length) return { agents: [], object };
    const before = ctx.text.slice(Math.max(0, subj[0].start - 40), subj[0].start);
    if (pattern('transfer.supportVerb').test(before) && !object) {
      object = endpoint(doc, subj[subj.length - 1], personCountry);
      limit = subj[0].start;
      continue;
    }
    return { agents: subj.map((s) => endpoint(doc, s, personCountry)).filter((x): x is string => !!x), object };
  }
  return { agents: [], object };
}

/**
 * A nameless official or body whose nationality names the state: "Le ministre kényan de la Défense a reçu",
 * "un haut responsable serbe aurait livré". The clause must open on that noun phrase, with no actor before the verb.
 */
export function nationalSubject(doc: DocBuilder, ctx: SentenceContext, clauseStart: number, verbStart: number, personCountry: Map<string, string>): string | undefined {
  const d = ctx.mentions.find((m) => m.via === 'demonym' && /^\p{Ll}/u.test(m.text) && m.start >= clauseStart && m.end <= verbStart);
  // "Un haut responsable serbe", "Deux avions militaires turcs": a determiner or a number, then the noun and its adjectives.
  if (!d || !pattern('transfer.nationalSubjectLead', 'iu').test(ctx.text.slice(clauseStart, d.start))) return undefined;
  if (actorMentions(ctx).some((m) => m.start >= clauseStart && m.start < verbStart)) return undefined;
  // The noun phrase ends where the verb group starts: only words of the phrase ("de la Défense") before it.
  if (!pattern('transfer.nationalSubjectRest', 'u').test(ctx.text.slice(d.end, verbStart))) return undefined;
  return countryOfActor(doc, d.id, personCountry);
}

/**
 * The head of a relative in the dative whose subject leads to the verb at `verbStart` ("Le Tchad, auquel la France a
 * livré", "la Serbie, à laquelle la Hongrie a acheté"): a giving verb's receiver, a buying verb's giver.
 */
export function relativeDativeHead(doc: DocBuilder, ctx: SentenceContext, verbStart: number, personCountry: Map<string, string>): string | undefined {
  const actors = actorMentions(ctx).filter((m) => m.end <= verbStart);
  const subject = actors.at(-1);
  if (!subject || !oneChunk(ctx.text, subject.end, verbStart)) return undefined;
  const head = actors.filter((m) => m.end <= subject.start).pop();
  if (!head || !pattern('transfer.relativeDative').test(ctx.text.slice(head.end, subject.start).replace(/^\s*\([^()]*\)/u, '').replace(pattern('transfer.relativeDativeArticle', 'iu'), ''))) return undefined;
  return endpoint(doc, head, personCountry);
}

/**
 * The actor that leads a collective side opening at `at` ("un consortium de banques, mené par la Banque mondiale",
 * "une coalition dirigée par l'Arabie saoudite") or the whole a part opening there belongs to ("une filiale de Rosneft"):
 * the side as Trame can name it.
 */
export function ledBy(doc: DocBuilder, ctx: SentenceContext, at: number, personCountry: Map<string, string>): string | undefined {
  const leader = actorMentions(ctx).find((m) => m.start > at && m.start - at <= 110);
  // "à une filiale de Rosneft", "d'une branche locale de X": a part of a known actor stands for the whole.
  if (leader && pattern('transfer.partOf', 'iu').test(ctx.text.slice(at, leader.start))) return endpoint(doc, leader, personCountry);
  const led = leader ? pattern('transfer.ledBy').exec(ctx.text.slice(at, leader.start)) : null;
  // The collective noun opens right at `at` (past a comma or a preposition's article at most).
  if (!leader || !led || !/^[\s,]*(?:d['’]\s*)?$/u.test(ctx.text.slice(at, at + led.index))) return undefined;
  return endpoint(doc, leader, personCountry);
}
