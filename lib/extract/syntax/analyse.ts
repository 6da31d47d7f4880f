import { fold, tokenize } from '../text';
import type { FormKind } from './conjugate';
import { activeLanguage, currencyKeys, languageOf, pattern, type Frame, type Language } from './language';
import { perSentence } from './memo';

/** A word of the sentence with the closed classes it may belong to. */
export interface Word {
  text: string;
  /** Lower case, accents kept, straight apostrophe: the key of verb forms. */
  lower: string;
  /** Folded (no accents): the key of closed classes. */
  key: string;
  start: number;
  end: number;
  classes: Set<string>;
}

/** A transfer verb found in a sentence, with what the words around it say about its use. */
export interface VerbMention {
  frame: Frame;
  form: FormKind;
  text: string;
  start: number;
  end: number;
  /** Index of the verb among the sentence's words. */
  index: number;
  /** Passive: "ont été livrés par", or a bare participle after its noun ("des drones fournis par"). */
  voice: 'active' | 'passive';
  /** A participle with no auxiliary, after the noun it qualifies ("acheminés par bateau", "un boutre parti d'Iran"). */
  bare: boolean;
  /** "lui", "leur" before the verb: the receiver is named by a pronoun. */
  dative?: Word;
  /** "y" before the verb: where the goods go is a place told before ("elle y a envoyé des soldats"). */
  locative?: Word;
  /** "il", "elle", "ils", "elles" before the verb: the subject is named by a pronoun. */
  pronounSubject?: Word;
  /** "nous" in the verb group: the speaker's side is its subject ("nous avons livré") or its receiver ("X nous a livré"). */
  firstPlural?: { word: Word; role: 'subject' | 'dative' };
  /** "si" opens the clause and the verb is in the imperfect: a hypothesis, not a fact. */
  hypothetical: boolean;
  /** A plan, a wish, a promise or a possibility, not a fact: "livrera", "sera livré", "prévoit de livrer", "pourrait livrer", "a promis". */
  planned: boolean;
  /** Planned by its tense alone ("livrera", "sera livré"), with no modal, wish or promise: a deal's terms are told so. */
  future: boolean;
  /** "se faire livrer": the subject receives what the verb would make it give. */
  beneficiary: boolean;
  /** The word just before the verb group (auxiliaries, clitics and adverbs skipped): often the subject's last word. */
  before?: Word;
}

/** The words and transfer verbs of one sentence. */
export interface Analysis {
  words: Word[];
  verbs: VerbMention[];
}

