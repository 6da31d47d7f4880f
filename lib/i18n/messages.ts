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
  'hint.firstScreen': 'Main actors and the transfers between them. Try: search “moscou” or “troupes Russie”, double-click a country to expand it, or “only” next to a transfer kind.',
  'inspector.empty': 'Select a node or an arrow to read the sentences behind it.',
  'toolbar.inspector': 'Inspector',
  'pane.resizeInspector': 'Drag to resize the inspector',
  'pane.resizeConsole': 'Drag to resize the console',
  'panel.focus': 'Focus',
  'panel.focusHint': 'Show only this entity and its neighbours',
  'filters.only': 'only',
  'filters.onlyHint': 'Show only this one (again: show all)',
  'filters.dim': 'Dim what is filtered out instead of hiding it',
  'timeline.undated': 'undated',
  'timeline.undatedHint': 'Keep facts without a date while a period is selected',
  'legend.unsure': '? before a label: alleged or unconfirmed',
  'legend.denied': '✕ before a label: denied',
  'legend.approx': '≈ about, nearly (environ, près de)',
  'legend.atLeast': '≥ at least (au moins, plus de) · ≤ at most',
  'legend.range': '– a range (entre … et …)',
  'console.run': 'Run',
  'console.running': 'Running…',
  'console.replace': 'replace graph',
  'console.add': 'add to graph',
  'console.modeLabel': 'graph update',
  'console.copyLink': 'Copy link',
  'console.linkCopied': 'link copied',
  'console.copyPrompt': 'Copy this link',
  'console.params': 'query parameters (JSON)',
  'console.rows': '{n} row(s), {nodes} nodes and {edges} edges drawn, {ms} ms',
  'console.truncated': '— truncated: the console caps rows and drawn nodes; add LIMIT or narrow the MATCH',
  'console.saved': 'Saved queries',
  'console.history': 'History',
  'console.clearHistory': 'clear history',
  'console.historyEmpty': 'queries you run appear here',
  'console.position': '— line {line}, column {column}',
  'console.noAnswer': 'the server did not answer: {msg}',
  'search.via.capital': 'capital “{form}”',
  'search.via.demonym': '“{form}”',
  'search.via.alias': 'also “{form}”',
  'search.via.fact': 'fact',
  'export.title': 'Export',
  'export.close': 'Close export panel',
  'export.titleField': 'Title',
  'export.caption': 'Caption',
  'export.part.title': 'Title',
  'export.part.legend': 'Legend',
  'export.part.filters': 'Filters',
  'export.part.sources': 'Sources',
  'export.part.date': 'Date',
  'export.scale': 'Scale',
  'export.size': 'Size',
  'export.viewport': 'viewport',
  'export.custom': 'custom',
  'export.width': 'Width',
  'export.height': 'Height',
  'export.transparent': 'Transparent',
  'export.permalink': 'Copy permalink',
  'export.mapLink': 'Copy map link',
  'export.mapLinkHint': 'A chrome-less page for report pictures',
  'export.saved': '{what} saved',
  'export.pngSaved': 'PNG saved ({n} px wide)',
  'export.copied': '{what} copied',
  'export.failed': '{what} failed: {msg}',
  'export.copyPrompt': 'Copy this link',
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
  'hint.firstScreen': 'Les principaux acteurs et les transferts entre eux. Essayez : chercher « moscou » ou « troupes Russie », double-cliquer un pays pour le déplier, ou « seul » à côté d’une nature de transfert.',
  'inspector.empty': 'Sélectionnez un nœud ou une flèche pour lire les phrases qui le fondent.',
  'toolbar.inspector': 'Inspecteur',
  'pane.resizeInspector': "Glisser pour redimensionner l'inspecteur",
  'pane.resizeConsole': 'Glisser pour redimensionner la console',
  'panel.focus': 'Centrer la vue',
  'panel.focusHint': 'N’afficher que cette entité et ses voisins',
  'filters.only': 'seul',
  'filters.onlyHint': 'N’afficher que celui-ci (à nouveau : tout afficher)',
  'filters.dim': 'Estomper ce qui est filtré au lieu de le masquer',
  'timeline.undated': 'non datés',
  'timeline.undatedHint': 'Garder les faits sans date quand une période est sélectionnée',
  'legend.unsure': '? devant un libellé : allégué ou non confirmé',
  'legend.denied': '✕ devant un libellé : démenti',
  'legend.approx': '≈ environ, près de',
  'legend.atLeast': '≥ au moins, plus de · ≤ au plus, jusqu’à',
  'legend.range': '– une fourchette (entre … et …)',
  'console.run': 'Exécuter',
  'console.running': 'Exécution…',
  'console.replace': 'remplacer le graphe',
  'console.add': 'ajouter au graphe',
  'console.modeLabel': 'mise à jour du graphe',
  'console.copyLink': 'Copier le lien',
  'console.linkCopied': 'lien copié',
  'console.copyPrompt': 'Copiez ce lien',
  'console.params': 'paramètres de la requête (JSON)',
  'console.rows': '{n} ligne(s), {nodes} nœuds et {edges} liens dessinés, {ms} ms',
  'console.truncated': '— tronqué : la console plafonne les lignes et les nœuds dessinés ; ajoutez LIMIT ou resserrez le MATCH',
  'console.saved': 'Requêtes enregistrées',
  'console.history': 'Historique',
  'console.clearHistory': "effacer l'historique",
  'console.historyEmpty': 'les requêtes exécutées apparaissent ici',
  'console.position': '— ligne {line}, colonne {column}',
  'console.noAnswer': "le serveur n'a pas répondu : {msg}",
  'search.via.capital': 'capitale « {form} »',
  'search.via.demonym': '« {form} »',
  'search.via.alias': 'aussi « {form} »',
  'search.via.fact': 'fait',
  'export.title': 'Exporter',
  'export.close': "Fermer le panneau d'export",
  'export.titleField': 'Titre',
  'export.caption': 'Légende de l’image',
  'export.part.title': 'Titre',
  'export.part.legend': 'Légende',
  'export.part.filters': 'Filtres',
  'export.part.sources': 'Sources',
  'export.part.date': 'Date',
  'export.scale': 'Échelle',
  'export.size': 'Taille',
  'export.viewport': 'écran',
  'export.custom': 'sur mesure',
  'export.width': 'Largeur',
  'export.height': 'Hauteur',
  'export.transparent': 'Fond transparent',
  'export.permalink': 'Copier le lien permanent',
  'export.mapLink': 'Copier le lien de la carte',
  'export.mapLinkHint': 'Une page sans interface pour les images de rapport',
  'export.saved': '{what} enregistré',
  'export.pngSaved': 'PNG enregistré ({n} px de large)',
  'export.copied': '{what} copié',
  'export.failed': 'Échec de {what} : {msg}',
  'export.copyPrompt': 'Copiez ce lien',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** Looks a message up and fills {placeholders}; unknown keys fall back to English, then the key. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = DICTS[lang]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? formatVar(lang, vars[k]) : `{${k}}`));
}

