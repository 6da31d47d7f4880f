// The reporting vocabulary and the claim grammar of the article's language, compiled into the patterns the claim
// readers share: French from data/lexicon/reporting.json and data/lang/fr/patterns.json, English from data/lang/en/.
// They are compiled once per Language and handed to the readers as an argument (see claimPatterns).
import titles from '../../../data/lexicon/titles.json';
import frReporting from '../../../data/lexicon/reporting.json';
import enReporting from '../../../data/lang/en/reporting.json';
import { activeLanguage, languageOf, patternSource, perLanguage, type Language } from '../syntax/language';
import { allTitles, filledRegExps } from '../relation-words';
import { alternationOf, escapeRegExp, NEVER_MATCHES } from '../syntax/alternation';

/** The reporting vocabulary of one language (data/lexicon/reporting.json's shape). */
interface Reporting {
  asserts: { stems: string[]; forms: string[] };
  denies: { stems: string[]; forms: string[] };
  cannotConfirm: string[];
  unconfirmedNotes: string[];
  denialContent: string[];
  adverbs: string[];
  documents?: string[];
  /** Head nouns that name a news outlet again without its name ("le quotidien", "l'agence"). */
  outlets?: string[];
  /** Nouns that name a fact rather than state one ("livraison", "accusations"). */
  retroNouns: string[];
  /** Qualifiers that name no state ("occidentaux"): a nameless group so qualified speaks as an actor of its own. */
  statelessQualifiers: string[];
}
const REPORTING = new Map<string, Reporting>([['fr', frReporting], ['en', enReporting]]);

/** The reporting vocabulary of a language: its own data/lang/<code>/reporting.json, French's where it has none. */
export function reportingOf(lang: Language): Reporting {
  return REPORTING.get(lang.code) ?? frReporting;
}
// Nameless groups that speak for a state ("un responsable américain"): French titles only so far.
const GROUP_WORDS = new Map<string, string[]>([['fr', titles.groups]]);

const alternation = (words: string[]) => alternationOf(words, { apostrophes: false, empty: NEVER_MATCHES });
/** The office titles of the titles lexicon ("ministre", "porte-parole") as one alternation, filled into the speaker patterns' {titles}. */
export const TITLES = alternationOf(allTitles(languageOf('fr')));

/** Claim pattern `name` filled with its word lists (claim.unnamedBodies, claim.firms ...; {currencies} from the goods lexicon), compiled once per language. */
export const filledClaimPattern = (name: string): RegExp =>
  perLanguage(`claims.filled.${name}`, (lang) => filledRegExps('claim', { currencies: alternationOf(lang.transfers.currencies) }, lang)(name));

