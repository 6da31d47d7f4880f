/** Bodies named between commas after their kind: "le constructeur allemand, Volkswagen,", "la douane péruvienne, la Sunat,". */
import orgData from '../../../data/lexicon/organizations.json';
import { GAZETTEER, keyOf } from '../lexicon';
import { FIRST_NAMES, NOT_NAMES } from '../persons';
import { alternationOf } from '../syntax/alternation';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import { fold, tokenize } from '../text';
import { recordNamedBody } from './jointbodies';
import type { SentenceScan } from './types';

const P = orgData.patterns;
// A determiner, a kind of firm or body (org.companyKind, a body's head, a state institution's head), up to four lower-case
// words ("publique d'électricité"), a comma, maybe an article, one capitalised word, and a comma or a bracket after it.
const appositionRe = () =>
  perLanguage('org.appositionRe', (lang) => {
    const heads = alternationOf([...P.heads, ...P.institutions.map((i) => i.head)]);
    return new RegExp(
      `(?<![\\p{L}])(?:${patternSource('org.appositionDeterminer', lang)})\\s*(${patternSource('org.companyKind', lang)}|${heads})((?:\\s+[\\p{Ll}'’-]+){0,4}?)\\s*,\\s*(?:(?:le|la|les|l['’])\\s*)?(\\p{Lu}[\\p{L}\\d&-]+)(?=\\s*[,(])`,
      'giu',
    );
  });

/** Records the bodies a sentence names in apposition to their kind. */
export function recognizeAppositions(scan: SentenceScan): void {
  for (const m of scan.text.matchAll(appositionRe())) {
    const [, kind, words, name] = m;
    // "la Commission européenne, saisie,": a capitalised head names a body already, and a name is capitalised (the match ignores case for the kind).
    if (!/^\p{Ll}/u.test(kind) || !/^\p{Lu}/u.test(name)) continue;
    // "le groupe, selon Berlin,": a clause word between kind and comma ends the kind's phrase; a capitalised one makes it a name.
    if (words.split(/\s+/).some((w) => pattern('org.nameStop', '').test(w.toLowerCase()) || /^\p{Lu}/u.test(w))) continue;
    const key = fold(name);
    // A state, a place or a listed body is the gazetteer's; a first name or a capitalised common word is no body's name.
    if (GAZETTEER.has(keyOf(tokenize(name))) || FIRST_NAMES.has(key) || NOT_NAMES.has(key)) continue;
    recordNamedBody(scan, m.index! + m[0].length - name.length, name, 'company');
  }
}
