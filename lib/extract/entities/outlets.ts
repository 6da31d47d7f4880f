/** Outlets named with their own article ("El Watan", "La Prensa", "Il Sole"), read when they report. */
import { claimPatterns } from '../claims/patterns';
import { GAZETTEER, keyOf } from '../lexicon';
import { BODY_HEADS, NOT_NAMES } from '../persons';
import { patternSource, perLanguage } from '../syntax/language';
import { tokenize } from '../text';
import { recordNamedBody } from './jointbodies';
import type { SentenceScan } from './types';

// An article (entity.outletArticle: foreign ones, and the French feminine one, which opens no surname) and up to three
// capitalised words; then a verb of speech, or "selon" before it.
const outletRe = () =>
  perLanguage('entity.outletRe', (lang) => {
    const { VERB_RE } = claimPatterns(lang);
    const name = `(?:${patternSource('entity.outletArticle', lang)})(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}`;
    return new RegExp(`(?<=(?:${patternSource('entity.outletCue', lang)})\\s+)(${name})(?=\\s*,)|(?<![\\p{L}])(${name})(?=\\s+(?:${patternSource('org.subjectAuxiliary', lang)})?(?:${VERB_RE.source})(?![\\p{L}]))`, 'gu');
  });

/** Records the outlets a sentence names with their article, as bodies, when they report. */
export function recognizeOutlets(scan: SentenceScan): void {
  for (const m of scan.text.matchAll(outletRe())) {
    const name = m[1] ?? m[2];
    const words = tokenize(name);
    // "La Havane", "Selon La Paz": a place or a listed body is the gazetteer's, with its article or without.
    if (GAZETTEER.has(keyOf(words)) || GAZETTEER.has(keyOf(words.slice(1))) || words.slice(1).some((w) => NOT_NAMES.has(w.key))) continue;
    // "La Fondation affirme": a body's head after the article is a body named by its head, no title.
    if (BODY_HEADS.has(words[1].key)) continue;
    recordNamedBody(scan, m.index!, name, 'media');
  }
}
