import type { DocBuilder } from './builder';
import type { SentenceContext } from './context';
import { countryId, isoOf } from './countries';
import { demonymAfter, type ArticleEntities, type EntityMention } from './entities';
import { PERSONS } from './lexicon';
import { ensureNode } from './entities/nodes';
import { fold } from './text';
import { pattern, patternSource, perLanguage } from './syntax/language';
import { readTitle, roleWords } from './role-titles';
import { resolveDescription } from './role-description';
import { bodyOnlyTitles, firmTitles, relationWords } from './relation-words';
import { actorInFocus, bodyInFocus, bodyJustNamed, localBodyInFocus, bodyOfKind, firmInFocus, lastFirm, salient, stateServed, titleHeldIn, type Headline } from './role-focus';

/** A role someone holds: "ministre de la Défense" of Corée du Sud. */
export interface Role {
  title: string;
  holder: string;
}

/** Roles known in the article, by person id (from the text, and the lexicon for resolution only). */
export type RoleIndex = Map<string, Role[]>;

const POST_REMIT = () => pattern('role.postRemit', 'u');
// The body's kind in apposition (role.bodyApposition), filled with the language's kind words (org.companyKind).
const bodyApposition = () => perLanguage('role.bodyApposition', (lang) => new RegExp(patternSource('role.bodyApposition', lang).replace('{kinds}', patternSource('org.companyKind', lang)), 'iu'));
const OF_RE = () => pattern('role.ofRe');
const partyStates = () => perLanguage('role.partyStates', (lang) => new Map(Object.entries(relationWords(lang).titles.partyStates ?? {}).map(([k, v]) => [fold(k), v])));

/** Records that a person holds a role, in the index and in the graph. */
function holdRole(doc: DocBuilder, roles: RoleIndex, personCountry: Map<string, string>, person: string, title: string, holder: string, evidence: string): void {
  const list = roles.get(person) ?? [];
  if (!list.some((r) => r.title === title && r.holder === holder)) list.push({ title, holder });
  roles.set(person, list);
  doc.rel('HOLDS_ROLE', person, holder, [evidence], { title });
  if (!personCountry.has(person)) {
    const iso = isoOf(holder) ?? (doc.nodes.get(holder)?.properties.country as string | undefined);
    if (iso) personCountry.set(person, countryId(iso));
  }
}

/** "auprès de l'Organisation mondiale du commerce, X": the post's remit is a body or state named right after the preposition, whatever its words' case; the span up to it. */
function remitNamed(ctx: SentenceContext, at: number): [string] | null {
  const lead = pattern('role.remitLead', 'iu').exec(ctx.text.slice(at));
  const named = lead ? ctx.mentions.find((x) => x.start === at + lead[0].length && x.label !== 'Person' && pattern('role.remitClose', 'u').test(ctx.text.slice(x.end))) : undefined;
  return named ? [ctx.text.slice(at, named.end)] : null;
}

/** Kinds of armed bodies and movements (a person's name after "de" leads one; an adjective may name one), not a state's government or a firm. */
export const ARMED_KINDS: ReadonlySet<string> = new Set(['military', 'private_military', 'group']);

