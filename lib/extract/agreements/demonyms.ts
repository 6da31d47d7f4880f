import { countryId } from '../countries';
import { countryOfDemonym } from '../entities';
import { activeLanguage } from '../syntax/language';
import { fold } from '../text';
import { words } from './vocabulary';

// "l'accord gazier russo-turc", "le partenariat stratégique sino-pakistanais", "le contrat indien": a nationality
// adjective on the agreement names its parties. A compound names one state per part (first parts from the
// language's compoundPrefixes, the last an ordinary demonym, itself possibly compound: "russo-nord-coréen").

const NEXT_WORD = /\s+(\p{Ll}[\p{Ll}'’-]*)(?![\p{L}])/uy;

/** The states a nationality adjective names, a compound one state per part, or [] when the word is none. */
export function statesOf(word: string): string[] {
  const parts = word.split('-');
  const prefixes = words().COMPOUND_PREFIXES;
  const out: string[] = [];
  let i = 0;
  for (; i < parts.length - 1 && prefixes.has(fold(parts[i])); i++) out.push(countryId(prefixes.get(fold(parts[i]))!));
  const last = countryOfDemonym(parts.slice(i).join('-'));
  return last ? [...new Set([...out, last])] : [];
}

/** Nationality adjectives right after an agreement's name (up to three words, none a function word): where the name then ends, and their states. */
export function demonymsAfter(text: string, end: number, ce: number): { end: number; states: string[] } {
  const classes = activeLanguage().classes;
  const states: string[] = [];
  let pos = end;
  for (let k = 0; k < 3 && pos < ce; k++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m || pos + m[0].length > ce || classes.has(fold(m[1]))) break;
    pos += m[0].length;
    const found = statesOf(m[1]);
    if (!found.length) continue;
    states.push(...found.filter((s) => !states.includes(s)));
    end = pos;
  }
  return { end, states };
}
