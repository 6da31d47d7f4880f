import { countryId } from '../countries';
import { countryOfDemonym } from '../entities';
import { GAZETTEER } from '../lexicon';
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

const PAIR = /^\s+(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+)(?![\p{L}-])/u;

/** "l'accord Qatar-Pakistan", "le partenariat Chine-Pakistan": states joined by a hyphen right after the name (not "Guinée-Bissau", one state). */
export function statePairAfter(text: string, end: number): { end: number; states: string[] } | undefined {
  const m = PAIR.exec(text.slice(end));
  if (!m) return undefined;
  const country = (w: string) => {
    const e = GAZETTEER.get(fold(w));
    return (e?.label === 'Country' && e.via !== 'demonym') || e?.label === 'Organization' ? e.id : undefined;
  };
  if (country(m[1])) return undefined;
  // Every side is a state or a body, one at least a state ("UE-Maroc"; "Coca-Cola" names nothing).
  const states = m[1].split('-').map(country);
  if (states.some((s) => !s) || !states.some((s) => s!.startsWith('country:'))) return undefined;
  return { end: end + m[0].length, states: [...new Set(states as string[])] };
}
