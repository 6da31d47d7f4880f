/** Bare acronyms read as bodies ("les entrepôts de l'UNRWA"), with the capitals that name none. */
import orgData from '../../../data/lexicon/organizations.json';
import { followsAgreementName } from '../agreement-acronyms';
import { isoOf } from '../countries';
import { entityId } from '../ids';
import { GAZETTEER } from '../lexicon';
import type { PatternScope } from '../orgpatterns';
import { THING_HEADS } from '../persons';
import { pattern } from '../syntax/language';
import { fold, isCapitalized } from '../text';

const NOT_ACRONYMS = new Set(orgData.patterns.notAcronyms.map(fold));

/** "les entrepôts de l'UNRWA": a bare acronym of capitals, not a model, a heading or a name's prefix, is a body. */
export function recognizeBareAcronyms(scope: PatternScope, isGoods: (name: string) => boolean): void {
  const { text, tokens, taken } = scope;
  // A heading in capitals ("EN DIRECT") names nothing.
  if (!/\p{Ll}/u.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !/^\p{Lu}{2,6}$/u.test(t.text) || NOT_ACRONYMS.has(t.key) || GAZETTEER.has(t.key)) continue;
    // "[VIDÉO]": a live blog's entry tag in square brackets; "le gazoduc TAPI": a named thing after its kind (names.json thingHeads).
    if ((text[t.start - 1] === '[' && text[t.end] === ']') || (i > 0 && THING_HEADS.has(tokens[i - 1].key))) continue;
    // "la polonaise LOT", "l'américaine GE": a nationality used as a noun names a firm, even one of two letters or whose letters spell a word.
    const nationality = i >= 2 && /^\p{Ll}/u.test(tokens[i - 1].text) && pattern('person.firmDeterminer', '').test(tokens[i - 2].key) ? scope.countryOfWord(tokens[i - 1].key) : undefined;
    if (!nationality && (!/^\p{Lu}{3,6}$/u.test(t.text) || isGoods(t.text))) continue;
    if (followsAgreementName(text.slice(Math.max(0, t.start - 90), t.start))) continue;
    const next = tokens[i + 1];
    if (next && (/^[-\d]/.test(text.slice(t.end, t.end + 1)) || (isCapitalized(next.text) && text.slice(t.end, next.start) === ' '))) continue;
    const prev = tokens[i - 1];
    if (prev && i > 1 && isCapitalized(prev.text) && text.slice(prev.end, t.start) === ' ') continue;
    // "Storm Shadow/SCALP", "des missiles SCALP": a model's name, not a body.
    if (/[/]/.test(text.slice(Math.max(0, t.start - 1), t.end + 1)) || (!!prev && isGoods(prev.text))) continue;
    const id = scope.forms.get(t.key) ?? entityId('org', t.text);
    if (!scope.doc.nodes.has(id)) scope.doc.node(id, 'Organization', t.text, nationality ? { kind: 'company', country: isoOf(nationality) ?? null } : { kind: 'government', country: null });
    scope.push({ id, label: 'Organization', via: 'pattern', start: t.start, end: t.end, from: i, to: i + 1 });
  }
}
