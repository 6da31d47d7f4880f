import names from '../../data/lexicon/names.json';
import orgData from '../../data/lexicon/organizations.json';
import type { DocBuilder } from './builder';
import { isoOf } from './countries';
import type { ArticleEntities, Push } from './entities';
import { isGoodsName } from './goods';
import { entityId } from './ids';
import { GAZETTEER, PERSONS } from './lexicon';
import { allTitles, bodyOnlyTitles, firmTitles, relationWords } from './relation-words';
import { alternationOf } from './syntax/alternation';
import { claimPatterns } from './claims/patterns';
import { activeLanguage, pattern, patternSource, perLanguage, type Language } from './syntax/language';
import { adjacent, fold, isCapitalized, tokenize, type Token } from './text';

/** First names, folded (names.json). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(names.firstNames.map(fold));
/** Capitalised words that are no name (names.json notNames), folded. */
export const NOT_NAMES: ReadonlySet<string> = new Set(names.notNames.map(fold));
const ORG_HEADS = new Set(names.orgHeads.map(fold));
const ORG_SUFFIXES = new Set(names.orgSuffixes.map(fold));
const MILITARY_SUFFIXES = new Set(names.militarySuffixes.map(fold));
const RESEARCH_SUFFIXES = names.researchSuffixes.map(fold);
const MEDIA_SUFFIXES = new Set(names.mediaSuffixes.map(fold));
const GLUED_SUFFIXES = names.gluedOrgSuffixes.map(fold);

/** A word that ends a firm's name: "Industries", "Bank", or one with a firm's suffix glued on ("Afreximbank"). */
export function isCompanySuffix(key: string): boolean {
  return ORG_SUFFIXES.has(key) || GLUED_SUFFIXES.some((s) => key.length > s.length + 2 && key.endsWith(s));
}
// "le mouvement Ansar Allah", "l'organisation néerlandaise Pax": a body's kind before its name.
const NAME_HEADS = new Set(orgData.patterns.nameHeads.map(fold));
/** Words that open a body's name ("Commission", "Fondation"), folded (organizations.json heads). */
export const BODY_HEADS: ReadonlySet<string> = new Set(orgData.patterns.heads.map(fold));
// The titles and ranks of the article's language (French data/lexicon/titles.json, English data/lang/en/relations.json).
const titlesOf = (lang: Language) => [...allTitles(lang), ...relationWords(lang).titles.ranks];
// "le président Maduro", "le général vénézuélien Padrino": a title or rank right before a lone surname.
// A firm's title ends on its board's name ("président du conseil de surveillance"): only its head word counts.
const titleWords = () =>
  perLanguage('person.titleWords', (lang) => {
    const firm = firmTitles(lang);
    return new Set(titlesOf(lang).map((t) => (firm.has(fold(t)) ? fold(t).split(' ')[0] : fold(t).split(' ').at(-1)!)).filter((w) => w.length > 3));
  });
// "National Security Adviser Jake Sullivan", "Foreign Minister Naledi Pandor": a whole title of the language capitalised before a name.
const titlePhrases = () => perLanguage('person.titlePhrases', (lang) => new Set(titlesOf(lang).map((t) => fold(t).replace(/-/g, ' '))));
// Any title of the lexicon, or a rank, after the name and a comma ("Jane Roe, alors présidente de ...", "John Doe, rapporteur spécial ...").
function titleHeads(lang: Language): string {
  const extra = lang.patterns['person.extraTitles']?.split('|') ?? [];
  const notHead = pattern('person.notTitleHead', 'iu', lang);
  const heads = [...new Set([...titlesOf(lang), ...extra].map((t) => t.split(' ')[0]))].filter((w) => !notHead.test(w));
  return alternationOf(heads, { apostrophes: false });
}
// A name at the head of a sentence is a person when a title in apposition, an age ("X, 45 ans,") or a verb of speech or action follows it.
const actsNext = () =>
  perLanguage('person.actsNext', (lang) => {
    const src = (name: string) => patternSource(name, lang);
    return new RegExp(
      `^\\s*(?:,\\s*(?:${src('person.relativeLead')}|(?:${src('person.appositionLead')}\\s*){0,2}(?:${titleHeads(lang)})(?![\\p{L}]))|\\s+${src('person.actsVerb')}\\s|${src('person.age')}|${src('person.vocative')}|${src('person.coordination')})`,
      'iu',
    );
  });
