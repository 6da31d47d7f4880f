/** An acronym in brackets after an agreement's name is the agreement's short form, never a body ("l'accord d'accès réciproque (RAA)"). */
import { filledRegExps, relationWords } from './relation-words';
import { alternationOf } from './syntax/alternation';
import { perLanguage, type Language } from './syntax/language';
import { fold } from './text';

// The agreement nouns of a language, sanctions aside: "les sanctions de l'Union européenne (UE)" names a body in brackets.
const nounsOf = (lang: Language) =>
  Object.entries(relationWords(lang).agreements.nouns)
    .filter(([kind]) => kind !== 'sanctions')
    .flatMap(([, ws]) => ws);

/** Whether a folded word is an agreement noun of the article's language ("Agreement" closing "the Reciprocal Access Agreement"). */
export function endsAgreementName(key: string): boolean {
  return perLanguage('org.agreementNouns', (lang) => new Set(nounsOf(lang).map(fold))).has(key);
}

/** Whether a text ends with an agreement's name and an opening bracket (pattern agreement.acronymAfterName). */
export function followsAgreementName(before: string): boolean {
  // A common noun's name may run on through "pour" ("l'accord de partenariat pour une transition juste (JETP)"); a
  // capitalised one is a body's own name ("l'Initiative pour la transparence … (ITIE)" is a body).
  const common = (lang: Language) => nounsOf(lang).filter((w) => /^\p{Ll}/u.test(w));
  return perLanguage('org.afterAgreement', (lang) => filledRegExps('agreement', { nouns: alternationOf(nounsOf(lang)), commonNouns: alternationOf(common(lang)) }, lang)('acronymAfterName')).test(before);
}