function formatVar(lang: Lang, v: string | number): string {
  return typeof v === 'number' ? formatNumber(lang, v) : v;
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

const REL_TYPES: Record<Lang, Record<string, string>> = {
  en: {
    SENT: 'sent', TO: 'to', IN_EXCHANGE_FOR: 'in exchange for', COVERS: 'covers', PARTY_TO: 'party to', SIGNED: 'signed', VETOED: 'vetoed',
    HOLDS_ROLE: 'holds role', MEMBER_OF: 'member of', PART_OF: 'part of', ASSERTS: 'asserts', DENIES: 'denies', CANNOT_CONFIRM: 'cannot confirm',
    REPORTED: 'reported', ABOUT: 'about', INVOLVED_IN: 'involved in', LOCATED_IN: 'located in', TRANSFER: 'transfer', MENTIONS: 'mentions', HAS_SENTENCE: 'has sentence',
  },
  fr: {
    SENT: 'a envoyé', TO: 'à destination de', IN_EXCHANGE_FOR: 'en échange de', COVERS: 'couvre', PARTY_TO: 'partie à', SIGNED: 'a signé', VETOED: 'a mis son veto à',
    HOLDS_ROLE: 'occupe la fonction', MEMBER_OF: 'membre de', PART_OF: 'fait partie de', ASSERTS: 'affirme', DENIES: 'dément', CANNOT_CONFIRM: 'ne peut confirmer',
    REPORTED: 'a rapporté', ABOUT: 'porte sur', INVOLVED_IN: 'impliqué dans', LOCATED_IN: 'situé à', TRANSFER: 'transfert', MENTIONS: 'mentionne', HAS_SENTENCE: 'contient la phrase',
  },
};

/** Interface name of a relationship type ("SENT" -> "a envoyé"); unknown types read as lower-case words. */
export function relText(lang: Lang, type: string): string {
  return REL_TYPES[lang][type] ?? type.toLowerCase().replace(/_/g, ' ');
}

const PROP_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    quantity: 'quantity', quantityMax: 'up to', quantityMin: 'at least', quantityText: 'as written', qualifier: 'precision', unit: 'unit', kind: 'kind', kinds: 'kinds',
    status: 'status', date: 'date', text: 'text', name: 'name', aliases: 'also called', iso2: 'ISO code', title: 'title', role: 'role', stance: 'stance', quote: 'quote',
    firstSeen: 'first seen', lastSeen: 'last seen', sources: 'sources', latestQuantity: 'latest figure', latestDate: 'latest date', state: 'state', country: 'country', place: 'place',
    latestQualifier: 'latest precision', latestQuantityMax: 'latest figure, up to', mentions: 'mentions', assertedBy: 'asserted by', deniedBy: 'denied by',
    unconfirmedBy: 'not confirmed by', dateText: 'date as written', when: 'when', verb: 'verb',
  },
  fr: {
    quantity: 'quantité', quantityMax: "jusqu'à", quantityMin: 'au moins', quantityText: 'dans le texte', qualifier: 'précision', unit: 'unité', kind: 'nature', kinds: 'natures',
    status: 'statut', date: 'date', text: 'texte', name: 'nom', aliases: 'autres noms', iso2: 'code ISO', title: 'titre', role: 'rôle', stance: 'position', quote: 'citation',
    firstSeen: 'première mention', lastSeen: 'dernière mention', sources: 'sources', latestQuantity: 'dernier chiffre', latestDate: 'date du dernier chiffre', state: 'état', country: 'pays', place: 'lieu',
    latestQualifier: 'précision du dernier chiffre', latestQuantityMax: "dernier chiffre, jusqu'à", mentions: 'mentions', assertedBy: 'affirmé par', deniedBy: 'démenti par',
    unconfirmedBy: 'non confirmé par', dateText: 'date dans le texte', when: 'quand', verb: 'verbe',
  },
};