const PLACE_HEADS = new Set(names.placeHeads.map(fold));
const PLACE_NOUNS = new Set(names.placeNouns.map(fold));
// "X, dit Hemedti", "X (alias Abou Ali)", "X, plus connu sous le nom de Hemedti": pattern person.nickname.
// "Le chef des FSR, Hemedti,": a title phrase right before the comma.
const titleBefore = () =>
  perLanguage('person.titleBefore', (lang) => new RegExp(`(?:^|[\\s'’])${patternSource('person.titleDeterminer', lang)}\\s*(?:${titleHeads(lang)})(?![\\p{L}])[^,;.«»]{0,50}$`, 'iu'));
// "Hemedti, le chef des FSR, a démenti": a lone name opening a clause, then a title in apposition.
const titleAfter = () =>
  perLanguage('person.titleAfter', (lang) => new RegExp(`^\\s*,\\s*(?:${patternSource('person.appositionLead', lang)}\\s*){0,2}(?:${titleHeads(lang)})(?![\\p{L}])[^,;.«»]{0,60},`, 'iu'));
const INNER_APOSTROPHE = /^['’]\p{Ll}{1,3}(?![\p{L}'’])/u;
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;

// "le cargo Ocean Star", "l'atoll Second Thomas", "le gazoduc Force de Sibérie": a named thing, not a person.
/** Kinds of named things ("le gazoduc", "l'opération"), folded (names.json thingHeads). */
export const THING_HEADS: ReadonlySet<string> = new Set(names.thingHeads.map(fold));

// "al-Sarraj", "el-Sissi", "ben-Gvir": an Arabic or Hebrew article glued to a capitalised name (person.gluedParticle).
const gluedParticle = () => pattern('person.gluedParticle', 'u');

