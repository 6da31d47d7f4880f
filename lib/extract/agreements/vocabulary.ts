import data from '../../../data/lexicon/agreements.json';

// The agreement words of data/lexicon/agreements.json, compiled once.

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Agreement noun (lower case) -> its kind ("accord", "treaty", "sanctions" ...). */
export const KIND_OF = new Map<string, string>();
for (const [kind, words] of Object.entries(data.nouns)) for (const w of words) KIND_OF.set(w.toLowerCase(), kind);
const NOUN_ALT = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
const MOD_ALT = [...data.modifiers].sort((a, b) => b.length - a.length).map(esc).join('|');
/** An agreement noun and the words that complete it ("accord de coopération militaire"). */
export const AGREEMENT_RE = new RegExp(`(?<![\\p{L}])(${NOUN_ALT})((?:\\s+(?:${MOD_ALT}))*)(?![\\p{L}])`, 'giu');
/** Whether a text names an agreement (no global state). */
export const namesAgreement = (text: string) => new RegExp(AGREEMENT_RE.source, 'iu').test(text);
export const SIGN_RE = new RegExp(`(?<![\\p{L}])(?:${data.signVerbs.map(esc).join('|')})\\p{L}*`, 'giu');
export const VETO_RE = new RegExp(`(?:${data.vetoPatterns.map(esc).join('|')})`, 'iu');
export const COVERS_GAP = /(?:pour (?:faciliter|permettre|encadrer|organiser)|prévoyant|qui prévoit|prévoit|prévoient|prévoyait|portant sur|visant à faciliter|sert de (?:couverture|cadre)|servirait de (?:couverture|cadre)|couvre|encadre|sur)\s/iu;
export const PRONOUN_SIGN = /(?<![\p{L}])(?:l['’]|le\s+|la\s+|les\s+)(?:ont|a|avaient|avait|auraient|aurait)\s+(?:sign|paraph|ratifi|conclu)\p{L}*/iu;
// "le contrat de vente de 30 Rafale, signé avec l'Égypte": a complement closed by a comma may come first.
export const PASSIVE_SIGN = new RegExp(`^(?:-\\p{L}+)?(?:\\s+[^,.;()«»"]{1,40}?,)?,?\\s*(?:[\\p{Ll}'’-]+\\s+){0,4}?(${data.passiveVerbs.map(esc).join('|')})(?![\\p{L}])`, 'iu');
/** "signé à Pretoria par X, ..., l'accord": a passive verb before the noun, its agents after "par". */
export const FRONTED_PASSIVE = new RegExp(`(?<![\\p{L}])(${data.passiveVerbs.map(esc).join('|')})(?![\\p{L}])[^.;]*?\\spar\\s`, 'iu');
export const SIGNING = /^(?:sign|conclu|paraph|ratifi|contresign)/iu;
export const ANAPHORIC_TRANSFER = /^(?:Ce|Cet|Cette|Ces)\s+(?:déploiements?|transferts?|livraisons?|envois?|expéditions?|fournitures?)(?![\p{L}])/u;
export const SANCTION_ACTION = /(?:impos|adopt|annonc|prolong|renforc|durc|décrét|nouvelles|paquet|train|série|régime)/iu;
export const ON_BEHALF = /(?:au nom|pour le compte|de la part)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$/iu;
// "signataire de l'accord": a person who signed it.
export const SIGNATORY = /(?<![\p{L}])signataires?\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de)\s*$/iu;
// "la signature de l'accord", "la ratification du traité": the act named before the agreement.
export const NOMINAL_SIGN = new RegExp(`(?<![\\p{L}])(${alt(data.signingNouns)})\\s+(?:de\\s+la|de\\s+l['’]|du|des|d['’]|de)\\s*$`, 'iu');
// "le traité de Lisbonne", "les accords d'Abraham": a capitalised name after "de" completes the agreement's name.
export const OF_NAME = /^\s+(?:de\s+|d['’]\s*|du\s+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}-]*|[IVX]+|\d+))*)/u;
// "le pacte AUKUS", "la résolution 2216": an acronym or a number right after the noun.
export const TAG_NAME = /^\s+((?:(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}{2,}[\p{Lu}\d+-]*|\d{2,5})(?:\s+\p{Lu}{2,}[\p{Lu}\d+-]*)?)(?![\p{L}\d])/u;
export const NOT_NAMES = new Set(data.notNames);
// "les deux pays", "des deux camps", "leurs ministres": the two sides last named.
export const PAIR_RE = new RegExp(`(?<![\\p{L}])(?:(?:les|des|aux|ces)\\s+deux\\s+(?:(${alt(data.pairs.states)})|(${alt(data.pairs.sides)}))|(leurs)\\s+(?:${alt(data.pairs.states)}|${alt(data.pairs.sides)}))(?![\\p{L}])`, 'iu');
export const BIND = new RegExp(`^(?:\\s+[^\\s,.;]+){0,3}?\\s+(?:${alt(data.bindVerbs)})\\s+`, 'iu');
// "le G7, dont le plafonnement": the body or state right before "dont" owns the agreement.
export const WHOSE = /^\s*,?\s*dont\s+(?:la|le|les|l['’])\s*$/iu;
// "Il a été signé par X", "l'un signé par X, l'autre par Y, chacun étant contresigné par Z": the text is the agreement last named.
export const BACK_SIGNED = /(?:^(?:[«“"]\s*)?(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ce texte|Le texte|Ces textes|Les textes)\s+(?:a|ont|avait|avaient|aurait|auraient)\s+été\s+(?:[\p{Ll}]+\s+)?|(?<![\p{L}])(?:l['’]un|l['’]une|l['’]autre|chacun|chacune|le premier|le second|la première|la seconde|celui-ci|celle-ci)\s*,?\s+(?:(?:étant|ayant été|a été|ont été|avait été|fut)\s+)?)(?:sign|paraph|ratifi|contresign)(?:é|ée|és|ées)(?![\p{L}])/iu;
export const DESCRIBED = /^\s*(?:,|et|ainsi que)?\s*(?:(?:la|le|les|l['’])\s*)?(?:(?!(?:à|de|des|du|pour|avec|contre|sur|dans|vers|par|en|qui|que|dont|a|ont|est|sont)\s)[\p{Ll}-]+\s+){0,3}$/iu;