/** Interface name of a property key ("quantityText" -> "dans le texte"); unknown keys are split into words. */
export function propText(lang: Lang, key: string): string {
  return PROP_NAMES[lang][key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

const QUALIFIER_TEXT: Record<Lang, Record<string, string>> = {
  en: { exact: 'exact', approx: 'about', nearly: 'nearly', at_least: 'at least', at_most: 'at most', range: 'range' },
  fr: { exact: 'exact', approx: 'environ', nearly: 'près de', at_least: 'au moins', at_most: 'au plus', range: 'fourchette' },
};

/** Locale tag of an interface language, for Intl. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A number in the interface language: 3000000 -> "3 000 000" (fr) / "3,000,000" (en). */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(n);
}

/** A date (ISO string or epoch ms) in the interface language; text that is not a date stays as written. */
export function formatDate(lang: Lang, value: string | number): string {
  const iso = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim()) : null;
  if (typeof value === 'string' && !iso) return value;
  const t = typeof value === 'number' ? value : Date.UTC(+iso![1], iso![2] ? +iso![2] - 1 : 0, iso![3] ? +iso![3] : 1);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (typeof value === 'number' || iso![2]) opts.month = 'long';
  if (typeof value === 'number' || iso![3]) opts.day = 'numeric';
  return new Intl.DateTimeFormat(localeOf(lang), opts).format(t);
}

/** A property value as the interface shows it: vocabulary translated, numbers and dates in the language. */
export function valueText(lang: Lang, key: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => valueText(lang, key, v)).join(', ');
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key === 'iso2' ? String(value) : formatNumber(lang, value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (key === 'qualifier' || key === 'latestQualifier') return QUALIFIER_TEXT[lang][value] ?? value;
  if (key === 'status') return statusText(lang, value);
  if (key === 'kind' || key === 'kinds') return vocabText(lang, value);
  if (key === 'date' || key === 'firstSeen' || key === 'lastSeen' || key === 'latestDate') return formatDate(lang, value);
  return value;
}