function isNameToken(t: Token): boolean {
  if (gluedParticle().test(t.text)) return true;
  return isCapitalized(t.text) && /^[\p{L}][\p{L}'’-]*$/u.test(t.text) && !NOT_NAMES.has(t.key) && t.text !== t.text.toUpperCase();
}

/** "van der", "bin", and a capitalised "Le" inside a name ("Jean-Yves Le Drian"). */
function isParticle(t: Token): boolean {
  return pattern('person.particle', '').test(t.key) || (isCapitalized(t.text) && pattern('person.capitalParticle', '').test(t.key));
}

/** "van der Knaap", "von den Berg": two particles that go together, then a name (person.particlePair), at `j`. */
function particlePairAt(tokens: Token[], taken: boolean[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && j + 2 < tokens.length && !taken[j + 1] && !taken[j + 2] && pattern('person.particlePair', '').test(`${tokens[j].key} ${next.key}`) && isNameToken(tokens[j + 2]);
}

/** "Brot für die Welt", "Friends of the Earth": one or two foreign function words (person.foreignJoin) between capitalised words of one name, at `j`. */
function foreignJoinAt(text: string, tokens: Token[], taken: boolean[], j: number): boolean {
  const joins = (k: number) => k < tokens.length && !taken[k] && pattern('person.foreignJoin', '').test(tokens[k].text) && adjacent(text, tokens[k - 1], tokens[k]);
  const nameAt = (k: number) => k < tokens.length && !taken[k] && isNameToken(tokens[k]) && adjacent(text, tokens[k - 1], tokens[k]);
  return joins(j) && (nameAt(j + 1) || (joins(j + 1) && nameAt(j + 2)));
}

/** "O'Sullivan", "D'Souza" inside a name: how many tokens from `k` spell a capital and an apostrophe glued to a capitalised name word (0 when none, or when a token after `k` is taken). */
function apostropheName(tokens: Token[], taken: boolean[], k: number): number {
  if (taken[k + 1] || taken[k + 2]) return 0;
  const [c, q, w] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  // The elision reader keeps "D'" as one token; "O" and "'" come apart.
  if (q && /^\p{Lu}['’]$/u.test(c.text) && isNameToken(q) && c.end === q.start) return 2;
  return w && /^\p{Lu}$/u.test(c.text) && /^['’]$/u.test(q.text) && isNameToken(w) && c.end === q.start && q.end === w.start ? 3 : 0;
}

/** "J. D. Vance", "Robert F. Kennedy": how many tokens from `k` spell initials (a capital and its full stop, maybe repeated) before a name word; 0 when none. */
function initialsAt(tokens: Token[], taken: boolean[], k: number): number {
  let j = k;
  // "M. Okafor": a courtesy title is a cue, not an initial.
  while (j + 2 < tokens.length && /^\p{Lu}$/u.test(tokens[j].text) && !pattern('person.cue', '').test(tokens[j].key) && tokens[j + 1].text === '.' && tokens[j].end === tokens[j + 1].start && !taken[j + 2]) j += 2;
  return j > k && j < tokens.length && isNameToken(tokens[j]) ? j - k : 0;
}

/** "l'ambassadeur de Chine, Du Xiaohui, a réfuté": a capitalised particle opening a name apposed to a title is its first word. */
function apposedParticle(text: string, tokens: Token[], k: number): boolean {
  const [prev, next] = [tokens[k - 1], tokens[k + 1]];
  return !!prev && !!next && prev.text === ',' && isCapitalized(tokens[k].text) && pattern('person.capitalParticle', '').test(tokens[k].key) && isNameToken(next) && adjacent(text, tokens[k], next) && titleBefore().test(text.slice(Math.max(0, prev.start - 60), prev.start));
}


/** Capitalised name sequences, names after "M."/"Mme", and institutes named by their suffix. */
export function recognizePeople(text: string, tokens: Token[], taken: boolean[], doc: DocBuilder, state: ArticleEntities, push: Push, countryWord: (key: string) => string | undefined = () => undefined): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const initials = initialsAt(tokens, taken, i);
    if (!(isNameToken(tokens[i]) || apposedParticle(text, tokens, i) || initials)) continue;
    let j = i + (initials || 1);
    // "le Manila Times": a capitalised company or outlet suffix closes the name even when it never names a person.
    // "Procter & Gamble": "&" joins two capitalised words of one name (joins(j): the "&" itself; joins(j - 1): the word after it).
    const joins = (k: number) => tokens[k].text === '&' && k + 1 < tokens.length && !taken[k + 1] && isCapitalized(tokens[k + 1].text) && adjacent(text, tokens[k], tokens[k + 1]);
    // "David O'Sullivan": a capital, an apostrophe and a capitalised word glued together are one word of the name.
    const apostrophed = (k: number) => apostropheName(tokens, taken, k);
    // A step over initials or an apostrophed word spans several tokens.
    const step = (k: number) => initialsAt(tokens, taken, k) || apostrophed(k);
    while (j < tokens.length && !taken[j] && adjacent(text, tokens[j - 1], tokens[j]) && (step(j) > 0 || isNameToken(tokens[j]) || (isCapitalized(tokens[j].text) && isCompanySuffix(tokens[j].key)) || (isParticle(tokens[j]) && j + 1 < tokens.length && !taken[j + 1] && isNameToken(tokens[j + 1])) || particlePairAt(tokens, taken, j) || foreignJoinAt(text, tokens, taken, j) || joins(j) || joins(j - 1))) j += step(j) || 1;
    // "President Gustavo Petro", "Defence Minister Mariusz Błaszczak": capitalised titles before a name are no part of it.
    let titled = false;
    const phrase = leadingTitlePhrase(tokens, i, j);
    if (phrase) {
      i += phrase;
      titled = true;
    }
    while (j - i >= 2 && pattern('person.leadingTitle', '').test(tokens[i].key)) {
      i++;
      titled = true;
    }
    // "le roi Abdallah II", "Mohammed VI": a regnal number closes the name.
    const regnal = j < tokens.length && !taken[j] && REGNAL.test(tokens[j].text) && adjacent(text, tokens[j - 1], tokens[j]);
    if (regnal) j++;
    const span = tokens.slice(i, j);
    const prev = tokens[i - 1];
    // "DP World", "BAE Systems": an acronym glued before the capitalised words opens a body's name.
    const lead = prev && !taken[i - 1] && /^\p{Lu}{2,5}$/u.test(prev.text) && !NAME_HEADS.has(prev.key) && adjacent(text, prev, tokens[i]) ? i - 1 : i;
    // "Réponse de Majed al-Ansari :", "Visite de Vladimir Poutine": a capitalised noun opening a clause governs the full name after "de".
    if (span.length >= 4 && pattern('person.nounOf', '').test(span[1].key) && !FIRST_NAMES.has(span[0].key) && (!prev || /^[:«“"(—–-]$/.test(prev.text))) continue;
    // "M. Lankov": the cue and its period are two tokens before the name.
    const cue = pattern('person.cue', '');
    const afterCue = titled || (!!prev && ((prev.text === '.' && i >= 2 && cue.test(tokens[i - 2].key)) || (cue.test(prev.key) && !pattern('person.bareCue', '').test(prev.key))));
    const last = span[span.length - 1];
    // Skip a nationality word back to the kind: "l'organisation néerlandaise Pax".
    let kindAt = lead - 1;
    if (kindAt >= 1 && /^\p{Ll}/u.test(tokens[kindAt].text) && countryWord(tokens[kindAt].key)) kindAt--;
    // "Belaruski Hajun, un collectif de militants": the apposition says what the name is.
    const apposed = pattern('person.apposedKind', 'u').exec(text.slice(last.end));
    const kindWord0 = apposed && [apposed[1], apposed[2]].find((w) => w && NAME_HEADS.has(fold(w)));
    // "Dirigée par Hemeti, la milice contrôle ...": after a fronted phrase a definite noun past the comma is the clause's subject;
    // "Selon Belaruski Hajun, un collectif de militants, ...": an indefinite one still describes the name.
    // Read only when an apposition names a kind: the lead test scans the whole sentence before the name.
    const described = !!kindWord0 && !(pattern('person.subjectAfterFronted', 'iu').test(text.slice(last.end)) && pattern('person.frontedLead', 'iu').test(text.slice(0, tokens[lead].start)));
    // "le général de brigade Mohammad Reza Ashtiani": a rank's complement is no body's kind.
    const rank = kindAt >= 2 && pattern('person.rankOf', '').test(tokens[kindAt - 1].key) && titleWords().has(tokens[kindAt - 2].key);
    // "du think tank Gulf Horizons": a kind of two words before the name.
    const twoWordKind = kindAt >= 1 && /^\p{Ll}/u.test(tokens[kindAt - 1].text) && adjacent(text, tokens[kindAt - 1], tokens[kindAt]) ? `${tokens[kindAt - 1].key} ${tokens[kindAt].key}` : '';
    const kindKey = twoWordKind && NAME_HEADS.has(twoWordKind) ? twoWordKind : kindAt >= 0 ? tokens[kindAt].key : '';
    // "analyste chez Control Risks": after a trade noun, "chez" names the employer, a body; "chez Vladimir Poutine" keeps its person.
    // "chercheur au Carnegie Endowment", "analyste à la Brookings": "au" or "à" and an article after a title word name the employer too.
    const unknownName = !FIRST_NAMES.has(span[0].key) && !PERSONS.has(entityId('person', text.slice(span[0].start, last.end)));
    const employer = unknownName && ((kindAt === i - 1 && kindAt >= 1 && pattern('person.employerOf', '').test(tokens[kindAt].key) && /^\p{Ll}/u.test(tokens[kindAt - 1].text)) || employedAt(tokens, lead));
    // "le PDG de Sonatrach", "l'administrateur délégué d'Eni": a firm's title before "de" names a firm, never a person.
    // "le français Orano", "au canadien Cameco": a nationality word in lower case used as a noun names a firm (a person's is capitalised).
    const nationality = unknownName && lead >= 2 && /^\p{Ll}/u.test(tokens[lead - 1].text) ? countryWord(tokens[lead - 1].key) : undefined;
    const nationalFirm = nationality && pattern('person.firmDeterminer', '').test(tokens[lead - 2].key) ? nationality : undefined;
    // A name joined by "&" is a firm's, never a person's.
    const firm = (unknownName && (!!nationalFirm || titledFirm(tokens, lead))) || span.some((t) => t.text === '&');
    // "le gouverneur du Texas", "le président de la Calabre": a region or a federated state, a body that governs.
    // ... not a body named by its head alone ("le président de la Commission") nor the state ("de la République").
    const region = unknownName && !firm && j - lead === 1 && !BODY_HEADS.has(span[0].key) && !pattern('person.notRegion', '').test(span[0].key) && titledRegion(tokens, lead);
    // "l'ONG Sauvons les Enfants": a kind word in lower case, or an acronym ("ONG"), before the name.
    const kindWord = kindAt >= 0 ? tokens[kindAt].text : '';
    if (described || employer || firm || region || (kindAt >= 0 && !rank && NAME_HEADS.has(kindKey) && (/^\p{Ll}/u.test(kindWord) || /^\p{Lu}{2,}$/u.test(kindWord)) && !gluedParticle().test(span[0].text))) {
      const name = text.slice(tokens[lead].start, last.end);
      const id = entityId('org', name);
      const kindWord = kindWord0 ? fold(kindWord0) : employer || firm ? 'entreprise' : kindKey;
      const country: Record<string, string | null> = nationalFirm ? { country: isoOf(nationalFirm) ?? null } : {};
      if (!doc.nodes.has(id)) doc.node(id, 'Organization', name, { kind: region ? 'government' : /institut|centre|fondation|observatoire|think/.test(kindWord) ? 'think_tank' : /soci|compagnie|constructeur|entreprise|firme|fabricant/.test(kindWord) ? 'company' : /journal|quotidien|chaine|site/.test(kindWord) ? 'media' : 'group', ...country });
      push({ id, label: 'Organization', via: 'pattern', start: tokens[lead].start, end: last.end, from: lead, to: j });
      i = j - 1;
      continue;
    }
    // "Afreximbank": a firm's suffix glued on names a firm in one word.
    const glued = !ORG_SUFFIXES.has(last.key) && isCompanySuffix(last.key);
    if (ORG_HEADS.has(span[0].key) || isCompanySuffix(last.key)) {
      if ((span.length + i - lead >= 2 && ORG_SUFFIXES.has(last.key)) || glued) {
        const name = text.slice(tokens[lead].start, last.end);
        const id = entityId('org', name);
        const kind = MILITARY_SUFFIXES.has(last.key) ? 'military' : MEDIA_SUFFIXES.has(last.key) ? 'media' : RESEARCH_SUFFIXES.some((w) => last.key.includes(w)) ? 'think_tank' : 'company';
        doc.node(id, 'Organization', name, { kind });
        push({ id, label: 'Organization', via: 'pattern', start: tokens[lead].start, end: last.end, from: lead, to: j });
      }
      i = j - 1;
      continue;
    }
    if (span.length === 1) {
      // "Hemedti" once "Mohamed Hamdan Daglo, dit Hemedti" was read; "Le chef des FSR, Hemedti, a démenti": a name apposed to a title.
      const nickname = state.nicknames.get(span[0].key);
      const titleThen = !prev || /^[«“"(—–-]$/.test(prev.text) ? titleAfter().test(text.slice(span[0].end, span[0].end + 60)) : false;
      const apposed = !nickname && !GAZETTEER.has(span[0].key) && ((prev?.text === ',' && /^\s*,/u.test(text.slice(span[0].end)) && titleBefore().test(text.slice(Math.max(0, prev.start - 60), prev.start))) || titleThen);
      if (nickname || apposed) {
        const id = nickname ?? resolveSurname(span[0].text, state) ?? newPerson(doc, span[0].text);
        push({ id, label: 'Person', via: nickname ? 'coref' : 'pattern', start: span[0].start, end: span[0].end, from: i, to: j });
        continue;
      }
      // A lone surname after "M." refers back to someone already named in the article.
      // "Błaszczak a ajouté": a surname alone, once the full name was given, is that person.
      const known = afterCue ? undefined : resolveSurname(span[0].text, state);
      if (known) {
        push({ id: known, label: 'Person', via: 'coref', start: span[0].start, end: span[0].end, from: i, to: j });
        continue;
      }
      // "Petrobras a annoncé", "Europol dément": a person is first named in full, so a lone unknown name reporting at a sentence's head is a body.
      if (!afterCue && bareBodySubject(text, span[0])) {
        // "Tianqi Lithium ... Tianqi y voit": the body named in full before, by its first word.
        const id = state.orgsSeen.findLast((o) => fold(doc.nodes.get(o)?.name ?? '').split(' ')[0] === span[0].key) ?? entityId('org', span[0].text);
        if (!doc.nodes.has(id)) doc.node(id, 'Organization', span[0].text, { kind: 'company' });
        push({ id, label: 'Organization', via: 'pattern', start: span[0].start, end: span[0].end, from: i, to: j });
        continue;
      }
      let t = i - 1;
      if (t >= 1 && /^\p{Ll}/u.test(tokens[t].text) && countryWord(tokens[t].key)) t--;
      const afterTitle = t >= 1 && titleWords().has(tokens[t].key) && /^\p{Ll}/u.test(tokens[t].text) && pattern('person.determiner', '').test(tokens[t - 1]?.key ?? '') && !THING_HEADS.has(tokens[t].key);
      if (afterCue || (afterTitle && !isGoodsName(span[0].text))) {
        const id = resolveSurname(span[0].text, state) ?? newPerson(doc, span[0].text);
        push({ id, label: 'Person', via: 'coref', start: span[0].start, end: span[0].end, from: i, to: j });
      }
      continue;
    }
    // "le gazoduc Force de Sibérie", "l'opération Bouclier": named things, not people.
    // "Nouvelle Delhi", "Khan Younès", "la ville de Puerto Cabello", "au nord de Ras Lanouf": places, not people.
    const placeCue = !!prev && pattern('person.placeOf', '').test(prev.key) && i >= 2 && PLACE_NOUNS.has(tokens[i - 2].key);
    // "les Hachd al-Chaabi", "aux Houthis": a plural article names a group, never one person.
    const plural = !!prev && pattern('person.pluralDeterminer', '').test(prev.key) && !afterCue;
    const isThingHead = (t: Token) => THING_HEADS.has(t.key) || pattern('person.thingHead', '').test(t.key);
    // "Operation Barkhane was launched", "Opération Serval": a thing's kind opening the capitalised words; "le Dodd-Frank Act": a law's closing them.
    if ((prev && isThingHead(prev)) || isThingHead(span[0]) || pattern('person.thingTail', '').test(last.key) || PLACE_HEADS.has(span[0].key) || placeCue || plural) {
      i = j - 1;
      continue;
    }
    const atStart = i === 0 || (i === 1 && /^[«“"(—–-]$/.test(tokens[0].text));
    // At the head of a sentence a capital says nothing, unless a title or a verb of speech or action follows the name.
    const followedByAct = actsNext().test(text.slice(span[span.length - 1].end, span[span.length - 1].end + 50));
    if (atStart && !FIRST_NAMES.has(span[0].key) && !afterCue && !followedByAct) {
      i = j - 1;
      continue;
    }
    // "Njuguna Ndung'u", "Ma'ruf Amin": a short lower-case tail after an apostrophe inside a name is no elision.
    const tail = INNER_APOSTROPHE.exec(text.slice(last.end));
    const end = last.end + (tail?.[0].length ?? 0);
    if (tail) j += 2;
    const name = text.slice(span[0].start, end);
    if (isGoodsName(name)) {
      i = j - 1;
      continue;
    }
    const id = newPerson(doc, name);
    push({ id, label: 'Person', via: 'pattern', start: span[0].start, end, from: i, to: j });
    // "Mohamed Hamdan Daglo, dit Hemedti", "(surnommé « le Boucher »)": the name the article goes on using.
    const nick = pattern('person.nickname', 'u').exec(text.slice(last.end));
    if (nick) {
      state.nicknames.set(fold(nick[1]), id);
      doc.alias(id, nick[1]);
    }
    i = j - 1;
  }
}

// What may open a sentence before its subject (a quote mark, a live blog's time stamp), and the verb a body's bare name reports with.
const subjectOpening = () => pattern('org.subjectOpening', 'u');
const bodyReports = () =>
  perLanguage('org.bodyReports', (lang) => {
    const { VERB_RE, WITHHELD } = claimPatterns(lang);
    return new RegExp(`^\\s+(?:(?:${patternSource('org.subjectAuxiliary', lang)})?(?:${VERB_RE.source})|${WITHHELD.source})`, 'iu');
  });

const reportingWord = () => perLanguage('org.reportingWord', (lang) => new RegExp(`^(?:${claimPatterns(lang).VERB_RE.source})$`, 'iu'));
// The word after a bare name and its auxiliary, to ask the frames whether it sends goods.
const bodyVerb = () => perLanguage('org.bodyVerb', (lang) => new RegExp(`^\\s+(?:${patternSource('org.subjectAuxiliary', lang)})?([\\p{Ll}]+)(?![\\p{L}'’])`, 'u'));

/** A lone capitalised word opening the sentence as the subject of a reporting verb, and no pronoun, indefinite or first name. */
function bareBodySubject(text: string, word: Token): boolean {
  // "Démenti jugé « peu crédible »": a reporting word opening a live blog's line is its topic, not a name.
  if (FIRST_NAMES.has(word.key) || activeLanguage().classes.has(word.key) || pattern('org.notSubject', 'iu').test(word.key) || isGoodsName(word.text) || reportingWord().test(word.text)) return false;
  if (!subjectOpening().test(text.slice(0, word.start))) return false;
  // "Ferreira dément toute livraison" as a headline: a title line, with no closing stop, names people by their surname
  // before the article names them in full.
  if (!/[.!?…»”"]\s*$/u.test(text)) return false;
  if (bodyReports().test(text.slice(word.end))) return true;
  // "Airbus a livré dix avions", "Glencore vend": a verb that sends goods; a place receives more often than it sends.
  const verb = bodyVerb().exec(text.slice(word.end));
  return verb ? activeLanguage().verbs.get(verb[1])?.frame.role === 'give' : false;
}

/** "chercheur au Carnegie Endowment", "analyste à l'Atlantic Council", "an analyst at Control Risks": a title word of the language, then "au", "à" with an article or "at", right before the name at `at`. */
function employedAt(tokens: Token[], at: number): boolean {
  const by = pattern('person.employerAt', '');
  const article = pattern('person.employerArticle', '');
  let k = at - 1;
  if (k >= 1 && article.test(tokens[k].key) && by.test(tokens[k - 1].key)) k--;
  // A bare "à" is a place's preposition ("chercheur à Ségou"): only its fused or article forms name an employer.
  else if (!(k >= 0 && by.test(tokens[k].key) && !article.test(tokens[k].key) && !pattern('person.employerBare', '').test(tokens[k].key))) return false;
  const noun = tokens[k - 1];
  // "la commissaire à la Santé", "le ministre délégué aux Transports": a portfolio, not an employer.
  if (tokens.slice(Math.max(0, k - 3), k).some((t) => pattern('person.portfolioTitle', 'u').test(t.key))) return false;
  return !!noun && /^\p{Ll}/u.test(noun.text) && perLanguage('person.employerTitles', (lang) => new Set(allTitles(lang).map((t) => fold(t).split(' ').at(-1)!))).has(noun.key);
}

// The titles that only a firm gives ("PDG", "administrateur délégué"), as token keys.
// ... and the titles that head any body ("le patron de Petrobras"): neither is ever held "de" a person.
const firmOrBodyTitles = () => perLanguage('person.firmTitles', (lang) => new Set([...bodyOnlyTitles(lang)].map((t) => tokenize(t).map((w) => w.key).join(' '))));

/** "le PDG de Sonatrach", "the chief executive of Acme": a firm's title, then the language's "de", right before the name at `at`. */
function titledFirm(tokens: Token[], at: number): boolean {
  if (at < 2 || !pattern('person.firmOf', '').test(tokens[at - 1].key)) return false;
  const titles = firmOrBodyTitles();
  for (let n = 1; n <= 6 && at - 1 - n >= 0; n++) {
    if (titles.has(tokens.slice(at - 1 - n, at - 1).map((t) => t.key).join(' '))) return true;
  }
  return false;
}

/** "le gouverneur du Texas", "la présidente de la Calabre": a region's title (person.regionTitle), then "du" or "de la", right before the name at `at`. */
function titledRegion(tokens: Token[], at: number): boolean {
  const of = pattern('person.regionOf', '');
  const k = at >= 2 && of.test(`${tokens[at - 2].key} ${tokens[at - 1].key}`) ? at - 2 : at >= 1 && of.test(tokens[at - 1].key) ? at - 1 : -1;
  return k >= 1 && pattern('person.regionTitle', '').test(tokens[k - 1].key);
}

/** How many capitalised tokens from `i` spell a whole title of the language ("National Security Adviser"), leaving at least one name token before `j`; 0 when none. */
function leadingTitlePhrase(tokens: Token[], i: number, j: number): number {
  const phrases = titlePhrases();
  for (let k = j - i - 1; k >= 2; k--) {
    if (phrases.has(tokens.slice(i, i + k).map((t) => t.key.replace(/-/g, ' ')).join(' '))) return k;
  }
  return 0;
}

function newPerson(doc: DocBuilder, name: string): string {
  const id = entityId('person', name);
  doc.node(id, 'Person', name);
  return id;
}

/** The person of this article whose name ends with (or, for Korean names, starts with) the surname. */
export function resolveSurname(surname: string, state: ArticleEntities): string | undefined {
  const key = fold(surname);
  const candidates = [...state.personsSeen].reverse().filter((id) => {
    const p = PERSONS.get(id);
    const words = id.slice(7).split('-');
    return words.includes(key) || p?.surname && fold(p.surname) === key || p?.forms.some((f) => fold(f) === key);
  });
  const lexical = candidates.find((id) => {
    const p = PERSONS.get(id);
    return p?.surname && fold(p.surname) === key;
  });
  return lexical ?? candidates[0];
}
