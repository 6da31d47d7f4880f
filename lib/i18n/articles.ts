// Strings of the articles page (adding and retracting articles from the browser), English and French.
import strings from './strings/articles.json';
import { translator, type Dictionaries } from './lang';

export type ArticleMessageKey = keyof (typeof strings)['en'];

const ARTICLES: Dictionaries<ArticleMessageKey> = strings;

/** An articles-page string in the interface language, {placeholders} filled (numbers formatted with Intl). */
export const articleText = translator(ARTICLES);
