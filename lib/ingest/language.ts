const FRENCH = new Set('le la les des du de un une et est sont dans pour par sur avec qui que au aux ce cette ses leur selon a ont été pas plus'.split(' '));
const ENGLISH = new Set('the of and to in is are was were for on with that by from this its their said has have been not as at which'.split(' '));

/**
 * A cheap guess at the language of a text from its function words: 'fr', 'en', or undefined when too short
 * or unclear. Picks the rules extraction reads the text with (data/lang/<code>/).
 */
export function guessLanguage(text: string): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  let words = 0;
  for (const m of text.slice(0, 20_000).toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    if (FRENCH.has(m[0])) fr++;
    if (ENGLISH.has(m[0])) en++;
  }
  if (words < 20 || fr + en < 5) return undefined;
  if (en > fr * 2) return 'en';
  if (fr > en * 2) return 'fr';
  return undefined;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English' };

/** The one warning for a text read with other rules than French ones; null for French or no language guessed. */
export function languageWarning(language: string | undefined): string | null {
  if (!language || language === 'fr') return null;
  return `the text looks ${LANGUAGE_NAMES[language] ?? language} (language ${language}); it is read with the rules of data/lang/${language}/, which find entities and transfers but no stances yet`;
}
