// The reporting vocabulary (data/lexicon/reporting.json) compiled into the patterns the claim readers share.
import titles from '../../../data/lexicon/titles.json';
import data from '../../../data/lexicon/reporting.json';

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const REGULAR = '(?:é|ée|és|ées|e|es|ent|ait|aient|era|eront|erait|eraient|ant|er)';
export const verbAlt = (v: { stems: string[]; forms: string[] }) => [...v.forms.map(esc), ...v.stems.map((s) => `${esc(s)}${REGULAR}`)].join('|');
export const VERB_RE = new RegExp(`(?<![\\p{L}])(?:(${verbAlt(data.denies)})|(${verbAlt(data.asserts)}|citant))(?![\\p{L}])`, 'giu');
export const CANNOT = new RegExp(data.cannotConfirm.join('|'), 'i');
export const UNCONFIRMED = new RegExp(data.unconfirmedNotes.join('|'), 'i');
export const TITLES = [...titles.titles].sort((a, b) => b.length - a.length).map(esc).join('|').replace(/['’]/g, "['’]");
export const GROUPS = [...titles.groups].sort((a, b) => b.length - a.length).map(esc).join('|');
export const GROUP_RE = new RegExp(`(?<![\\p{L}])(?:les|des|le|la|l['’]|un|une)\\s+(?:${GROUPS})\\s+([\\p{L}-]+)`, 'giu');
// ", a déclaré X", ", a-t-il ajouté", ", rappelle X" (present tense, no auxiliary).
export const INVERTED = /(?:,|[”»"])\s*(?:(?:a|ont|avait|avaient|aurait|auraient|s['’]est|se sont)(-t-(?:il|elle|ils|elles))?\s+(?:\p{Ll}+\s+)?)?$/u;
// "comme l'a confirmé", "ainsi que l'a reconnu", "C'est ce qu'affirme", "c'est du moins ce que soutient": the speaker follows the verb.
export const ECHO = /(?:,\s*|^\s*|[.:]\s*)(?:comme|ainsi que|c['’]est\s+(?:du moins\s+|en tout cas\s+|précisément\s+|aussi\s+)?ce\s+qu(?:e\s+|['’]\s*))\s*(?:l['’]\s*)?(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\p{Ll}+\s+)?)?$/iu;
export const ADVERBS = [...data.adverbs].sort((a, b) => b.length - a.length).map(esc).join('|').replace(/['’]/g, "['’]");
export const AUX_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:a|ont|avait|avaient|aurait|auraient|aura|avoir|ayant|a-t-il|a-t-elle|s['’]est|se sont)\\s+(?:(?:${ADVERBS})\\s+){0,2})$`, 'iu');
// "s'est borné à rappeler que", "a refusé de confirmer", "veut affirmer": an infinitive governed by a finite verb.
export const GOVERNED_INFINITIVE = /(?<![\p{L}])(?:à|de|d['’]|peut|peuvent|pouvait|pouvaient|pourrait|pourraient|pu|veut|voulu|doit|dû|tient à|tenu à)(?:\s+(?:pas|plus|jamais|encore|toujours))*\s+$/iu;
// "estimant que", "accusant Paris de", "reprochant à l'organisation de": a participle reports when it takes a clause.
// "qualifiant ces accusations de « mensonges »": a judged object, then what it is called.
export const REPORTING_PARTICIPLE = /^\s*(?:(?:ces|cette|cet|ce|ses|leurs?|les|la|le)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:de\s|d['’])|(?:(?:en|le|la|les)\s+[^,.;]{0,30}?\s+)?(?:que|qu['’]|à\s+[^,.;]{1,50}?\s+d['’e]|[\p{Lu}][^,.;]{0,40}?\s+d['’e]))/u;
export const PRONOUN_BEFORE = /(?:^|[\s,:;«“"])(?:il|elle)\s+(?:(?:ne|n['’]|l['’]|les|en|y|lui|leur)\s*)*$/u;
export const PRONOUN_START = /^(?:[«“"]\s*)?(Il|Elle)\s/u;
export const PREP_BEFORE = /(?<![\p{L}])(?:à|aux?|de|des|du|vers|en|par|avec|contre|pour|sur|dans|entre|chez|d['’])\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu;
export const ANAPHORIC_OBJECT = /^\s*(?:cette|ces|ses|leurs?|les)\s+(?:affirmations?|informations?|accusations?|allégations?|déclarations?|rapports?|propos|assertions?)/iu;
// "a déclaré à la BBC", "cités par Reuters", "Interrogé par l'AFP": the outlet that carried the words.
export const MEDIA_TO = /(?<![\p{L}])(?:à la|au|à l['’]|aux journalistes (?:de la|du|de)|selon la|selon le|selon l['’]|(?:cité|interrogé)e?s? par(?: la| le| l['’])?)\s*$/iu;
export const CARRIED_BY = /(?:cité|interrogé)e?s? par(?: la| le| l['’])?\s*$/iu;

// "L'Iran n'a livré aucun missile", "la Chine n'a jamais fourni d'armes": saying it did not happen is a denial.
// "Nous n'avons rien livré", "n'a jamais rien vendu": 'rien' before the participle is the object.
export const NEGATED_TRANSFER = /(?:n['’]\s*(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|aurions)\s+(?:jamais\s+|pas\s+|rien\s+)?|ne\s+)(?:livr|envoy|fourni|fourn|transf[ée]r|export|vend|déploy|exp[ée]di|re[çc]|obten|achet|import|acqu)\p{L}*\s+(?:jamais\s+|pas\s+|aucune?|d['’]|de\s|rien)|n['’]\s*(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|aurions)\s+(?:jamais\s+)?rien\s+(?:livr|envoy|fourni|fourn|transf[ée]r|export|vend|déploy|exp[ée]di|cédé)/iu;

// "des accusations sans fondement", "une énième fausse nouvelle": calling a claim false denies it.
export const DENIAL_CONTENT = new RegExp(data.denialContent.join('|'), 'iu');

// "selon le Pentagone", "D'après les services de renseignement américains, ...", "Pour X, « ... »".
// "de source diplomatique péruvienne", "de sources sécuritaires": a source named by its state, with no article.
export const ACCORDING_RE = /(?<![\p{L}])(selon|d['’]après|pour|de sources?)\s+(?!lesquel|laquelle|lequel|moi\b|eux\b|nous\b|nos\b|notre\b|sûre\b|sûres\b)/giu;
// "Selon lui, ...", "D'après elle": the person just spoken of.
export const PRONOUN_SOURCE = /^(?:lui|elle)(?![\p{L}])/iu;
