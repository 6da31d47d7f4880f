import { GAZETTEER } from '../lexicon';
import { fold } from '../text';

const NEXT_WORD = /\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/uy;

/** The demonym's country id. */
export function countryOfDemonym(word: string): string | undefined {
  const e = GAZETTEER.get(fold(word));
  return e?.label === 'Country' ? e.id : undefined;
}

/**
 * The nationality word right after `pos` ("russe" in "ministère russe"), if any. Demonyms are
 * looked up in the gazetteer rather than spelled out in a regular expression: an alternation of
 * every demonym makes V8 spend hundreds of milliseconds compiling it.
 */
export function demonymAfter(text: string, pos: number): { id: string; word: string; end: number } | undefined {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  const id = m ? countryOfDemonym(m[1]) : undefined;
  return m && id ? { id, word: m[1], end: pos + m[0].length } : undefined;
}
