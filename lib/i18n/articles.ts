// Strings of the articles page (adding and retracting articles from the browser), English and French.
import type { Lang } from './messages';

const en = {
  'articles.link': 'Articles',
  'articles.title': 'Articles',
  'articles.back': '← Explorer',
  'articles.intro': 'Paste an article or drop a .txt / .html file, check what Trame extracts, then load it.',
  'articles.paste': 'Article text',
  'articles.placeholder': 'Paste the article here (title on the first line)…',
  'articles.drop': 'or drop a .txt / .html file here',
  'articles.choose': 'Choose a file',
  'articles.file': 'File: {name} ({size} bytes)',
  'articles.clearFile': 'Use the text instead',
  'articles.preview': 'Preview',
  'articles.load': 'Load into the graph',
  'articles.working': 'Working…',
  'articles.alreadyLoaded': 'This article is already loaded: loading it again replaces it.',
  'articles.summary': '{sentences} sentences · {entities} entities ({known} already in the graph) · {facts} relationships',
  'articles.entities': 'Entities',
  'articles.known': 'in the graph',
  'articles.new': 'new',
  'articles.facts': 'Relationships',
  'articles.sentences': 'Sentences',
  'articles.loaded': 'Loaded “{title}”: {sentences} sentences, {nodes} entities, {relationships} relationships.',
  'articles.list': 'Loaded articles',
  'articles.none': 'No article loaded yet.',
  'articles.retract': 'Retract',
  'articles.confirm': 'Confirm retraction',
  'articles.retracted': 'Retracted “{title}”.',
  'articles.error': 'Error: {msg}',
  'articles.empty': 'Paste a text or choose a file first.',
} as const;

export type ArticleMessageKey = keyof typeof en;

const fr: Record<ArticleMessageKey, string> = {
  'articles.link': 'Articles',
  'articles.title': 'Articles',
  'articles.back': '← Explorateur',
  'articles.intro': 'Collez un article ou déposez un fichier .txt / .html, vérifiez ce que Trame en extrait, puis chargez-le.',
  'articles.paste': "Texte de l'article",
  'articles.placeholder': "Collez l'article ici (titre en première ligne)…",
  'articles.drop': 'ou déposez ici un fichier .txt / .html',
  'articles.choose': 'Choisir un fichier',
  'articles.file': 'Fichier : {name} ({size} octets)',
  'articles.clearFile': 'Utiliser le texte',
  'articles.preview': 'Aperçu',
  'articles.load': 'Charger dans le graphe',
  'articles.working': 'En cours…',
  'articles.alreadyLoaded': 'Cet article est déjà chargé : le recharger le remplace.',
  'articles.summary': '{sentences} phrases · {entities} entités ({known} déjà dans le graphe) · {facts} relations',
  'articles.entities': 'Entités',
  'articles.known': 'dans le graphe',
  'articles.new': 'nouvelle',
  'articles.facts': 'Relations',
  'articles.sentences': 'Phrases',
  'articles.loaded': '« {title} » chargé : {sentences} phrases, {nodes} entités, {relationships} relations.',
  'articles.list': 'Articles chargés',
  'articles.none': 'Aucun article chargé.',
  'articles.retract': 'Retirer',
  'articles.confirm': 'Confirmer le retrait',
  'articles.retracted': '« {title} » retiré.',
  'articles.error': 'Erreur : {msg}',
  'articles.empty': "Collez un texte ou choisissez d'abord un fichier.",
};

const DICTS: Record<Lang, Record<ArticleMessageKey, string>> = { en, fr };

/** An articles-page string in the interface language, {placeholders} filled (numbers formatted with Intl). */
export function articleText(lang: Lang, key: ArticleMessageKey, vars: Record<string, string | number> = {}): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  return (DICTS[lang]?.[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return v === undefined ? `{${k}}` : typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}
