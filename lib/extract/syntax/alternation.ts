// Word lists from the data files become regular-expression alternations here, one way for every rule.

/** A pattern that matches nothing: a rule whose words a language lacks stays silent. */
export const NEVER_MATCHES = '(?!)';

/** A string escaped to match itself inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How alternationOf() arranges a word list. */
export interface AlternationOptions {
  /** Longest words first, so "accord de principe" wins over "accord" (an alternation takes its first match). */
  longestFirst: boolean;
  /** Either apostrophe (' or ’) matches both. */
  apostrophes: boolean;
  /** What an empty list gives. */
  empty: string;
}

const DEFAULT_ALTERNATION: AlternationOptions = { longestFirst: true, apostrophes: true, empty: '' };

/** A word list as one alternation source ("a|b|c"), escaped. */
export function alternationOf(words: readonly string[], options: Partial<AlternationOptions> = {}): string {
  const { longestFirst, apostrophes, empty } = { ...DEFAULT_ALTERNATION, ...options };
  const list = longestFirst ? [...words].sort((a, b) => b.length - a.length) : words;
  const source = list.map((w) => (apostrophes ? escapeRegExp(w).replace(/['’]/g, "['’]") : escapeRegExp(w))).join('|');
  return source || empty;
}