/** Reads titles next to names and resolves bare titles to the person they describe, the article's `headline` telling its state; returns coreferent mentions. */
export function extractRoles(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, roles: RoleIndex, personCountry: Map<string, string>, headline: Headline): EntityMention[] {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const added: EntityMention[] = [];
  const { TITLE_RE, APPOSED_NAME, RELATIVE_OF, STATE_TITLE, LEADS, LEADS_ROLE, LED_BY, LED_BY_ROLE, LEADER, NAME_THEN_TITLE, FRONTED_LEADER } = roleWords();
  const persons = ctx.mentions.filter((m) => m.label === 'Person');
  let lastHeld: { person: EntityMention; end: number; holder: string; title: string } | undefined;
  // The last title read with no holder, which a coordinated title after it may complete.
  let unheld: { title: string; end: number; person?: EntityMention } | undefined;
  let readTo = 0;
  let readHere: string | undefined;
  // The holder of the last title read with no name, which a title in apposition after it shares ("son homologue ghanéen, le ministre des Finances, X").
  let apposedTo: { holder: string; end: number } | undefined;
  for (const m of text.matchAll(TITLE_RE)) {
    // "le négociateur en chef": a title word inside the words that completed the last title is no new title.
    if (m.index! < readTo) continue;
    const t = readTitle(text, m);
    readTo = t.end;
    // "l'un des dirigeants du Hamas": one of them, a single holder.
    if (t.plural && pattern('role.oneOf').test(text.slice(Math.max(0, t.start - 12), t.start))) t.plural = false;
    // "Son homologue iranien, Ebrahim Raïssi": the counterpart holds the title last read, in another state.
    if (pattern('role.counterpart').test(m[1])) {
      // "Nicolás Maduro et son homologue iranien": the title of the one named just before, else the last title read.
      const partner = persons.filter((p) => p.end <= m.index! && pattern('role.possessiveAfterAnd').test(text.slice(p.end, m.index!))).at(-1);
      const partnerTitle = partner ? (roles.get(partner.id)?.at(-1)?.title ?? PERSONS.get(partner.id)?.roles[0]?.title) : undefined;
      // "Le président vénézuélien a reçu son homologue iranien": else the title read before it in the sentence, held or not.
      const lastTitle = partnerTitle ?? readHere ?? [...roles.values()].flat().at(-1)?.title;
      if (!lastTitle) {
        if (t.demonym) apposedTo = { holder: t.demonym, end: t.end };
        continue;
      }
      // "son homologue marocain de la Pêche": the same post in his state, with the portfolio he is given.
      const portfolio = t.title.slice(m[1].length);
      t.title = portfolio ? lastTitle.replace(pattern('role.portfolioOf', 'u'), '') + portfolio : lastTitle;
    }
    // "Son successeur, X", "X, successeur de Y", "le prédécesseur de Y, X": the post of the one succeeded, in the same body or state.
    let succeeded: Role | undefined;
    if (pattern('role.succession').test(m[1])) {
      const of = persons.find((p) => p.start >= t.end && pattern('role.bodyOfPerson', 'u').test(text.slice(t.end, p.start)));
      const other = of?.id ?? (pattern('role.possessiveBefore').test(text.slice(Math.max(0, t.start - 20), t.start)) ? [...state.personsSeen].reverse().find((id) => roles.has(id) && !persons.some((p) => p.id === id && p.start >= t.end)) : undefined);
      succeeded = other ? roles.get(other)?.at(-1) : undefined;
      if (!succeeded) continue;
      t.title = succeeded.title;
      if (of) t.end = of.end;
    }
    const { start, end, title } = t;
    if (title === 'homologue') {
      if (t.demonym) apposedTo = { holder: t.demonym, end };
      continue;
    }
    readHere = title;
    // "U.S. Secretary of State Jane Roe", "Kenya's foreign minister": where a language names the state before the title.
    const fronted = t.demonym ? undefined : ctx.mentions.filter((x) => (x.label === 'Country' || x.label === 'Organization') && x.end <= start && pattern('role.holderBefore').test(text.slice(x.end, start))).at(-1);
    let holder = succeeded?.holder ?? t.demonym ?? fronted?.id;
    // "le chef de la diplomatie européenne": the body an adjective names, entered in the graph only once someone holds the title.
    const body = !holder ? t.body : undefined;
    if (body) holder = body.id;
    const lead = fronted?.start ?? start;
    // "le ministre ... Kim Yong-Hyun": the name follows the title directly.
    // "le député écologiste X", "la députée PS X": a party word may stand between them.
    let person = persons.find((p) => p.start >= end && (/^\s*$/.test(text.slice(end, p.start)) || pattern('role.partyBetween', 'u').test(text.slice(end, p.start))));
    let tail = end;
    // "La présidente de la Commission européenne, Ursula von der Leyen": the title ends inside the body's name.
    const spanning = holder ? undefined : ctx.mentions.find((x) => x.label === 'Organization' && x.start > start && x.start < end && x.end > end && /^[\p{L}\s'’-]*$/u.test(text.slice(end, x.end)));
    // "La présidente de la Commission, X": the body's short name closes the title.
    const inside = holder || spanning ? undefined : ctx.mentions.find((x) => x.label === 'Organization' && x.start > start && x.end <= end);
    if (inside) holder = inside.id;
    if (spanning) {
      holder = spanning.id;
      tail = spanning.end;
      person ??= persons.find((p) => p.start >= tail && /^\s*$/.test(text.slice(tail, p.start)));
    }
    if (!holder) {
      // "le secrétaire général de l'Otan", "directeur d'une société d'analyse Korea Risk Group".
      const of = OF_RE().exec(text.slice(end));
      if (of) {
        // A back-reference may carry its article ("de la junte"): it starts inside the preposition; the body is in the same phrase, before any comma.
        const org = ctx.mentions.find((x) => (x.label === 'Organization' || x.label === 'Country') && x.via !== 'demonym' && x.start >= end && x.end > end + of[0].length && x.start - (end + of[0].length) <= 40 && !/[,;:()«»]/u.test(text.slice(end + of[0].length, x.start)));
        // "du gouvernement japonais", "de la diplomatie russe": the body of a state stands for the state.
        // "du Parlement iranien", "de l'Assemblée nationale vénézuélienne": an institution with no entry of its own stands for its state too.
        const dem = org ? undefined : ctx.mentions.find((x) => x.via === 'demonym' && x.start >= end + of[0].length && x.start - (end + of[0].length) <= 30 && /^(?:\p{Lu}[\p{Ll}-]+\s+)?[\p{Ll}\s'’-]*$/u.test(text.slice(end + of[0].length, x.start)));
        if (org) {
          holder = org.id;
          tail = org.end;
        } else if (dem) {
          // "du groupe français", "de l'institut sénégalais": a body already named whose name or kind holds the noun, not the state.
          holder = bodyOfKind(doc, state, text.slice(end + of[0].length, dem.start), dem.id) ?? dem.id;
          tail = dem.end;
        }
        // "porte-parole du gouvernement," with no state named: the government of the state in focus.
        else {
          const stateBody = pattern('role.stateBody', 'u').exec(text.slice(end));
          // ... the last state that spoke ("Le Niger a annoncé ... « ... », a précisé le porte-parole du gouvernement"), else the
          // article's state, not the last subject ("La Russie a promis ... », a déclaré le porte-parole du gouvernement").
          // "La marine thaïlandaise ... l'amiral X, alors commandant de la marine": first the state of that body, if the article named it.
          const named = stateBody ? bodyOfKind(doc, state, stateBody[1]) : undefined;
          const home = named ? doc.nodes.get(named)?.properties.country : undefined;
          const focus = stateBody ? ((home ? countryId(String(home)) : undefined) ?? state.lastSpeaker ?? salient(doc, headline, state.countryRecency, state.lastSubject)) : undefined;
          if (stateBody && focus && doc.nodes.has(focus)) {
            holder = focus;
            tail = end + stateBody[0].length;
          }
        }
      }
    }
    if (!holder && apposedTo && pattern('role.apposedTitle', 'iu').test(text.slice(apposedTo.end, start))) holder = apposedTo.holder;
    // "L'ambassadeur de France à Rome, Paul Martin", "Le représentant spécial de l'ONU pour la Libye, X", "l'envoyé américain chargé du Soudan, X": the post's town or remit sits between the holder and the name.
    const nameNext = persons.some((p) => p.start >= tail && /^\s*$/.test(text.slice(tail, p.start)));
    const post = holder && !nameNext ? POST_REMIT().exec(text.slice(tail)) ?? remitNamed(ctx, tail) : null;
    if (post) tail += post[0].length;
    // "Le directeur de Minera Andina, société chilienne, Pablo Rojas": what the body is stands between it and the name.
    const kind = holder && !post && !nameNext ? bodyApposition().exec(text.slice(tail)) : null;
    if (kind) tail += kind[0].length;
    // "Le commandant en chef des forces armées, X": a complement that names no one completes the post; the name follows it.
    const plain = !holder && !person ? pattern('role.plainComplement', 'u').exec(text.slice(tail)) : null;
    // "le président de la coopérative, X": a body's kind noun names a body already named, never the state in focus.
    let bodyNoun = false;
    if (plain && !ctx.mentions.some((x) => x.start >= tail && x.start < tail + plain[0].length)) {
      const noun = pattern('role.bodyNoun', 'iu').exec(plain[0]);
      if (noun) {
        bodyNoun = true;
        holder = bodyOfKind(doc, state, noun[1]);
      } else if (!STATE_TITLE.test(title)) holder = bodyInFocus(doc, ctx, start);
      tail += plain[0].length;
    }
    // "Le Premier ministre nommé par la junte, X": who appointed the holder is no part of the post.
    const appointed = !person ? pattern('role.appointedBy', 'u').exec(text.slice(tail)) : null;
    if (appointed) tail += appointed[0].length;
    if (!person) {
      // "Le secrétaire général de l'Otan, Mark Rutte, a déclaré" -- but in "La sœur du dirigeant
      // nord-coréen, Kim Yo-jong" the title belongs to someone else (it follows "du").
      const genitive = RELATIVE_OF.test(text.slice(Math.max(0, start - 40), start));
      if (!genitive) person = persons.find((p) => p.start >= tail && (APPOSED_NAME.test(text.slice(tail, p.start)) || (tail > end && /^\s+$/.test(text.slice(tail, p.start)))));
    }
    if (!person) {
      // "Andrei Lankov, directeur d'une société ...": the name precedes the title.
      person = [...persons].reverse().find((p) => p.end <= lead && NAME_THEN_TITLE.test(text.slice(p.end, lead)));
    }
    // "X est chercheuse au Centre Y et ancienne conseillère du ministère Z": a coordinated title is the same person's.
    if (!person && lastHeld && pattern('role.andFormer').test(text.slice(lastHeld.end, start)) && !persons.some((p) => p.start > lastHeld!.end && p.end <= start)) person = lastHeld.person;
    // "Son porte-parole, Dmitri Peskov", "la porte-parole de sa diplomatie": the actor in focus.
    const possessive = pattern('role.possessiveBefore').exec(text.slice(Math.max(0, start - 20), start)) ?? (!holder ? pattern('role.ofPossessive').exec(text.slice(end)) : null);
    if (!holder && possessive) {
      // "…, confirme l'OMS. Son directeur, Y": with no subject to point to, the body the sentence before ended on, unless under a preposition;
      // "La société X a livré ... Elle ... Son directeur général, Y": else a firm's title points to the firm last named.
      // "…, par l'intermédiaire de l'office Ghana Grains. Son directeur, X": a title no state gives is the body's just named, under a preposition or not.
      // "Marie Dubois : Notre directeur financier, X": in an interview's answer, the body the one speaking holds a post in.
      const speaker = pattern('role.ownPossessive').test(fold(possessive[1])) ? persons.find((p) => p.start <= 2 && p.end <= start && pattern('role.speakerLabel').test(text.slice(p.end))) : undefined;
      holder = (speaker ? roles.get(speaker.id)?.at(-1)?.holder : undefined)
        ?? actorInFocus(ctx, start, pattern('role.pluralPossessive').test(fold(possessive[1])), true) ?? state.lastSubject ?? state.lastActor ?? (firmTitles().has(fold(title)) ? lastFirm(doc, state) : undefined);
      // "Le Ghana a acheté du riz par l'intermédiaire de la société X. Son directeur, Y": a title no state gives, pointing to a state, is the body's just named.
      if (holder?.startsWith('country:') && !STATE_TITLE.test(title) && bodyOnlyTitles().has(fold(title))) holder = bodyJustNamed(doc, ctx, start) ?? holder;
      // "la porte-parole de sa diplomatie, Maria Zakharova": the name follows the possessive complement.
      if (pattern('role.ofStart').test(possessive[0])) tail = Math.max(tail, end + possessive[0].length);
      // "son directeur pour le Nigeria, Jan Smit": the post's remit sits between the title and the name.
      const remit = holder && !person ? POST_REMIT().exec(text.slice(tail)) : null;
      if (remit) tail += remit[0].length;
      if (!person) person = persons.find((p) => p.start >= tail && APPOSED_NAME.test(text.slice(tail, p.start)));
    }
    // "Orano, dont le directeur général Nicolas Maes": the body or state right before "dont" holds the title.
    if (!holder) holder = ctx.mentions.filter((x) => (x.label === 'Organization' || x.label === 'Country') && x.via !== 'demonym' && x.end <= start && pattern('role.whoseBefore', 'iu').test(text.slice(x.end, start))).at(-1)?.id;
    // "Le président Emmanuel Macron": the lexicon knows whose president he is.
    // "les ministres de la Défense russe, Sergueï Choïgou, et biélorusse, Viktor Khrenine".
    if (t.plural && holder) {
      // "Les présidents kényan et tanzanien, William Ruto et Samia Suluhu Hassan": holders, then their names in the same order.
      const holders = [holder];
      let after = end;
      for (let next = pattern('role.andThen').exec(text.slice(after)); next; next = pattern('role.andThen').exec(text.slice(after))) {
        const d = demonymAfter(text, after + next[0].length - 1);
        if (!d) break;
        holders.push(d.id);
        after = d.end;
      }
      const first = holders.length > 1 ? persons.find((x) => x.start >= after && /^\s*,\s*$/.test(text.slice(after, x.start))) : undefined;
      if (first) {
        let p: EntityMention | undefined = first;
        for (const h of holders) {
          if (!p) break;
          holdRole(doc, roles, personCountry, p.id, title, h, sid);
          const q: EntityMention = p;
          p = persons.find((x) => x.start >= q.end && pattern('role.andThen').test(text.slice(q.end, x.start)) && /^[^,]*$/.test(text.slice(q.end, x.start)));
        }
        continue;
      }
      let pos = end;
      let h: string | undefined = holder;
      for (let k = 0; k < 4 && h; k++) {
        const p = persons.find((x) => x.start >= pos && /^\s*,\s*$/.test(text.slice(pos, x.start)));
        if (!p) break;
        holdRole(doc, roles, personCountry, p.id, title, h, sid);
        const next = pattern('role.andThen').exec(text.slice(p.end));
        const d = next ? demonymAfter(text, p.end + next[0].length - 1) : undefined;
        h = d?.id;
        pos = d?.end ?? pos;
      }
      continue;
    }
    // "l'analyste John Smith, du groupe de réflexion RAND": the body follows the name.
    if (!holder && person && person.start >= end) {
      const of = pattern('role.ofAfterComma').exec(text.slice(person.end));
      const org = of ? ctx.mentions.find((x) => x.label === 'Organization' && x.start >= person!.end + of[0].length && x.start - (person!.end + of[0].length) <= 30) : undefined;
      if (org) holder = org.id;
    }
    // "le roi Abdallah II de Jordanie", "le président Ruto du Kenya": the state right after a name that follows its title.
    if (!holder && person && person.start >= end && /^\s+$/u.test(text.slice(end, person.start))) {
      const of = pattern('role.stateAfterName', 'u').exec(text.slice(person.end));
      const at = of ? person.end + of[0].length : -1;
      const named = of ? ctx.mentions.find((x) => x.label === 'Country' && x.via !== 'demonym' && x.start >= at && x.start <= at + 1) : undefined;
      if (named) holder = named.id;
    }
    // "La sénatrice démocrate Jane Roe": a party word only one state's parties use names the state.
    const party = !holder && person && person.start > end ? partyStates().get(fold(text.slice(end, person.start).trim())) : undefined;
    if (party && person) {
      ensureNode(doc, party, 'Country');
      doc.mention(party, ctx.sentence, end + text.slice(end).search(/\S/u), person.start - 1);
      holder = party;
    }
    if (!holder && person && !bodyNoun) {
      const known = PERSONS.get(person.id)?.roles.find((r) => fold(r.title) === fold(title) || fold(r.title).startsWith(fold(title)));
      holder = known ? (known.country ? countryId(known.country) : known.org) : undefined;
      if (holder && !doc.nodes.has(holder)) holder = undefined;
      // "le commissaire X", "en présence du chancelier X": a title only some bodies or states give, held in the one the article named last;
      // not with a named complement the title reader left ("chancelier de l'Échiquier" is another post).
      if (!pattern('role.unreadComplement', 'u').test(text.slice(end))) holder ??= titleHeldIn(state, title);
      // "Le directeur financier, X": a title only a firm gives, no firm named, is the firm in focus's.
      if (!holder && firmTitles().has(fold(title))) holder = firmInFocus(doc);
      // "L'État de São Paulo a financé l'usine, a rappelé le gouverneur, X": a governor with no body named serves the region or province in focus.
      if (!holder && pattern('role.localTitle', 'iu').test(title)) holder = localBodyInFocus(doc, ctx, start);
      // "Le Premier ministre Narendra Modi": a state's title with no state named is held in the state in focus.
      if (!holder && STATE_TITLE.test(title)) holder = stateServed(doc, ctx, state, headline, personCountry, { person, title, start, end, tail, plural: t.plural, lastHeld });
    }
    if (!holder) {
      // Only a state's title waits for its holder: "ancienne diplomate et chercheuse à l'Institut X" names no diplomat of the institute.
      unheld = STATE_TITLE.test(title) ? { title, end: tail, person } : undefined;
      continue;
    }
    const enterBody = () => {
      if (!body || holder !== body.id) return;
      ensureNode(doc, body.id, 'Organization');
      doc.mention(body.id, ctx.sentence, body.start, body.end);
    };
    if (person) {
      enterBody();
      holdRole(doc, roles, personCountry, person.id, title, holder, sid);
      // "vice-Premier ministre et ministre de la Défense de la Pologne": two coordinated titles share the holder named after the second.
      if (unheld && pattern('role.titleAnd', 'iu').test(text.slice(unheld.end, start))) holdRole(doc, roles, personCountry, (unheld.person ?? person).id, unheld.title, holder, sid);
      unheld = undefined;
      lastHeld = { person, end: tail, holder, title };
      continue;
    }
    apposedTo = { holder, end: tail };
    // "Président depuis 2015 du Parti X, une formation centriste, Nowak a d'abord été ministre": a fronted title, then its subject.
    const opens = !t.plural && !text.slice(0, lead).trim();
    const subject = opens ? persons.find((p) => p.start > tail) : undefined;
    if (subject && /,\s*$/u.test(text.slice(tail, subject.start)) && pattern('role.subjectVerb', 'iu').test(text.slice(subject.end))) {
      enterBody();
      holdRole(doc, roles, personCountry, subject.id, title, holder, sid);
      continue;
    }
    // "Président du Venezuela depuis 2013, il a succédé à Hugo Chávez": a fronted title, then a pronoun for the person last named.
    const namedLater = (id: string) => persons.some((p) => p.id === id && p.start > lead);
    const pronounHolder = opens ? [...state.personsSeen].reverse().find((id) => !namedLater(id)) : undefined;
    if (pronounHolder && pattern('role.frontedPronoun', 'u').test(text.slice(tail))) {
      enterBody();
      holdRole(doc, roles, personCountry, pronounHolder, title, holder, sid);
      continue;
    }
    // A bare description is a second mention of someone already named.
    if (t.plural || !pattern('role.definiteBefore').test(text.slice(Math.max(0, lead - 16), lead))) continue;
    const ref = resolveDescription(title, holder, roles, state, { doc, sentence: ctx.sentence.index, personCountry, relative: pattern('role.descriptionRelative', 'u').test(text.slice(tail)) });
    if (!ref) continue;
    enterBody();
    holdRole(doc, roles, personCountry, ref, title, holder, sid);
    const span = { id: ref, label: 'Person' as const, via: 'coref' as const, start, end, text: text.slice(start, end), from: -1, to: -1 };
    doc.mention(ref, ctx.sentence, start, end);
    added.push(span);
  }
  // "Min Aung Hlaing, qui dirige la junte": the one who leads a body is its chief.
  for (const d of text.matchAll(LEADS)) {
    const at = d.index!;
    const after = at + d[0].length;
    // "Il dirige le Pérou": a subject pronoun is the person last named.
    const pronoun = pattern('role.pronounSubject', 'u').test(text.slice(0, at)) ? state.personsSeen.at(-1) : undefined;
    let leader = persons.filter((p) => p.end <= at && pattern('role.relativeGap').test(text.slice(p.end, at))).at(-1)?.id ?? pronoun;
    // "L'Otan, que dirige X", "la Cédéao, que préside depuis mars X": the relative turned round, the body before "que", its head after the verb.
    if (!leader && d[1] && pattern('role.invertedRelative').test(text.slice(0, at))) {
      const named = persons.find((p) => p.start >= after && pattern('role.invertedGap', 'u').test(text.slice(after, p.start)));
      const head = named ? ctx.mentions.filter((x) => (x.label === 'Organization' || x.label === 'Country') && x.via !== 'demonym' && x.end <= at && pattern('role.invertedRelative').test(text.slice(x.end, at))).at(-1) : undefined;
      if (named && head) holdRole(doc, roles, personCountry, named.id, LEADS_ROLE.get(fold(d[1])) || LEADER, head.id, sid);
      continue;
    }
    // "X succède à Y à la tête de Z": Y is who led before; the one who leads now is the subject.
    const predecessor = persons.find((p) => p.id === leader && pattern('role.predecessorBefore').test(text.slice(Math.max(0, p.start - 20), p.start)));
    if (predecessor) leader = persons.filter((p) => p.end <= predecessor.start).at(-1)?.id;
    // "qui dirige la junte": a body pointed back to starts at its article, inside the match; "dirige le groupe X": a kind noun may come first.
    // "qui dirige le service des exportations de Minerco": a unit of a body; the post is held at the body.
    const body = ctx.mentions.find((x) => (x.label === 'Organization' || x.label === 'Country') && x.via !== 'demonym' && x.start >= at + 5 && (x.start - after <= 4 || /^[\p{Ll}-]+\s+$/u.test(text.slice(after, x.start))))
      // Only after a whole verb: "préside" inside "présidente de Petrobras" is no verb.
      ?? (/[\s'’]$/u.test(d[0]) ? ctx.mentions.find((x) => x.label === 'Organization' && x.via !== 'demonym' && x.start > after && pattern('role.unitOf', 'u').test(text.slice(after, x.start))) : undefined);
    // "À la tête de l'OSCE depuis 2024, Jane Roe a ...": the phrase opens the sentence, the leader is its subject.
    // "Nommé à la tête de l'Otan en 2024, X", "11h02 — Élue à la tête de …, X": a participle or a live blog's time may come first.
    if (!leader && body && pattern('role.frontedOpen', 'iu').test(text.slice(0, at))) leader = persons.find((p) => p.start > body.end && FRONTED_LEADER.test(text.slice(body.end, p.start)))?.id;
    if (leader && body) holdRole(doc, roles, personCountry, leader, (d[1] && LEADS_ROLE.get(fold(d[1]))) || LEADER, body.id, sid);
  }
  for (const f of text.matchAll(LED_BY)) {
    const at = f.index!;
    const after = at + f[0].length;
    const founder = persons.find((p) => p.start >= after && p.start - after <= 3);
    // "le Ghana, alors présidé par X": a state, only with the participle in apposition right after it.
    const body = ctx.mentions.filter((m) => m.end <= at && (m.label === 'Organization' ? /^[^.;:]{0,40}$/u.test(text.slice(m.end, at)) : m.label === 'Country' && m.via !== 'demonym' && pattern('role.stateApposed', 'iu').test(text.slice(m.end, at)))).at(-1);
    if (!founder || !body) continue;
    holdRole(doc, roles, personCountry, founder.id, LED_BY_ROLE.get(fold(f[1])) ?? LEADER, body.id, sid);
    // "coprésidée par A et B": the one coordinated right after holds the same post.
    const second = persons.find((p) => p.start > founder.end && pattern('role.titleAnd', 'iu').test(text.slice(founder.end, p.start)));
    if (second) holdRole(doc, roles, personCountry, second.id, LED_BY_ROLE.get(fold(f[1])) ?? LEADER, body.id, sid);
  }
  // "les Forces de soutien rapide (FSR) de Mohamed Hamdan Daglo": an armed group named with a person's name after "de" is led by that person.
  for (const body of ctx.mentions.filter((m) => m.label === 'Organization' && ARMED_KINDS.has(String(doc.nodes.get(m.id)?.properties.kind ?? '')))) {
    const leader = persons.find((p) => p.start > body.end && pattern('role.bodyOfPerson', 'u').test(text.slice(body.end, p.start)));
    // Only the edge: the reading is weaker than a title, so "le chef des FSR" later is not resolved to this person on its strength.
    if (leader) doc.rel('HOLDS_ROLE', leader.id, body.id, [sid], { title: LEADER });
  }
  return added;
}

/** Adds coreferent mentions to a sentence, replacing the demonym adjectives they contain. */
export function mergeMentions(ctx: SentenceContext, extra: EntityMention[]): void {
  if (!extra.length) return;
  ctx.mentions = ctx.mentions.filter((m) => !extra.some((e) => m.start >= e.start && m.end <= e.end)).concat(extra).sort((a, b) => a.start - b.start);
}
