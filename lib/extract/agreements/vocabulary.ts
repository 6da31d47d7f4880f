import { relationWords, filledRegExps } from '../relation-words';
import { activeLanguage, pattern, perLanguage, type Language } from '../syntax/language';
import { alternationOf } from '../syntax/alternation';
import { fold } from '../text';
import type { AgreementMemory } from './types';

// The agreement rules of the article's language: patterns agreement.* of data/lang/<code>/patterns.json, their
// {lists} filled from the language's agreement words, compiled once per language.

const alt = (xs: string[]) => alternationOf(xs);
const inOrder = (xs: string[]) => alternationOf(xs, { longestFirst: false });

function compile(lang: Language) {
  const data = relationWords(lang).agreements;
  const kindOf = new Map<string, string>();
  for (const [kind, words] of Object.entries(data.nouns)) for (const w of words) kindOf.set(w.toLowerCase(), kind);
  const lists: Record<string, string> = {
    nouns: alt([...kindOf.keys()]),
    modifiers: alt(data.modifiers),
    signVerbs: inOrder(data.signVerbs),
    vetoPatterns: inOrder(data.vetoPatterns),
    passiveVerbs: inOrder(data.passiveVerbs),
    mediationVerbs: alt(data.mediationVerbs ?? []),
    signingNouns: alt(data.signingNouns),
    pairStates: alt(data.pairs.states),
    pairSides: alt(data.pairs.sides),
    pairPersons: alt(data.pairs.persons ?? []),
    bindVerbs: alt(data.bindVerbs),
  };
  const re = filledRegExps('agreement', lists, lang);
  // "le texte" points back to an agreement but names none.
  const naming = filledRegExps('agreement', { ...lists, nouns: alt([...kindOf].filter(([, k]) => k !== 'text').map(([w]) => w)) }, lang);
  return {
    /** Agreement noun (lower case) -> its kind ("accord", "treaty", "sanctions" ...). */
    KIND_OF: kindOf,
    /** An agreement noun and the words that complete it ("accord de coopération militaire"): groups noun, mods. */
    AGREEMENT_RE: re('noun', 'giu'),
    NAMES_AGREEMENT: naming('noun'),
    SIGN_RE: re('signVerb', 'giu'),
    VETO_RE: re('veto'),
    COVERS_GAP: re('coversGap'),
    PRONOUN_SIGN: re('pronounSign'),
    // "le contrat de vente de 30 Rafale, signé avec l'Égypte": a complement closed by a comma may come first.
    PASSIVE_SIGN: re('passiveSign'),
    /** "signé à Pretoria par X, ..., l'accord": a passive verb before the noun, its agents after "par". */
    FRONTED_PASSIVE: re('frontedPassive'),
    SIGNING: re('signing'),
    // "approuvé par le FMI": a lender's approval makes a programme an agreement, as a signature does.
    SIGNING_OR_APPROVING: re('signingOrApproving'),
    // "le programme d'aide approuvé par le Congrès": aid a programme holds is a transfer, not an agreement.
    GOODS_COMPLEMENT: re('goodsComplement', 'u'),
    ANAPHORIC_TRANSFER: re('anaphoricTransfer', 'u'),
    SANCTION_ACTION: re('sanctionAction'),
    ON_BEHALF: re('onBehalf'),
    // "côté kényan": a side named by its nationality.
    SIDE_BEFORE: re('sideBefore'),
    // "signataire de l'accord": a person who signed it.
    SIGNATORY: re('signatory'),
    // "Les ministres de la Défense du Japon et des Philippines ont signé": the states behind a plural head noun.
    HEADED_SUBJECT: re('headedSubject', 'iu'),
    // "par les dirigeants du Kenya et de l'Ouganda": the people an agent names stand for the states after their head noun.
    HEADED_AGENT: re('headedAgent'),
    HEADED_LIST_GAP: re('headedListGap'),
    // "X et le général Y", "X, Y et Z": what may sit between two people of one list.
    PERSON_JOIN: re('personJoin'),
    // "l'accord, dont les signataires sont X et Y".
    SIGNATORIES_AFTER: re('signatoriesAfter'),
    // "l'accord que X a conclu": an object relative right after the name.
    OBJECT_RELATIVE: re('objectRelative'),
    // "le traité porte les signatures de X et de Y".
    SIGNATURES_OF: re('signaturesOf'),
    // "a signé ... par la voix de ses ministres X et Y", "représentée par X": the people a state or body signs through.
    THROUGH_VOICE: re('throughVoice'),
    // "Parmi les signataires figurent X et Y", in a sentence that names no agreement.
    SIGNATORIES_LIST: re('signatoriesList'),
    // "la signature de l'accord", "la ratification du traité": the act named before the agreement.
    NOMINAL_SIGN: re('nominalSign'),
    // "le traité de Lisbonne", "les accords d'Abraham": a capitalised name after "de" completes the agreement's name.
    OF_NAME: re('ofName', 'u'),
    // "l'accord sur le nucléaire iranien", "the agreement on grain exports": the topic after "sur" completes the name.
    TOPIC: re('topic', 'u'),
    // "l'accord de 1987", "le traité de paix de 1994": a year after the noun names the agreement as a proper name would.
    YEAR_NAME: re('yearName', 'u'),
    // "contrat", "contrat-cadre": the nouns of a commercial contract.
    CONTRACT_NOUN: re('contractNoun', 'u'),
    // "Le contrat a été attribué à un consortium mené par X": the passive of an award, up to where its winner is named.
    AWARDED: re('awarded', 'u'),
    // "Damas ne respecte pas l'accord", "qui viole le cessez-le-feu": a verb of keeping or breaking the agreement right before it.
    ABIDE_VERB: re('abideVerb', 'u'),
    // "..., à laquelle les Pays-Bas sont tenus": a relative after the name whose subject is bound by it (up to the subject).
    BOUND_RELATIVE: re('boundRelative', 'u'),
    BOUND_VERB: re('boundVerb', 'u'),
    // "le pacte AUKUS", "la résolution 2216": an acronym or a number right after the noun.
    TAG_NAME: /^\s+((?:(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}{2,}[\p{Lu}\d+-]*|\d{2,5})(?:\s+\p{Lu}{2,}[\p{Lu}\d+-]*)?)(?![\p{L}\d])/u,
    // "le pacte Aukus", "l'accord Quad": one capitalised word right after the noun, when the text names no actor or place with it.
    WORD_NAME: /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}\d'’-])/u,
    // "l'accord d'accès réciproque (RAA)", "un accord sur le statut des forces en visite (SOVFA)": an acronym in brackets
    // after the name (and the words that end it, group 1) is its short form (group 2).
    SHORT_FORM: re('shortForm', 'u'),
    // "une « déclaration d'engagement »": a title in quotation marks names the agreement up to the closing mark.
    QUOTED_OPEN: re('quotedOpen', 'u'),
    QUOTED_CLOSE: re('quotedClose', 'u'),
    // "ont signé en mai une déclaration": a signing verb makes a statement noun an agreement without a proper name.
    SIGNED_OBJECT: re('signedObject'),
    // "Le royaume a accueilli les pourparlers", "sous l'égide de l'Union africaine": who hosts or brokers talks.
    HOST_AFTER: re('hostAfter'),
    HOST_BEFORE: re('hostBefore'),
    // "Le nouveau ministre a signé": a title with no name as the signing verb's subject (group 1: the title).
    TITLE_SUBJECT: re('titleSubject', 'iu'),
    // "par le ministre kényan": a title right before a nationality adjective.
    TITLE_BEFORE: re('titleBefore', 'iu'),
    // "n'a jamais signé", "a refusé de signer": a negated or refused signing verb (ends right before it).
    NEGATED_SIGN: re('negatedSign', 'iu'),
    // "..., qui ont signé": a relative subject right before the signing verb; LIST_GAP joins the actors of its antecedent.
    RELATIVE_SUBJECT: re('relativeSubject', 'iu'),
    LIST_GAP: pattern('list.gap', 'iu', lang),
    NOT_NAMES: new Set(data.notNames),
    /** Nouns (lower case) that name an agreement only with a proper name after them. */
    NAMED_ONLY: new Set((data.namedOnly ?? []).map((w) => w.toLowerCase())),
    /** Nouns (lower case) that name an agreement only when a signing verb governs them, before or after. */
    SIGNED_ONLY: new Set((data.signedOnly ?? []).map((w) => w.toLowerCase())),
    /** Folded first part of a compound nationality adjective -> ISO code ("russo" -> "RU"). */
    COMPOUND_PREFIXES: new Map(Object.entries(data.compoundPrefixes ?? {}).map(([k, v]) => [fold(k), v])),
    // "les deux pays", "des deux camps", "leurs ministres": the two sides last named.
    PAIR_RE: re('pair'),
    /** PAIR_RE for every match of a text ("Les deux pays ... les deux pays"). */
    PAIRS_RE: re('pair', 'giu'),
    BIND: re('bind'),
    // "l'accord le liant à la France": the clause's subject is bound to the state after "à".
    BIND_CLITIC: re('bindClitic'),
    BIND_TO: re('bindTo'),
    // "le G7, dont le plafonnement": the body or state right before "dont" owns the agreement.
    WHOSE: re('whose'),
    // "Il a été signé par X", "l'un signé par X, l'autre par Y": the text is the agreement last named.
    BACK_SIGNED: re('backSigned'),
    DESCRIBED: re('described'),
    PLACE_BEFORE: re('placeBefore'),
    NAMED_AFTER: re('namedAfter', 'u'),
    // "le procès-verbal 331, un accord": a noun with a number or a proper name, in apposition before the agreement noun (group 1).
    NAMED_BEFORE: re('namedBefore', 'u'),
    DEFINITE_BEFORE: re('definiteBefore'),
    // "l'accord de défense et le protocole", "un accord de pêche et un mémorandum": what joins two agreements one verb governs.
    COORDINATED_NAME: re('coordinatedName', 'u'),
    // "l'accord d'organisation", "le contrat d'entretien": a complement noun the modifiers do not list narrows the noun as they do.
    NOUN_COMPLEMENT: re('nounComplement', 'u'),
    // "dans le sillage des accords", "en vertu de l'accord": a name under a preposition is mentioned in passing.
    GOVERNED_BEFORE: re('governedBefore'),
    INDEFINITE_BEFORE: re('indefiniteBefore'),
    NEW_IN_CLAUSE: re('newInClause'),
    OF_BODY: re('ofBody'),
    BETWEEN: re('between'),
    WITH: re('with'),
    WITH_WORD: re('withWord'),
    BOTH_LEADERS: re('bothLeaders'),
    // "par les deux hommes": two people named before stand behind the plural.
    BOTH_PERSONS: re('bothPersons'),
    PRONOUN_SUBJECT: re('pronounSubject', 'u'),
    // "Nous avons signé": the speaker's side.
    WE_SUBJECT: re('weSubject', 'u'),
    // "J'ai signé", "le contrat que j'ai signé": the speaker, in a quote or an interview.
    I_SUBJECT: re('iSubject', 'u'),
    GERUND: re('gerund'),
    GERUND_BEFORE: re('gerundBefore'),
    APPOSED_BEFORE: re('apposedBefore'),
    // ", un pacte de défense": what lies between an agreement's name and a second name in apposition to it.
    APPOSED_AGREEMENT: re('apposedAgreement'),
    /** The agent marker (" par "), searched from an offset. */
    AGENT: re('agent', 'g'),
    AGENT_AFTER: re('agentAfter'),
    // "par le président de la Calabre, X, et la société Y": what joins a state or body to a person among the agents.
    AGENT_JOIN: re('agentJoin'),
    // "par le conseil d'administration du FMI": an organ of a body acts for it.
    ORGAN_OF: re('organOf'),
    // "paraphé par X et Y, en présence du président Z": who only witnesses or brokers a signing, from here on, signs nothing.
    WITNESSED: re('witnessed', 'iu'),
    // "la guerre qui oppose l'armée aux FSR": the two sides of a war (OPPOSES before the first, OPPOSED_SIDES between them),
    // whom "les deux belligérants" (WAR_SIDE) later means.
    OPPOSES: re('opposes', 'iu'),
    OPPOSED_SIDES: re('opposedSides', 'iu'),
    WAR_SIDE: re('warSide', 'iu'),
    FOR_BODY: re('forBody'),
    PARTNER_AFTER_VERB: re('partnerAfterVerb'),
    COUNTERPART_BEFORE: re('counterpartBefore'),
    COUNTERPART_AFTER: re('counterpartAfter'),
    VETO_OBJECT: re('vetoObject'),
    // "rejeté par un veto russe", "bloqué par le veto de la Chine": who vetoed, after the name.
    VETO_AGENT: re('vetoAgent'),
    // "le veto russe à la résolution": who vetoed, in the noun before the name (group who).
    VETO_BEFORE: re('vetoBefore', 'iu'),
  };
}

/** The compiled agreement rules of a language (the active one by default). */
export const words = (lang: Language = activeLanguage()) => perLanguage('agreements', compile, lang);

/** Whether a text names an agreement. */
export const namesAgreement = (text: string) => words().NAMES_AGREEMENT.test(text);

/**
 * The agreement "le texte" points back to: the last that no preposition governs, else the last named. A mention in
 * passing ("au titre de son programme de facilité") since the agreement a clause acted on does not take it over.
 */
export function topicalAgreement(memory: AgreementMemory): AgreementMemory['list'][number] | undefined {
  return memory.list.filter((a) => !a.governed).at(-1) ?? memory.list.at(-1);
}

/** [start, end) of the first agent marker (" par ") at or after `from`, or undefined. */
export function agentAt(text: string, from: number): [number, number] | undefined {
  const re = words().AGENT;
  re.lastIndex = Math.max(0, from);
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
