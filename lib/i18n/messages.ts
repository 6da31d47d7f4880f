// Interface strings in English and French. Data (names, quotes, units) stays as extracted, in French.

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  'app.title': 'Trame',
  'app.tagline': 'News knowledge graph',
  'banner.down': 'Neo4j is unreachable — showing what is already loaded. Retrying…',
  'banner.back': 'Neo4j is back.',
  'status.showing': 'Showing {n} of {m} nodes',
  'status.showingAll': '{n} nodes · {e} edges',
  'status.filtered': '{n} visible',
  'status.loading': 'Loading graph…',
  'status.layout': 'Laying out…',
  'status.empty': 'The graph is empty. Load articles with npm run load.',
  'status.error': 'Could not load the graph: {msg}',
  'status.fixture': 'Fixture: {name}',
  'search.placeholder': 'Search a name or alias…',
  'search.none': 'No match',
  'search.local': 'in view',
  'toolbar.transfersAs': 'Transfers',
  'toolbar.asNodes': 'as nodes',
  'toolbar.asEdges': 'as arrows',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'toolbar.fit': 'Fit',
  'toolbar.relayout': 'Re-layout',
  'toolbar.filters': 'Filters',
  'toolbar.path': 'Path',
  'toolbar.console': 'Cypher',
  'toolbar.export': 'Export',
  'toolbar.reload': 'Reload',
  'filters.labels': 'Node labels',
  'filters.types': 'Relationship types',
  'filters.kinds': 'Transfer kinds',
  'filters.statuses': 'Fact status',
  'filters.reset': 'Show all',
  'status.asserted': 'asserted',
  'status.alleged': 'alleged',
  'status.denied': 'denied',
  'status.unconfirmed': 'unconfirmed',
  'panel.close': 'Close',
  'panel.properties': 'Properties',
  'panel.relationships': 'Relationships',
  'panel.evidence': 'Evidence',
  'fact.title': 'Fact',
  'fact.summary': '{sources} source(s) · {status}',
  'fact.range': 'figures',
  'fact.figures': 'Figure over time',
  'fact.stances': 'Who says so, who denies it',
  'fact.showMentions': 'Show the {n} single mentions',
  'fact.hideMentions': 'Hide the single mentions',
  'panel.noEvidence': 'No sentence cited.',
  'panel.expand': 'Expand neighbours',
  'panel.hide': 'Hide',
  'panel.pathFrom': 'Path from here',
  'panel.pathTo': 'Path to here',
  'panel.loading': 'Loading…',
  'panel.notInDb': 'Not in the database (local data only).',
  'panel.more': 'Show {n} more',
  'panel.speaker': 'Speaker',
  'panel.stance': 'Stance',
  'panel.doubt.denied': 'Denied',
  'panel.doubt.unconfirmed': 'Could not be confirmed',
  'panel.doubt.alleged': 'Alleged only',
  'panel.article': 'Article',
  'panel.edge': 'Relationship',
  'panel.from': 'From',
  'panel.to': 'To',
  'panel.transfer': 'Transfer',
  'expand.more': '+{n} more neighbours not shown',
  'expand.none': 'No further neighbours.',
  'path.title': 'Shortest path',
  'path.from': 'From',
  'path.to': 'To',
  'path.find': 'Find',
  'path.clear': 'Clear',
  'path.found': '{n} shortest path(s), {len} step(s)',
  'path.none': 'No path between these two entities (up to 8 steps).',
  'path.missing': 'Unknown entity: {ids}',
  'timeline.title': 'Timeline',
  'timeline.hint': 'Drag to filter a period',
  'timeline.clear': 'All dates',
  'timeline.empty': 'No dated facts in view.',
  'legend.title': 'Legend',
  'legend.dashed': 'dashed (pale red on very large graphs): alleged, denied or unconfirmed',
  'console.title': 'Cypher console',
  'lang.toggle': 'Français',
  'help.keys': 'Click: inspect · Double-click: expand · Hover: focus · Ctrl+Z / Ctrl+Y: undo / redo',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'app.title': 'Trame',
  'app.tagline': "Graphe de connaissances de l'actualité",
  'banner.down': 'Neo4j est injoignable — affichage des données déjà chargées. Nouvelle tentative…',
  'banner.back': 'Neo4j est de retour.',
  'status.showing': '{n} nœuds affichés sur {m}',
  'status.showingAll': '{n} nœuds · {e} liens',
  'status.filtered': '{n} visibles',
  'status.loading': 'Chargement du graphe…',
  'status.layout': 'Disposition en cours…',
  'status.empty': 'Le graphe est vide. Chargez des articles avec npm run load.',
  'status.error': 'Impossible de charger le graphe : {msg}',
  'status.fixture': 'Jeu de test : {name}',
  'search.placeholder': 'Chercher un nom ou un alias…',
  'search.none': 'Aucun résultat',
  'search.local': 'affiché',
  'toolbar.transfersAs': 'Transferts',
  'toolbar.asNodes': 'en nœuds',
  'toolbar.asEdges': 'en flèches',
  'toolbar.undo': 'Annuler',
  'toolbar.redo': 'Rétablir',
  'toolbar.fit': 'Recentrer',
  'toolbar.relayout': 'Redisposer',
  'toolbar.filters': 'Filtres',
  'toolbar.path': 'Chemin',
  'toolbar.console': 'Cypher',
  'toolbar.export': 'Exporter',
  'toolbar.reload': 'Recharger',
  'filters.labels': 'Types de nœuds',
  'filters.types': 'Types de relations',
  'filters.kinds': 'Natures de transfert',
  'filters.statuses': 'Statut des faits',
  'filters.reset': 'Tout afficher',
  'status.asserted': 'affirmé',
  'status.alleged': 'allégué',
  'status.denied': 'démenti',
  'status.unconfirmed': 'non confirmé',
  'panel.close': 'Fermer',
  'panel.properties': 'Propriétés',
  'panel.relationships': 'Relations',
  'panel.evidence': 'Sources',
  'fact.title': 'Fait',
  'fact.summary': '{sources} source(s) · {status}',
  'fact.range': 'chiffres',
  'fact.figures': 'Chiffre dans le temps',
  'fact.stances': 'Qui l’affirme, qui le dément',
  'fact.showMentions': 'Voir les {n} mentions',
  'fact.hideMentions': 'Masquer les mentions',
  'panel.noEvidence': 'Aucune phrase citée.',
  'panel.expand': 'Déplier les voisins',
  'panel.hide': 'Masquer',
  'panel.pathFrom': 'Chemin depuis ici',
  'panel.pathTo': "Chemin jusqu'ici",
  'panel.loading': 'Chargement…',
  'panel.notInDb': 'Absent de la base (données locales seulement).',
  'panel.more': 'Afficher {n} de plus',
  'panel.speaker': 'Locuteur',
  'panel.stance': 'Position',
  'panel.doubt.denied': 'Démenti',
  'panel.doubt.unconfirmed': 'Non confirmé',
  'panel.doubt.alleged': 'Seulement allégué',
  'panel.article': 'Article',
  'panel.edge': 'Relation',
  'panel.from': 'De',
  'panel.to': 'Vers',
  'panel.transfer': 'Transfert',
  'expand.more': '+{n} voisins non affichés',
  'expand.none': 'Aucun autre voisin.',
  'path.title': 'Plus court chemin',
  'path.from': 'De',
  'path.to': 'À',
  'path.find': 'Chercher',
  'path.clear': 'Effacer',
  'path.found': '{n} plus court(s) chemin(s), {len} étape(s)',
  'path.none': "Aucun chemin entre ces deux entités (jusqu'à 8 étapes).",
  'path.missing': 'Entité inconnue : {ids}',
  'timeline.title': 'Chronologie',
  'timeline.hint': 'Glisser pour filtrer une période',
  'timeline.clear': 'Toutes les dates',
  'timeline.empty': 'Aucun fait daté affiché.',
  'legend.title': 'Légende',
  'legend.dashed': 'pointillés (rouge pâle sur les très grands graphes) : allégué, démenti ou non confirmé',
  'console.title': 'Console Cypher',
  'lang.toggle': 'English',
  'help.keys': 'Clic : inspecter · Double-clic : déplier · Survol : focus · Ctrl+Z / Ctrl+Y : annuler / rétablir',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** Looks a message up and fills {placeholders}; unknown keys fall back to English, then the key. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = DICTS[lang]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? formatVar(lang, vars[k]) : `{${k}}`));
}

