// Interface strings of the explorer, in English and French, one JSON file per area. Data (names, quotes,
// units) stays as extracted, in French.
import app from './strings/app.json';
import explorer from './strings/explorer.json';
import consoleStrings from './strings/console.json';
import exportStrings from './strings/export.json';
import { translator, type Dictionaries, type Lang } from './lang';

type Keys<T extends { en: object }> = keyof T['en'];
export type MessageKey = Keys<typeof app> | Keys<typeof explorer> | Keys<typeof consoleStrings> | Keys<typeof exportStrings>;

// Typed as complete dictionaries: a key the French file lacks fails the type check.
const MESSAGES: Dictionaries<MessageKey> = {
  en: { ...app.en, ...explorer.en, ...consoleStrings.en, ...exportStrings.en },
  fr: { ...app.fr, ...explorer.fr, ...consoleStrings.fr, ...exportStrings.fr },
};

/** Looks a message up and fills {placeholders}; unknown keys fall back to English, then the key. */
export const translate = translator(MESSAGES);

/** Whether a string is a message key (e.g. a fact status with its own message). */
export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES.en;
}

/** Human name of a fact status in the interface language ("disputed" -> "contesté"). */
export function statusText(lang: Lang, status: string): string {
  const key = `status.${status}`;
  return isMessageKey(key) ? translate(lang, key) : status;
}
