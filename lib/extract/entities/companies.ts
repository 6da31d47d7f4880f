/** Companies and outlets named after their kind: "la compagnie Iran Air", "le constructeur turc Baykar". */
import { isoOf } from '../countries';
import { entityId } from '../ids';
import { GAZETTEER, keyOf } from '../lexicon';
import { pattern, patternSource, perLanguage } from '../syntax/language';
import { tokenize } from '../text';
import { countryOfDemonym } from './demonyms';
import { gazetteerSpan } from './gazetteer';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';

// A kind word (org.companyKind), up to three lower-case words or "d'État" (org.stateCompany), then the capitalised name.
const companyPattern = () =>
  perLanguage(
    'org.companies',
    (lang) =>
      new RegExp(
        `(?<![\\p{L}])(${patternSource('org.companyKind', lang)})((?:\\s+(?:(?![A-Z])[\\p{Ll}'’-]+|${patternSource('org.stateCompany', lang)})){0,3}?)\\s+((?:\\p{Lu}[\\p{L}\\d&-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\d&-]*|(?:al|el|ad|as|ash|ben|bin|abou|abu)-\\p{Lu}[\\p{L}-]*))*)`,
        'gu',
      ),
  );

/** Records the companies and outlets of a sentence named after their kind. */
export function recognizeCompanies(scan: SentenceScan): void {
  const { text, tokens, doc, tokenAt, push } = scan;
  for (const m of text.matchAll(companyPattern())) {
    // "le groupe fondé par Ibrahim Sadiq", "the group was founded by ...": a verb or a preposition between kind and name ends the kind's phrase.
    if (m[2].split(/\s+/).some((w) => w && pattern('org.nameStop', '').test(w.toLowerCase()))) continue;
    const media = pattern('org.mediaKind', 'iu').test(m[1]);
    // "le quotidien Hospodářské noviny,": a title may go on in lower case up to the punctuation.
    // ... but "KCNA a démenti.", "Al Jazeera rapporte.": a verb after the name is no part of it.
    const words = media ? /^(?:\s+[\p{Ll}]+){1,2}(?=\s*[,.;:)])/u.exec(text.slice(m.index! + m[0].length)) : null;
    const tail = words?.[0].trim().split(/\s+/).some((w) => pattern('org.nameStop', '').test(w) || pattern('org.verbLike', 'u').test(w)) ? null : words;
    const name = m[3] + (tail ? tail[0] : '');
    const start = m.index! + m[0].length - m[3].length;
    // "groupe d'experts des Nations unies": a name the gazetteer knows in full is left to it.
    const at = tokenAt(start);
    if (at >= 0 && gazetteerSpan(tokens, at) > 1) continue;
    // "le constructeur turc Baykar": the nationality word gives the company's country.
    const nationality = m[2].split(/\s+/).map((w) => countryOfDemonym(w)).find(Boolean);
    const known = GAZETTEER.get(keyOf(tokenize(name)));
    if (known && known.label !== 'Organization') continue;
    const id = known?.id ?? entityId('org', name);
    if (known) ensureNode(doc, id, 'Organization');
    // "le groupe armé Ansar al-Sunna", "the armed group Ansar al-Sunna": an armed group, not a firm.
    else doc.node(id, 'Organization', name, { kind: media ? 'media' : pattern('org.armedKind', 'u').test(`${/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 20), m.index!))?.[1] ?? ''} ${m[2]}`) ? 'military' : 'company', country: isoOf(nationality) ?? null });
    const from = tokenAt(start);
    const to = tokenAt(start + name.length);
    push({ id, label: 'Organization', via: known ? 'lexicon' : 'pattern', start, end: start + name.length, from, to: to < 0 ? tokens.length : to });
  }
}
