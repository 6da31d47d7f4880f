// The role grammar of each language: title words, domains, qualifiers and ranks from the lexicons, compiled
// once per language into the patterns role.* of data/lang/<code>/patterns.json.
import { demonymAfter } from './entities';
import { GAZETTEER, ORGS } from './lexicon';
import { fold } from './text';
import { allTitles, filledRegExps, relationWords } from './relation-words';
import { pattern, perLanguage, type Language } from './syntax/language';
import { alternationOf } from './syntax/alternation';

// The role grammar of the article's language: patterns role.* of data/lang/<code>/patterns.json, filled with its title words.
function compile(lang: Language) {
  const data = relationWords(lang).titles;
  const lists: Record<string, string> = {
    titles: alternationOf(allTitles(lang)),
    domains: alternationOf(data.domains),
    qualifiers: alternationOf(data.qualifiers),
    ranks: alternationOf(data.ranks),
    relatives: alternationOf(data.relatives),
    ledBy: alternationOf(Object.keys(data.ledBy), { longestFirst: false }),
    leads: alternationOf(Object.keys(data.leads)),
    bodyAdjectives: alternationOf(Object.keys(data.bodyAdjectives)),
  };
  const re = filledRegExps('role', lists, lang);
  return {
    // "le secrétaire d'État adjoint américain", "le ministre sud-coréen de la Défense", "le président ukrainien".
    // Nationality words are read after the match (demonymAfter), not spelled out in the pattern.
    TITLE_RE: re('title', 'giu'),
    DOMAIN_RE: re('domain', 'iuy'),
    ADJOINT_RE: re('deputyAfter', 'iuy'),
    // "chercheuse associée à l'Institut X", "directrice exécutive de Human Rights Watch".
    QUALIFIER_RE: re('qualifier', 'iuy'),
    REMIT_RE: re('remit', 'iuy'),
    // "À la tête de l'OSCE depuis 2024, Jane Roe": a fronted phrase, then its subject.
    FRONTED_LEADER: re('frontedLeader'),
    // "le ministre ukrainien des Infrastructures": any capitalised domain not in the list completes the title too.
    OPEN_DOMAIN_RE: re('openDomain', 'uy'),
    // "le commandant du Centcom, le général X": a rank may stand between the comma and the name.
    // "Le président iranien de l'époque, X", "le ministre sortant, X": a time qualifier may too.
    APPOSED_NAME: re('apposedName'),
    // "La sœur du dirigeant nord-coréen, Kim Yo-jong": the name after the comma is the relative's, not the title's.
    RELATIVE_OF: re('relativeOf'),
    // Titles of a state's head, government or ministers: with no holder named, the state in focus holds them.
    STATE_TITLE: re('stateTitle'),
    LEADS: re('leads', 'giu'),
    // "qui préside le Sénat": président; "a fondé la société X": fondateur; "à la tête de": the leader's title.
    LEADS_ROLE: new Map(Object.entries(data.leads).map(([k, v]) => [fold(k), v])),
    // "l'Institut X, fondé en 1990 par Marc Petit", "la junte, dirigée par le général X": the role of whom the body is led by.
    LED_BY_ROLE: new Map(Object.entries(data.ledBy).map(([k, v]) => [fold(k), v])),
    LED_BY: re('ledBy', 'giu'),
    LEADER: data.leader,
    // "Jane Roe, chercheuse au ...", "Jane Roe, l'actuelle ministre ...", "Jane Roe est la porte-parole de ...".
    // "Jane Roe, ancienne diplomate et chercheuse à ...": a first title with no body may come before "et".
    NAME_THEN_TITLE: re('nameThenTitle'),
    BODY_ADJECTIVE: re('bodyAdjective', 'iuy'),
    BODY_OF_ADJECTIVE: new Map(Object.entries(data.bodyAdjectives).map(([k, v]) => [fold(k), v])),
  };
}

/** The compiled role grammar of the active language. */
export const roleWords = () => perLanguage('roles', compile);

export interface TitleMatch {
  title: string;
  demonym?: string;
  /** A body named by an adjective after the title ("la diplomatie européenne"): its id and where the word is. */
  body?: { id: string; start: number; end: number };
  start: number;
  end: number;
  plural: boolean;
}