function compile(lang: Language) {
  const data = reportingOf(lang);
  const src = (name: string) => patternSource(name, lang);
  const regular = src('claim.regularEndings');
  const verbAlt = (v: { stems: string[]; forms: string[] }) => [...v.forms.map(escapeRegExp), ...v.stems.map((s) => `${escapeRegExp(s)}${regular}`)].join('|') || NEVER_MATCHES;
  const extra = lang.patterns['claim.extraAsserting'];
  const adverbs = alternationOf(data.adverbs, { empty: NEVER_MATCHES });
  const groups = GROUP_WORDS.get(lang.code);
  const retroNouns = alternationOf(data.retroNouns, { longestFirst: false, apostrophes: false });
  const groupHead = groups ? src('claim.groupHead').replace('{groups}', alternation(groups)).replace('{modifiers}', src('claim.groupModifier')) : NEVER_MATCHES;
  return {
    VERB_RE: new RegExp(`(?<![\\p{L}])(?:(${verbAlt(data.denies)})|(${verbAlt(data.asserts)}${extra ? `|${extra}` : ''}))(?![\\p{L}])`, 'giu'),
    CANNOT: new RegExp(data.cannotConfirm.join('|') || NEVER_MATCHES, 'i'),
    UNCONFIRMED: new RegExp(data.unconfirmedNotes.join('|') || NEVER_MATCHES, 'i'),
    GROUP_RE: new RegExp(groupHead, 'giu'),
    // The same head for one exec() from a given offset: no shared lastIndex to reset.
    GROUP_ONE: new RegExp(groupHead, 'iu'),
    // "comme l'a confirmé", "ainsi que l'a reconnu", "C'est ce qu'affirme", ", ce que dément": the speaker follows the verb.
    ECHO: new RegExp(src('claim.echo'), 'iu'),
    // ", ce que", ", ce qu'": a relative clause whose subject is another speaker, answering the clause before.
    ECHO_CLAUSE: new RegExp(src('claim.echoClause'), 'giu'),
    // ", a déclaré X", ", a-t-il ajouté", ", rappelle X" (present tense, no auxiliary).
    INVERTED: new RegExp(src('claim.inverted'), 'u'),
    AUX_BEFORE: new RegExp(src('claim.auxBefore').replace('{adverbs}', adverbs), 'iu'),
    // "a assuré que … et démenti que …", "a confirmé la saisie et nié": a participle sharing the auxiliary of a verb before it.
    ELIDED_AUX: new RegExp(src('claim.elidedAuxiliary').replaceAll('{adverbs}', adverbs), 'iu'),
    // "s'est borné à rappeler que", "a refusé de confirmer", "veut affirmer": an infinitive governed by a finite verb.
    GOVERNED_INFINITIVE: new RegExp(src('claim.governedInfinitive'), 'iu'),
    // "estimant que", "accusant Paris de": a participle reports when it takes a clause; "qualifiant ces accusations de « mensonges »".
    REPORTING_PARTICIPLE: new RegExp(src('claim.reportingParticiple'), 'u'),
    PRONOUN_START: new RegExp(src('claim.pronounStart'), 'u'),
    // "il chiffrait", "elle l'a confirmé": a subject pronoun right before the verb.
    PRONOUN_BEFORE: new RegExp(src('claim.pronounBefore'), 'u'),
    PREP_BEFORE: new RegExp(src('claim.prepositionBefore'), 'iu'),
    ANAPHORIC_OBJECT: new RegExp(src('claim.anaphoricObject'), 'iu'),
    // "Le document indique également que ...": a document named before, by its noun alone, speaks for its author.
    BARE_DOCUMENT: new RegExp(src('claim.bareDocument').replace('{documents}', alternation(data.documents ?? [])), 'iu'),
    // "a déclaré à la BBC", "cités par Reuters", "Interrogé par l'AFP": the outlet that carried the words.
    MEDIA_TO: new RegExp(src('claim.mediaTo'), 'iu'),
    CARRIED_BY: new RegExp(src('claim.carriedBy'), 'iu'),
    // "L'Iran n'a livré aucun missile", "Nous n'avons rien livré": saying it did not happen is a denial.
    NEGATED_TRANSFER: new RegExp(src('claim.negatedTransfer'), 'iu'),
    // "des accusations sans fondement", "une énième fausse nouvelle": calling a claim false denies it.
    DENIAL_CONTENT: new RegExp(data.denialContent.join('|') || NEVER_MATCHES, 'iu'),
    // "ces accusations", "toute livraison", "ces appareils": the object is a fact stated before (nouns in the data's order).
    RETRO_OBJECT: new RegExp(`(?<![\\p{L}])(?:${src('claim.retroDeterminer')})\\s+(?:${retroNouns})(?![\\p{L}])`, 'iu'),
    // "toute livraison", "ces accusations", "la vente": words that name a fact rather than state one.
    FACT_NOUN: new RegExp(`(?<![\\p{L}])(?:${retroNouns})(?![\\p{L}])`, 'iu'),
    // "ce que ces derniers contestent", "selon ce dernier": the last actor named before.
    LATTER: new RegExp(src('claim.latter'), 'iu'),
    // "n'avait jamais livré la moindre arme": a negation just before a fact's words.
    NEGATION_BEFORE: new RegExp(src('claim.negationBefore'), 'iu'),
    // "Selon le ministère, la livraison a eu lieu en mars": a transfer noun with a definite article and no complement is one stated before.
    DEFINITE_FACT: new RegExp(src('claim.definiteFact'), 'iu'),
    // "Selon moi, ...", "À mon sens, ...", "Je le dis sans détour : ...": an op-ed's author speaks in her own voice.
    OWN_VOICE: new RegExp(src('claim.ownVoice'), 'iu'),
    // "a dénoncé", "a salué": verbs that react to a fact rather than state one.
    REACTION: new RegExp(src('claim.reaction'), 'iu'),
    // "ces accusations", "ces informations": nouns for what someone said.
    CLAIM_NOUN: new RegExp(src('claim.claimNoun'), 'iu'),
    // "Démenti catégorique d'Ankara.", "Réaction de Moscou : « ... »": a statement named by a noun, its speaker after "de".
    NOMINAL: new RegExp(src('claim.nominal'), 'iu'),
    // "rejette les critiques", "balaie les pressions": what is rejected is a judgement of a fact, not the fact.
    JUDGED_OBJECT: new RegExp(src('claim.judgedObject'), 'iu'),
    // "selon Washington et Séoul": what joins two speakers; "et la Russie a livré": a joined subject of the next clause instead.
    JOINED: new RegExp(src('claim.joined'), 'iu'),
    NEXT_CLAUSE_SUBJECT: new RegExp(src('claim.nextClauseSubject'), 'iu'),
    // "« ... », affirme-t-il": the subject pronoun after a present-tense verb.
    PRONOUN_AFTER: new RegExp(src('claim.pronounAfter'), 'iu'),
    // "Le Pentagone est formel : ...": a speaker sure of what follows the colon.
    CERTAIN: new RegExp(src('claim.certain'), 'iu'),
    // "n'a jamais accusé", "ne dément pas": a negated report takes no stance.
    NEGATED_BEFORE: new RegExp(src('claim.negatedBefore'), 'iu'),
    NEGATION_RIGHT_BEFORE: new RegExp(src('claim.negationRightBefore'), 'iu'),
    NEGATED_AFTER: new RegExp(src('claim.negatedAfter'), 'iu'),
    // "n'a pas souhaité commenter", "n'a ni confirmé ni démenti": withholding comment cannot confirm.
    WITHHELD: new RegExp(src('claim.withheld'), 'giu'),
    // "selon le Pentagone", "D'après les services de renseignement américains, ...", "Pour X, « ... »".
    ACCORDING_RE: new RegExp(src('claim.according'), 'giu'),
  };
}

/** The claim grammar of one language, compiled. */
export type ClaimPatterns = ReturnType<typeof compile>;

/** The claim patterns of `lang` (the language being extracted by default), compiled on first use and cached with it. */
export function claimPatterns(lang: Language = activeLanguage()): ClaimPatterns {
  return perLanguage('claims', compile, lang);
}

/** Whether a preposition governs the mention starting at `at` ("à la Russie", "avec Pékin"): then it is no subject. */
export function afterPreposition(p: ClaimPatterns, text: string, at: number): boolean {
  return p.PREP_BEFORE.test(text.slice(Math.max(0, at - 25), at));
}