const lowerOf = (s: string) => s.toLowerCase().replace(/[’‘`´]/g, "'");
// A verb form right after a 'nounDeterminers' word is a noun ("une commande"); after an 'articles' word
// ("le", "la": also object clitics) only where no clitic can stand.

function has(w: Word | undefined, cls: string): boolean {
  return !!w && w.classes.has(cls);
}

/** Whether a participle carries an agreement ending ("livrés", "remise"): the plain form is then another participle. */
function agrees(form: string, lang: Language): boolean {
  const base = form.replace(pattern('verb.agreement', 'u', lang), '');
  return base !== form && lang.verbs.get(base)?.kind === 'participle';
}

/** Whether the verb-looking word at i is used as a noun ("la part", "une commande", "de part et d'autre"). */
function isNoun(words: Word[], i: number, form: FormKind, lang: Language): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  if (has(prev, 'nounDeterminers')) return true;
  if (has(prev, 'articles')) {
    // "pour les livrer", "de l'envoyer": before an infinitive the article is an object pronoun.
    if (form === 'infinitive') return false;
    // "la part" (article after a preposition or at the start) but "Moscou les livre" (object clitic).
    const before = words[i - 2];
    // "à 84 dollars la livre": after a price the article and the form are its unit, never a clitic and a verb.
    const price = !!before && currencyKeys(lang).has(before.key);
    return !before || price || has(before, 'prepositions') || /^[^\p{L}\p{N}]$/u.test(before.text) || has(before, 'have') || has(before, 'be');
  }
  // A preposition governs infinitives ("de livrer") and gerunds ("en fournissant"), not finite forms.
  if (has(prev, 'prepositions') && form === 'finite') return true;
  return false;
}

/** Tokens, closed classes and transfer verbs (lemma, voice, pronouns) of one sentence. */
export function analyse(text: string, language: Language | string = activeLanguage()): Analysis {
  const lang = typeof language === 'string' ? languageOf(language) : language;
  // Several steps read the same sentence.
  return perSentence('analysis', text, lang, () => analyseUncached(text, lang));
}

/** The verb of an inverted subject ("ont" of "ont-ils", "livre" of "livre-t-elle"), else the word itself. */
function verbOfInversion(lower: string, lang: Language): string {
  if (!lower.includes('-')) return lower;
  const tail = lang.inverted.find((p) => lower.endsWith(`-${p}`) && lower.length > p.length + 1);
  return tail ? lower.slice(0, -tail.length - 1) : lower;
}

// "nous achèterons", "j'enverrai" are futures too: the first and second persons are two letters longer than the
// present's "livrons", so a verb in -er needs them before its ending counts (grammar.json 'tense').
function isFuture(form: string, lang: Language, lemma?: string): boolean {
  const end = pattern('verb.future', 'u', lang).exec(form)?.[1];
  const regular = lang.tense.futureRegularLemma;
  return !!end && (!regular || !lemma?.endsWith(regular) || form.length >= lemma.length + (lang.tense.futureMargin[end] ?? 0));
}

function analyseUncached(text: string, lang: Language): Analysis {
  const words: Word[] = tokenize(text).map((t) => {
    // "ont-ils livré", "a-t-elle vendu": the verb before the joined pronoun keeps its classes and its frame.
    const lower = verbOfInversion(lowerOf(t.text), lang);
    return { text: t.text, lower, key: fold(lower), start: t.start, end: t.end, classes: lang.classes.get(fold(lower)) ?? new Set<string>() };
  });
  const verbs: VerbMention[] = [];
  const fixed = new Set<number>();
  for (let i = 0; i < words.length; i++)
    for (const l of lang.locutions) if (l.every((k, j) => words[i + j]?.key === k)) l.forEach((_, j) => fixed.add(i + j));
  // Where a condition opens: "si" (not "même si", "comme si"), "au cas où", "en cas de".
  // An elided "s'" only before "il", "ils" (grammar.json 'condition').
  const opens = (x: Word, k: number) => has(x, 'hypothetical') && (!x.key.endsWith("'") || lang.condition.elidedBefore.includes(words[k + 1]?.key ?? ''));
  const condition = words.some((x, k) => (opens(x, k) && !lang.condition.notAfter.includes(words[k - 1]?.key ?? '')) || lang.conditions.some((l) => l.every((c, m) => words[k + m]?.key === c)));
  const aside = new Set<number>();
  for (let i = 0; i < words.length; i++)
    for (const l of lang.asides) if (l.every((k, j) => words[i + j]?.key === k)) l.forEach((_, j) => aside.add(i + j));
  words.forEach((w, i) => {
    const plain = lang.verbs.get(w.lower);
    const own = lang.pronominal.get(w.lower);
    if ((!plain && !own) || fixed.has(i)) return;
    let { kind } = (plain ?? own)!;
    if (/^\p{Lu}/u.test(w.text) && i > 0) return;
    if (isNoun(words, i, kind, lang)) return;
    // Walk back over the verb group: auxiliaries, modals, adverbs, negation and clitics.
    let j = i - 1;
    let aux: 'be' | 'have' | undefined;
    let dative: Word | undefined;
    let locative: Word | undefined;
    let pronounSubject: Word | undefined;
    let firstPlural: VerbMention['firstPlural'];
    let reflexive = false;
    let nearest = true;
    const modals: string[] = [];
    let planned = false;
    // "peut avoir été fourni", "doit avoir reçu": a modal over a perfect infinitive infers a past fact, it plans nothing.
    let perfect = false;
    // The verb group's auxiliaries and modals, for the tense they carry ("sera livré", "pourrait livrer").
    const group: string[] = [];
    for (; j >= 0; j--) {
      const x = words[j];
      // "s'est pour sa part procuré", "l'a quant à elle revendu": an aside inside the group hides neither clitic nor auxiliary.
      if (aside.has(j)) continue;
      if (nearest && has(x, 'be')) aux ??= 'be';
      else if (nearest && has(x, 'have')) aux ??= 'have';
      if (has(x, 'be') || has(x, 'have') || has(x, 'modal')) {
        if (has(x, 'modal')) modals.push(x.key);
        group.push(x.key);
        if (has(x, 'planned') && !perfect) planned = true;
        if (lang.tense.perfectInfinitives.has(x.key)) perfect = true;
        nearest = false;
        continue;
      }
      if (has(x, 'locative')) locative ??= x;
      // "a depuis livré", "a discrètement fourni": adverbs sit inside the verb group.
      if (has(x, 'adverbs') || has(x, 'negation') || (pattern('verb.adverb', 'u', lang).test(x.key) && ['be', 'have', 'modal', 'adverbs', 'negation'].some((c) => has(words[j - 1], c)))) continue;
      if (has(x, 'firstPlural')) {
        // "Nous avons envoyé" (the group agrees with it: its subject), "Washington nous a livré" (its receiver).
        const agrees = [words[j + 1]?.key, ...group, w.lower].some((k) => !!k && pattern('verb.firstPlural', 'u', lang).test(k));
        firstPlural = { word: x, role: agrees ? 'subject' : 'dative' };
        if (agrees) break;
        nearest = false;
        continue;
      }
      if (has(x, 'dative') && !dative) {
        dative = x;
        nearest = false;
        continue;
      }
      if (has(x, 'reflexive')) {
        // "s'engage à fournir": the clitic belongs to the pronominal modal, the infinitive keeps its plain frame.
        if (!lang.verbGroup.pronominalModals.includes(modals[modals.length - 1] ?? '')) reflexive = true;
        nearest = false;
        continue;
      }
      if (has(x, 'objectClitics') && (!lang.verbGroup.articleClitics.includes(x.key) || j === i - 1 || has(words[j + 1], 'have') || has(words[j + 1], 'dative'))) {
        nearest = false;
        continue;
      }
      // "tentait de faire parvenir", "continue d'armer": a linker after a modal.
      if (has(x, 'linkers') && has(words[j - 1], 'modal')) continue;
      if (has(x, 'subjectPronouns')) pronounSubject = x;
      break;
    }
    // "a par ailleurs acheté", "ont, selon Reuters, livré": an aside between the auxiliary and the participle.
    if (kind === 'participle' && !aux)
      for (let k = j - 1; k >= Math.max(0, i - 6 - [...aside].filter((a) => a < i && a >= i - 10).length); k--) {
        const x = words[k];
        if (aside.has(k)) continue;
        if (has(x, 'nounDeterminers') || has(x, 'articles') || /^[.;:]$/.test(x.text) || lang.verbs.has(x.lower) || lang.pronominal.has(x.lower)) break;
        if (has(x, 'be') || has(x, 'have')) {
          aux = has(x, 'be') ? 'be' : 'have';
          break;
        }
      }
    // "a livré trois vedettes ... et versé 40 millions": a participle after "et" shares the auxiliary of the verb
    // before it; one that agrees ("fabriqués en Chine et livrés") qualifies a noun, it is no perfect.
    if (kind === 'participle' && !aux && has(words[i - 1], 'sharedAuxiliary') && !has(words[i + 1], 'agent') && !agrees(w.lower, lang))
      for (let k = i - 2; k >= 0 && k >= i - 30; k--) {
        if (/^[.;:]$/.test(words[k].text) || has(words[k], 'be')) break;
        if (has(words[k], 'have') && words.slice(k + 1, k + 4).some((x) => lang.verbs.get(x.lower)?.kind === 'participle')) {
          aux = 'have';
          break;
        }
      }
    // "se fournir auprès de" is read by its own frame; a lemma with none keeps its plain one ("se sont livrés à").
    const entry = reflexive && own ? own : plain;
    if (!entry) return;
    const { frame } = entry;
    if (frame.planned) planned = true;
    // "faire parvenir": the verb counts only after its light verb.
    if (frame.after.length && !words.slice(Math.max(0, i - 3), i).some((x) => frame.after.includes(x.key))) return;
    // "Russia sent troops": where the past is the participle, one with no auxiliary is a finite verb unless an agent follows.
    if (lang.pastIsParticiple && kind === 'participle' && !aux && !has(words[i + 1], 'agent')) kind = 'finite';
    const bare = kind === 'participle' && !aux;
    const voice: 'active' | 'passive' = kind === 'participle' && !frame.auxEtre && !reflexive && aux !== 'have' ? 'passive' : 'active';
    // "a offert au Kenya de lui vendre", "propose à ses alliés de livrer": the governing verb sits past its indirect object.
    if (!planned && kind === 'infinitive' && lang.verbGroup.infinitiveLinkers.includes(words[j]?.key ?? ''))
      for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
        if (/^[;:.,«»()]$/.test(words[k].text)) break;
        if (has(words[k], 'planned')) {
          planned = true;
          break;
        }
      }
    // "Si Berlin livrait des chars": a condition in the imperfect.
    let hypothetical = false;
    if (kind === 'finite' && pattern('verb.imperfect', 'u', lang).test(w.lower)) {
      for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
        const x = words[k];
        if (/^[;:.,]$/.test(x.text) && k < i - 1) break;
        // "si", or an elided "s'" before a subject pronoun ("s'ils").
        if (has(x, 'hypothetical') && (!x.key.endsWith("'") || has(words[k + 1], 'subjectPronouns'))) {
          hypothetical = !has(words[k - 1], 'concessive');
          break;
        }
      }
    }
    // "livrera", "enverront", "sera livré": a delivery still to come is announced, not made.
    const tense = (kind === 'finite' && isFuture(w.lower, lang, frame.lemma)) || group.some((g) => lang.tense.futureAuxiliaries.has(g));
    // "pourrait acheter des avions si le financement était trouvé", "au cas où ..., la Chine fournirait",
    // "si le Congrès l'autorise, Washington enverra": a future or a conditional under a condition is no fact either.
    const consequence = tense || (kind === 'finite' && pattern('verb.conditional', 'u', lang).test(w.lower)) || group.some((g) => pattern('verb.conditionalModal', 'u', lang).test(g));
    if (!hypothetical && condition && consequence) hypothetical = true;
    const futureOnly = tense && !planned;
    if (tense) planned = true;
    // "se faire payer", "s'est fait livrer": the subject is the one who gets the goods.
    const beneficiary = (kind === 'infinitive' || kind === 'participle') && pattern('verb.causative', 'u', lang).test(words[i - 1]?.key ?? '') && words.slice(Math.max(0, i - 4), i - 1).some((x) => has(x, 'reflexive'));
    verbs.push({ frame, form: kind, text: w.text, start: w.start, end: w.end, index: i, voice, bare, dative, locative, pronounSubject, firstPlural, hypothetical, planned, future: futureOnly, beneficiary, before: words[j] });
  });
  return { words, verbs };
}