/** "européenne" in "la diplomatie européenne": a body the language names by an adjective, right at `pos`. */
function bodyAdjectiveAt(text: string, pos: number): { id: string; start: number; end: number } | undefined {
  const { BODY_ADJECTIVE, BODY_OF_ADJECTIVE } = roleWords();
  BODY_ADJECTIVE.lastIndex = pos;
  const m = BODY_ADJECTIVE.exec(text);
  const id = m ? BODY_OF_ADJECTIVE.get(fold(m[1])) : undefined;
  return m && id && ORGS.has(id) ? { id, start: m.index + m[0].length - m[1].length, end: m.index + m[0].length } : undefined;
}

/** The domains coordinated after a title's first at `pos` (", de la Géologie et du Pétrole"), none naming a state; '' when none. */
function coordinatedDomains(text: string, pos: number): string {
  const re = pattern('role.domainAnd', 'uy');
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m || (m[0].match(/\p{Lu}[\p{L}-]+/gu) ?? []).some((w) => GAZETTEER.has(fold(w)))) return '';
  // "de la Santé et de la Population sénégalaise": a last adjective that is a nationality is the holder's, read after the title.
  const last = /\s+\p{Ll}[\p{Ll}-]+$/u.exec(m[0]);
  return last && demonymAfter(text, pos + last.index) ? m[0].slice(0, last.index) : m[0];
}

/** Reads a title and the words that complete it: nationality, domain, "adjoint". */
export function readTitle(text: string, m: RegExpExecArray): TitleMatch {
  const { DOMAIN_RE, ADJOINT_RE, QUALIFIER_RE, OPEN_DOMAIN_RE, REMIT_RE } = roleWords();
  let pos = m.index! + m[0].length;
  let adjoint = !!m[3];
  const first = demonymAfter(text, pos);
  if (first) pos = first.end;
  const firstBody = first ? undefined : bodyAdjectiveAt(text, pos);
  if (firstBody) pos = firstBody.end;
  DOMAIN_RE.lastIndex = pos;
  let dom = DOMAIN_RE.exec(text);
  if (pattern('role.ministerial').test(m[1])) {
    OPEN_DOMAIN_RE.lastIndex = pos;
    const open = OPEN_DOMAIN_RE.exec(text);
    // "de la Russie" names a state, not a domain; "du Commerce extérieur": an adjective may complete a listed domain, not a nationality ("de la Défense russe").
    const longer = !dom || (open && open[0].length > dom[0].length && !demonymAfter(text, pos + dom[0].length));
    if (open && longer && !GAZETTEER.has(fold(open[1].replace(pattern('role.ofArticle'), '')).split(' ')[0])) dom = open;
  }
  if (dom) pos += dom[0].length;
  // "ministre de la Santé et de la Population", "des Mines, de la Géologie et du Pétrole": coordinated domains make one ministry.
  const more = dom ? coordinatedDomains(text, pos) : '';
  pos += more.length;
  ADJOINT_RE.lastIndex = pos;
  if (!adjoint && ADJOINT_RE.exec(text)) {
    adjoint = true;
    pos = ADJOINT_RE.lastIndex;
  }
  QUALIFIER_RE.lastIndex = pos;
  if (QUALIFIER_RE.exec(text)) pos = QUALIFIER_RE.lastIndex;
  // "ministre délégué chargé du Commerce extérieur": the remit is part of the title; the holder may follow it.
  // After a nationality ("l'envoyé américain chargé du Soudan") the remit is the post's, read with the holder.
  REMIT_RE.lastIndex = pos;
  const remit = first || firstBody ? null : REMIT_RE.exec(text);
  if (remit) pos = REMIT_RE.lastIndex;
  const second = first || firstBody ? undefined : demonymAfter(text, pos);
  if (second) pos = second.end;
  const secondBody = first || firstBody || second ? undefined : bodyAdjectiveAt(text, pos);
  if (secondBody) pos = secondBody.end;
  const title = [m[1], dom ? dom[1] + more : undefined, adjoint ? 'adjoint' : undefined, remit?.[0].trim()].filter(Boolean).join(' ').replace(/’/g, "'");
  return { title, demonym: first?.id ?? second?.id, body: firstBody ?? secondBody, start: m.index!, end: pos, plural: !!m[2] || /s$/.test(m[1].split(' ')[0]) };
}
