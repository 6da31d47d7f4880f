/** Companies and outlets named after their kind: "la compagnie Iran Air", "le constructeur turc Baykar". */
import { isoOf } from '../countries';
import { entityId } from '../ids';
import { GAZETTEER, keyOf } from '../lexicon';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import { fold, tokenize } from '../text';
import { countryOfDemonym } from './demonyms';
import { gazetteerSpan } from './gazetteer';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';

// A capitalised name: its words, al-/el- particles (person.gluedArticle), and "de", "du" before a capitalised word ("Terres du Rouergue").
const nameSource = (lang: Parameters<typeof patternSource>[1]) => {
  const word = `\\p{Lu}[\\p{L}\\d&-]*`;
  return `(?:${word})(?:\\s+(?:${word}|(?:${patternSource('person.gluedArticle', lang)})-\\p{Lu}[\\p{L}-]*)|\\s+(?:${patternSource('org.nameParticle', lang)})\\s+${word}|\\s+d['’]${word})*`;
};

// A kind word (org.companyKind), maybe joined to another ("l'assureur-crédit"), up to three lower-case words or "d'État" (org.stateCompany), then the capitalised name.
const companyPattern = () =>
  perLanguage(
    'org.companies',
    (lang) =>
      new RegExp(
        `(?<![\\p{L}])(${patternSource('org.companyKind', lang)})(?:-\\p{Ll}+)?((?:\\s+(?:(?![A-Z])[\\p{Ll}'’-]+|${patternSource('org.stateCompany', lang)})){0,3}?)\\s+(${nameSource(lang)})`,
        'gu',
      ),
  );
// "les producteurs Thungela et Exxaro": a further name joined after a plural kind.
const joinedName = () => perLanguage('org.joinedCompany', (lang) => new RegExp(`(?:${patternSource('org.kindAnd', lang)})(${nameSource(lang)})`, 'uy'));

// "l'association X", "le syndicat X": a kind word of civil society (org.civilKind, a part of org.companyKind) names no firm.
const civilKind = () => perLanguage('org.civilKindWhole', (lang) => new RegExp(`^(?:${patternSource('org.civilKind', lang)})$`, 'iu'));

/** Records the companies and outlets of a sentence named after their kind. */
export function recognizeCompanies(scan: SentenceScan): void {
  const { text } = scan;
  for (const m of text.matchAll(companyPattern())) {
    const words = m[2].split(/\s+/).filter(Boolean);
    // "le groupe fondé par Ibrahim Sadiq", "the group was founded by ...": a verb or a preposition between kind and name ends the kind's phrase.
    if (words.some((w) => pattern('org.nameStop', '').test(w.toLowerCase()))) continue;
    // "la banque des cargaisons de GNL": a name right after a preposition is the complement of a noun, not the kind's name.
    if (words.length && pattern('org.kindComplement', 'u').test(words.at(-1)!.toLowerCase())) continue;
    const media = pattern('org.mediaKind', 'iu').test(m[1]);
    // "le quotidien Hospodářské noviny,": a title may go on in lower case up to the punctuation.
    // ... but "KCNA a démenti.", "Al Jazeera rapporte.": a verb after the name is no part of it.
    // "la fédération La Coopération agricole,": any other name, by one adjective that is no nationality.
    const after = (media ? /^(?:\s+[\p{Ll}]+){1,2}(?=\s*[,.;:)])/u : /^\s+[\p{Ll}]+(?=\s*[,.;:)])/u).exec(text.slice(m.index! + m[0].length));
    const adjective = (w: string) => pattern('org.adjective', 'u').test(w) && !countryOfDemonym(w);
    // "l'agence Chine nouvelle,": after a place's name alone the adjective is the title's, not a verb's ending.
    const place = media && after ? GAZETTEER.get(keyOf(tokenize(m[3])))?.label : undefined;
    const verb = (w: string) => pattern('org.verbLike', 'u').test(w) && !(place && place !== 'Organization' && adjective(w));
    const tail = after?.[0].trim().split(/\s+/).some((w) => pattern('org.nameStop', '').test(w) || (media ? verb(w) : !adjective(w))) ? null : after;
    const name = m[3] + (tail ? tail[0] : '');
    const start = m.index! + m[0].length - m[3].length;
    if (!recordCompany(scan, m, name, start, media)) continue;
    // "les producteurs Thungela Resources et Exxaro": a plural kind names each body joined by "et".
    if (!pattern('word.plural', 'u').test(m[1].split(/\s+/)[0])) continue;
    const joined = joinedName();
    joined.lastIndex = start + name.length;
    const next = joined.exec(text);
    if (next) recordCompany(scan, m, next[1], next.index + next[0].length - next[1].length, media);
  }
}

/** Records one name read after a kind word `m`; false when the name is left to another reading. */
function recordCompany(scan: SentenceScan, m: RegExpMatchArray, name: string, start: number, media: boolean): boolean {
  const { text, tokens, doc, tokenAt, push } = scan;
  // "groupe d'experts des Nations unies": a name the gazetteer knows in full is left to it.
  const at = tokenAt(start);
  if (at >= 0 && gazetteerSpan(tokens, at) > 1) return false;
  // "le constructeur turc Baykar": the nationality word gives the company's country.
  const nationality = m[2].split(/\s+/).map((w) => countryOfDemonym(w)).find(Boolean);
  const known = GAZETTEER.get(keyOf(tokenize(name)));
  if (known && known.label !== 'Organization') return false;
  const id = known?.id ?? entityId('org', name);
  // "le groupe armé Ansar al-Sunna", "the armed group Ansar al-Sunna": an armed group, not a firm; "l'association X", "le syndicat X": no firm either.
  const armed = pattern('org.armedKind', 'u').test(`${/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 20), m.index!))?.[1] ?? ''} ${m[2]}`);
  const kind = media ? 'media' : armed ? 'military' : civilKind().test(m[1]) ? 'ngo' : 'company';
  if (known) ensureNode(doc, id, 'Organization');
  else if (!doc.nodes.has(id)) doc.node(id, 'Organization', name, { kind, country: isoOf(nationality) ?? null });
  const from = tokenAt(start);
  const to = tokenAt(start + name.length);
  push({ id, label: 'Organization', via: known ? 'lexicon' : 'pattern', start, end: start + name.length, from, to: to < 0 ? tokens.length : to });
  scan.state.kindNouns.set(fold(m[1].split(/\s+/)[0]), id);
  return true;
}
