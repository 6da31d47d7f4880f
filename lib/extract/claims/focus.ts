// "selon le ministère", "Le ministère a indiqué que": a ministry named by its noun alone, when the article named no
// ministry, is the ministry of the minister the article is about; it speaks for the state or body that minister serves.
// "L'ambassade" alone is likewise the embassy of the ambassador the article named.
import type { DocBuilder } from '../builder';
import { pattern } from '../syntax/language';
import { filledClaimPattern } from './patterns';
import { fold } from '../text';
import { sentenceIndexOf } from '../ids';
import { firmInFocus } from '../role-focus';

/** A body named by its noun alone, and the title of who heads it (claim.<bare>, claim.<bare>Subject, claim.<title>). */
const OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['bareMinistry', 'ministerTitle'],
  ['bareEmbassy', 'ambassadorTitle'],
];

/**
 * The state or body of the minister most named in the article, when `text` (what follows a source word, or with
 * `subject` the clause before a verb) is a bare "le ministère"; the state whose government was named last, when it is a
 * bare "le gouvernement".
 */
export function ministryInFocus(doc: DocBuilder, text: string, subject = false): string | undefined {
  if (pattern(subject ? 'claim.bareGovernmentSubject' : 'claim.bareGovernment', 'iu').test(text)) return governmentNamed(doc);
  // "L'ambassade n'a pas souhaité commenter": an embassy by its noun alone is the one of the ambassador the article named.
  const office = OFFICES.find(([bare]) => pattern(`claim.${bare}${subject ? 'Subject' : ''}`, 'iu').test(text));
  if (!office) return undefined;
  let best: { target: string; mentions: number } | undefined;
  for (const r of doc.edges('HOLDS_ROLE', {})) {
    if (!pattern(`claim.${office[1]}`, 'iu').test(String(r.properties?.title ?? ''))) continue;
    const mentions = doc.nodes.get(r.source)?.mentions.length ?? 0;
    if (!best || mentions > best.mentions) best = { target: r.target, mentions };
  }
  return best?.target;
}

/**
 * "Le gouvernement malien a signé … Le gouvernement a rejeté ces critiques": the state a government was named for last
 * ("gouvernement malien" read as Mali). With none named, a bare "le gouvernement" may be anyone's and names no one.
 */
function governmentNamed(doc: DocBuilder): string | undefined {
  const named = pattern('claim.governmentNamed', 'iu');
  let best: { id: string; at: number } | undefined;
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Country') continue;
    for (const m of n.mentions) {
      const at = sentenceIndexOf(m.sentence) * 100_000 + m.start;
      if (named.test(m.text) && (!best || at > best.at)) best = { id: n.id, at };
    }
  }
  return best?.id;
}

/**
 * "Le groupe français dément formellement", "L'entreprise a démenti": a firm named again by its head noun alone (and
 * its qualifiers) opening the clause is the company last named in the sentences just before, unless that company came
 * with a head noun of another kind ("La compagnie SkyWest …. Le groupe a annoncé"); then it is the firm the article is about.
 */
export function firmNamedAgain(doc: DocBuilder, sentenceIndex: number, text: string, texts?: Map<string, string>): string | undefined {
  const head = filledClaimPattern('bareFirmSubject').exec(text);
  return head ? firmOfNoun(doc, fold(head[1]), sentenceIndex, 0, texts) : undefined;
}

/**
 * "Airbus a livré douze avions à l'Inde, a précisé le groupe.", "…, selon un communiqué du groupe suisse.": a firm's
 * head noun right after an inverted verb (or a source word, with `document`: governed by a document or a title) at
 * `offset` is the company named last, in this sentence before it or in the two before.
 */
export function firmNamedAfter(doc: DocBuilder, sentenceIndex: number, text: string, offset: number, texts?: Map<string, string>, document = false): string | undefined {
  const head = filledClaimPattern(document ? 'firmDocumentAfter' : 'bareFirmAfter').exec(text.slice(offset));
  return head ? firmOfNoun(doc, fold(head[1]), sentenceIndex, offset, texts) : undefined;
}

/** The company a firm's head noun `noun` names again: the first named in sentence `sentenceIndex` before `upTo`, else the last named before it, else the one in focus. */
function firmOfNoun(doc: DocBuilder, noun: string, sentenceIndex: number, upTo: number, texts?: Map<string, string>): string | undefined {
  // The head noun a mention came with ("la compagnie américaine SkyWest"), when the sentence is at hand.
  const introducedAs = (m: { sentence: string; start: number }) => {
    const before = texts?.get(m.sentence)?.slice(Math.max(0, m.start - 50), m.start);
    const intro = before ? filledClaimPattern('firmIntroduced').exec(before) : null;
    return intro ? fold(intro[1]) : undefined;
  };
  let best: { id: string; at: number } | undefined;
  for (const n of doc.nodes.values()) {
    if (n.label !== 'Organization' || n.properties.kind !== 'company') continue;
    for (const m of n.mentions) {
      const i = sentenceIndexOf(m.sentence);
      // In the sentence of the noun, the firm named first is its subject ("Glencore a livré … au sidérurgiste JSW Steel,
      // selon un communiqué du groupe"); before it, the firm named last.
      const at = i * 100_000 + (i === sentenceIndex ? 99_999 - m.start : m.start);
      if (i > sentenceIndex || (i === sentenceIndex && m.start >= upTo) || i < sentenceIndex - FIRM_REACH || (best && at <= best.at)) continue;
      if (sameFirmNoun(introducedAs(m), noun)) best = { id: n.id, at };
    }
  }
  return best?.id ?? firmInFocus(doc, FOCUS_MENTIONS, sentenceIndex);
}

/**
 * Whether a firm introduced by `intro` ("la société Huawei") may be named again by `noun` ("l'entreprise"): the same
 * noun, two generic ones, or a generic one after a trade ("le constructeur Embraer … le groupe"); "la compagnie SkyWest"
 * is no "groupe".
 */
function sameFirmNoun(intro: string | undefined, noun: string): boolean {
  const generic = pattern('claim.genericFirm', 'u');
  return !intro || intro === noun || (generic.test(noun) && (generic.test(intro) || pattern('claim.tradeFirm', 'u').test(intro)));
}

/** How many sentences back a firm named by its head noun may have been named. */
const FIRM_REACH = 2;
/** How often a firm must have been named before to be the one an article is about. */
const FOCUS_MENTIONS = 3;