function formatVar(lang: Lang, v: string | number): string {
  return typeof v === 'number' ? v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US') : v;
}

/** Picks the interface language: stored choice, else the browser's, else English. */
export function pickLang(stored: string | null, browser: string | undefined): Lang {
  if (stored === 'en' || stored === 'fr') return stored;
  return browser?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Human name of a vocabulary value in the interface language (labels and types stay as in the data model). */
export function statusText(lang: Lang, status: string): string {
  const key = `status.${status}` as MessageKey;
  return key in en ? translate(lang, key) : status;
}

const VOCAB: Record<Lang, Record<string, string>> = {
  en: {
    Person: 'Person', Country: 'Country', Organization: 'Organization', Location: 'Location', Agreement: 'Agreement',
    Transfer: 'Transfer', Claim: 'Claim', Event: 'Event', TRANSFER: 'transfer (folded)',
    troops: 'troops', personnel: 'personnel', workers: 'workers', munitions: 'munitions', artillery_shells: 'artillery shells',
    missiles: 'missiles', weapons: 'weapons', containers: 'containers', funds: 'funds', technology: 'technology', aid: 'aid', oil: 'oil', other: 'other',
  },
  fr: {
    Person: 'Personne', Country: 'Pays', Organization: 'Organisation', Location: 'Lieu', Agreement: 'Accord',
    Transfer: 'Transfert', Claim: 'Déclaration', Event: 'Événement', TRANSFER: 'transfert (replié)',
    troops: 'troupes', personnel: 'personnel', workers: 'travailleurs', munitions: 'munitions', artillery_shells: "obus d'artillerie",
    missiles: 'missiles', weapons: 'armes', containers: 'conteneurs', funds: 'fonds', technology: 'technologie', aid: 'aide', oil: 'pétrole', other: 'autre',
  },
};

/** Interface name of a node label or transfer kind (relationship types stay in their Cypher spelling). */
export function vocabText(lang: Lang, value: string): string {
  return VOCAB[lang][value] ?? value.replace(/_/g, ' ');
}
