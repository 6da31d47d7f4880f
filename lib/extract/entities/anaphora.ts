/** Nouns that point back to a body or state named earlier: "l'alliance", "le groupe", "ce ministère", "le Nord". */
import orgData from '../../../data/lexicon/organizations.json';
import type { DocBuilder } from '../builder';
import { CONTEXTUAL_COUNTRY_FORMS, countryId } from '../countries';
import { ORGS, OWN_NAME_KINDS, keyOf, type EntityLabel, type OrgInfo } from '../lexicon';
import { allTitles } from '../relation-words';
import { languageOf, pattern } from '../syntax/language';
import { fold, isCapitalized, tokenize } from '../text';
import { countryOfDemonym } from './demonyms';
import { ensureNode } from './nodes';
import type { SentenceScan } from './types';

const orgPatterns = orgData.patterns;
const ANAPHORA = new Map<string, string[]>();
for (const o of ORGS.values()) for (const a of o.anaphora ?? []) ANAPHORA.set(keyOf(tokenize(a)), [...(ANAPHORA.get(keyOf(tokenize(a))) ?? []), o.id]);
const STATE_ANAPHORA = new Set(orgPatterns.stateAnaphora.map((a) => keyOf(tokenize(a))));
// "à son voisin": a state other than its possessor, named before in the sentence.
const OTHER_STATE = new Set(orgPatterns.otherStateAnaphora.map((a) => keyOf(tokenize(a))));
// The noun of each state anaphora ("régime" of "le régime"), to remember which state it was last tied to.
// The states a state noun may stand for ("le royaume": a kingdom), by the noun's last word; nouns not listed stand for any state.
const STATE_KINDS = new Map(Object.entries(orgPatterns.stateKinds as Record<string, string[]>).map(([noun, isos]) => [fold(noun), new Set(isos.map(countryId))]));
// ... and the nouns that stand for a state of their kind only ("l'île" never for a state on the mainland).
const KIND_ONLY = new Set(orgPatterns.stateKindsOnly.map(fold));
const STATE_NOUNS = new Set([...STATE_ANAPHORA].map((k) => k.split(' ').at(-1) ?? k));
// The last word of each title ("patron", "directrice"): a title that governs "de la société".
const TITLE_HEADS = new Set(allTitles(languageOf('fr')).map((t) => fold(t).split(' ').at(-1)!));
const CONTRACTIONS = new Map(Object.entries(orgPatterns.contractions));
const BODY_ANAPHORA = new Set(orgPatterns.bodyAnaphora.map((a) => keyOf(tokenize(a))));
// Bodies that speak for a state are not what "le groupe" or "la société" points back to.
const NOT_GROUPS = new Set(['government', 'media', 'un_body', 'intelligence', 'alliance']);
// Nouns that point back to a group (anaphora.groupNoun) or an institution (anaphora.institutionNoun).
const INSTITUTION_NOUNS = { has: (noun: string) => pattern('anaphora.institutionNoun', '').test(noun) };
// Bodies acting in their own name (a firm, a private military company) are not institutions either.
const NOT_INSTITUTIONS = new Set([...OWN_NAME_KINDS, 'media', 'military', 'intelligence']);
// "de", "du", "des" after the noun (anaphora.of): what follows qualifies it ("la junte du CNSP", "le chef de la junte").
const OF = { test: (key: string) => pattern('anaphora.of', '').test(key) };
const CONTEXTUAL = new Map(CONTEXTUAL_COUNTRY_FORMS.map((c) => [keyOf(tokenize(c.form)), c]));

/** A body "l'agence" or "l'organisation" may stand for: no outlet, army or firm, and no ministry of a state. */
function isInstitution(doc: DocBuilder, id: string): boolean {
  const n = doc.nodes.get(id);
  const kind = String(n?.properties.kind ?? '');
  return !NOT_INSTITUTIONS.has(kind) && !(kind === 'government' && (n?.properties.country || ORGS.get(id)?.country));
}

/** Whether a body was named in this sentence or the two before. */
function recentlyNamed(doc: DocBuilder, id: string, index: number): boolean {
  return (doc.nodes.get(id)?.mentions ?? []).some((m) => {
    const k = Number(/:s(\d+)$/.exec(m.sentence)?.[1] ?? -99);
    return k <= index && index - k <= 2;
  });
}

/** "l'alliance" stands for NATO once NATO was named; "le groupe", "ce ministère", "le régime" for the body or state in focus. */
export function resolveAnaphora(scan: SentenceScan): void {
  const { tokens, taken, found, doc, state, sentence, push } = scan;
  // "le régime syrien", read by an earlier pass as Syria: a later bare "le régime" means Syria again.
  for (const f of found) {
    const head = f.label === 'Country' ? tokenize(f.text)[0]?.key : undefined;
    if (head && STATE_NOUNS.has(head)) state.stateNouns.set(head, f.id);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "le porte-parole des rebelles", "le chef du groupe": a preposition fused with the article; one that is also an
    // indefinite article ("des", anaphora.indefiniteContraction) only after a word, never opening a clause.
    const contracted = CONTRACTIONS.get(tokens[i].key);
    const fused = contracted && (!pattern('anaphora.indefiniteContraction', '').test(tokens[i].key) || (i > 0 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[i - 1].text)));
    const key = `${fused ? contracted : tokens[i].key} ${tokens[i + 1].key}`;
    if (taken[i] || taken[i + 1]) continue;
    const demonstrative = pattern('anaphora.demonstrative', '').test(tokens[i].key);
    if (OTHER_STATE.has(key)) {
      // "Bucarest fournit de l'électricité à son voisin": the state in focus other than the ones this sentence named before.
      const here = new Set(found.filter((f) => f.label === 'Country' && f.end <= tokens[i].start).map((f) => f.id));
      const other = here.size ? [...state.countryRecency].reverse().find((c) => !here.has(c)) : undefined;
      if (other) push({ id: other, label: 'Country', via: 'coref', start: tokens[i].start, end: tokens[i + 1].end, from: i, to: i + 2 });
      continue;
    }
    if (!ANAPHORA.has(key) && !demonstrative && !STATE_ANAPHORA.has(key) && !BODY_ANAPHORA.has(key)) continue;
    const seen = (id: string) => state.orgsSeen.includes(id) || found.some((f) => f.id === id);
    const listed = (ANAPHORA.get(key) ?? []).filter(seen).sort((a, b) => state.orgsSeen.indexOf(b) - state.orgsSeen.indexOf(a))[0];
    // "le régime de sanctions", "le groupe Wagner", "le royaume chérifien": the noun is followed by what names it.
    const next = tokens[i + 2];
    const qualified = !!next && (OF.test(next.key) || isCapitalized(next.text) || !!countryOfDemonym(next.text));
    let id: string | undefined = listed;
    let label: EntityLabel = 'Organization';
    if (!listed && !demonstrative && !STATE_ANAPHORA.has(key) && !BODY_ANAPHORA.has(key)) continue;
    const noun = tokens[i + 1].key;
    // "la société chinoise", "le groupe russe": a firm and a nationality, definite, stand for the last firm of that
    // nationality in focus; with none, the nationality is read as it stands.
    const nationality = next && !demonstrative && pattern('anaphora.companyNoun', '').test(noun) ? countryOfDemonym(next.text) : undefined;
    const firmOf = (o: string) => {
      const n = doc.nodes.get(o);
      return n?.properties.kind === 'company' && countryId(String(n.properties.country ?? ORGS.get(o)?.country ?? '')) === nationality;
    };
    const firm = nationality ? [...state.orgsSeen, ...found.filter((f) => f.label === 'Organization' && f.end <= tokens[i].start).map((f) => f.id)].findLast(firmOf) : undefined;
    // ... the nationality, already read as its state, is part of the firm's mention.
    const read = firm ? found.findIndex((f) => f.via === 'demonym' && f.from === i + 2 && f.to === i + 3) : -1;
    if (firm && (read >= 0 || !taken[i + 2])) {
      if (read >= 0) {
        found.splice(read, 1);
        taken[i + 2] = false;
      }
      const from = fused ? i + 1 : i;
      push({ id: firm, label: 'Organization', via: 'coref', start: tokens[from].start, end: next!.end, from, to: i + 3 });
      continue;
    }
    // An anaphora points back: a body this sentence names after it is not what it stands for ("Les mercenaires ont
    // remis … à l'armée libyenne"), unless it names it in apposition ("le groupe public russe Rosneft").
    const apposed = found.filter((f) => f.label === 'Organization' && f.start >= tokens[i + 1].end && f.start - tokens[i + 1].end <= 25 && /^[\s\p{Ll}-]*$/u.test(scan.text.slice(tokens[i + 1].end, f.start))).map((f) => f.id);
    const orgs = [...apposed, ...[...state.orgsSeen, ...found.filter((f) => f.label === 'Organization' && f.end <= tokens[i].start).map((f) => f.id)].reverse()];
    // The body whose name holds the noun: "la junte" after "la junte birmane", "le groupe" after "le groupe Wagner".
    const named = orgs.find((o) => {
      const n = doc.nodes.get(o);
      return !!n && [n.name, ...n.aliases].some((f) => fold(f).split(/[\s'-]+/).includes(noun));
    });
    // "le régime syrien": a later bare "le régime" means Syria again, whichever state was named since.
    const tiedTo = next && STATE_ANAPHORA.has(key) ? countryOfDemonym(next.text) : undefined;
    if (tiedTo) state.stateNouns.set(noun, tiedTo);
    // "la junte du Conseil national pour la sauvegarde de la patrie (CNSP)": the body named after it is what a later bare "la junte" means.
    const body = next && STATE_ANAPHORA.has(key) && OF.test(next.key) ? found.find((f) => f.label === 'Organization' && f.start >= next.end && f.start - next.end <= 4) : undefined;
    if (body) state.stateNouns.set(noun, body.id);
    if (!id && !qualified && STATE_ANAPHORA.has(key) && !named) {
      // An anaphora points back: "le chef de la junte ... s'est rendu à Moscou" does not lead the junta of Moscow.
      // "Le Niger a rompu avec Paris. Le chef de la junte ...": the state the last sentence was about, before the last one named.
      const subject = state.lastSubject?.startsWith('country:') ? state.lastSubject : undefined;
      // "Au Mali, où le groupe a déployé deux mille hommes, la junte lui verserait": the state a sentence opens on frames
      // the state noun that acts in it (not one a preposition governs: "aux milices du régime"); a body the noun was
      // tied to by name ("la junte du X (ACR)") stays first.
      const governed = fused || (i > 0 && pattern('anaphora.governing', 'u').test(tokens[i - 1].key));
      const framed = governed ? undefined : found.find((f) => f.label === 'Country' && f.via !== 'demonym' && f.end <= tokens[i].start && pattern('anaphora.frameOpening', 'iu').test(scan.text.slice(0, f.start)) && /^\s*,/u.test(scan.text.slice(f.end)))?.id;
      const tied = state.stateNouns.get(noun);
      id = (tied?.startsWith('org:') ? tied : undefined) ?? framed ?? tied ?? subject ?? state.countryRecency.at(-1) ?? found.filter((f) => f.label === 'Country' && f.via !== 'demonym' && f.end <= tokens[i].start).at(-1)?.id;
      // "le royaume", "l'archipel": only a state of that kind, the one named last (stateKinds); the state in focus when the list knows none.
      const kinds = STATE_KINDS.get(noun);
      if (id?.startsWith('country:') && kinds && !kinds.has(id)) {
        const here = found.filter((f) => f.label === 'Country' && f.via !== 'demonym' && f.end <= tokens[i].start).map((f) => f.id);
        id = [...state.countryRecency, ...here].reverse().find((c) => kinds.has(c)) ?? (KIND_ONLY.has(noun) ? undefined : id);
      }
      label = id?.startsWith('org:') ? 'Organization' : 'Country';
    } else if (!id && named && demonstrative && !OF.test(next?.key ?? '')) {
      // "ce ministère", "cette agence": a demonstrative points back to the body whose name holds the noun.
      id = named;
    } else if (!id && !qualified && (BODY_ANAPHORA.has(key) || STATE_ANAPHORA.has(key))) {
      // "les mercenaires": the body in focus that hires men out in its own name, before any other armed body.
      const hired = pattern('anaphora.hiredNoun', '').test(noun) ? orgs.find((o) => doc.nodes.get(o)?.properties.kind === 'private_military') : undefined;
      id = named ?? hired ?? (pattern('anaphora.groupNoun', '').test(noun) ? orgs.find((o) => !NOT_GROUPS.has(String(doc.nodes.get(o)?.properties.kind ?? ''))) : undefined);
      // "selon l'agence", "l'organisation a démenti": an institution named in the last sentences, not a state's body, army, firm or outlet.
      // "le patron de la société", "la directrice de l'entreprise": the company named last, when a title governs the noun.
      if (!id && pattern('anaphora.companyNoun', '').test(noun) && i >= 2 && pattern('anaphora.titleOf', '').test(tokens[i - 1].key) && TITLE_HEADS.has(tokens[i - 2].key)) id = orgs.find((o) => doc.nodes.get(o)?.properties.kind === 'company');
      if (!id && INSTITUTION_NOUNS.has(noun)) id = orgs.find((o) => isInstitution(doc, o) && (found.some((f) => f.id === o && f.end <= tokens[i].start) || recentlyNamed(doc, o, sentence.index)));
    }
    if (!id) continue;
    // "membre du bloc": a preposition fused with the article stays outside the mention, as "de" stays outside "de l'alliance".
    const from = fused ? i + 1 : i;
    push({ id, label, via: 'coref', start: tokens[from].start, end: tokens[i + 1].end, from, to: i + 2 });
  }
}

// The lexicon's bodies that belong to another ("la Commission européenne" of the Union), by the first word of their name.
const PARTS_BY_HEAD = new Map<string, OrgInfo[]>();
for (const o of ORGS.values()) {
  const head = fold(o.name).split(/[\s'’-]+/)[0];
  if (o.partOf) PARTS_BY_HEAD.set(head, [...(PARTS_BY_HEAD.get(head) ?? []), o]);
}

/** "la Commission" after "la Commission européenne", "le Conseil" after "le Conseil de sécurité": a capitalised head alone names the body it opened. */
export function resolveShortNames(scan: SentenceScan): void {
  const { tokens, taken, found, doc, state, push } = scan;
  const determiner = pattern('anaphora.shortNameDeterminer', '');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i + 1];
    if (taken[i + 1] || !determiner.test(tokens[i].key) || !isCapitalized(head.text) || head.text === head.text.toUpperCase()) continue;
    // "la Commission de l'Union africaine", "le Conseil européen": the name goes on, and is someone else's to read.
    const next = tokens[i + 2];
    if (next && (OF.test(next.key) || isCapitalized(next.text) || countryOfDemonym(next.text))) continue;
    const orgs = [...state.orgsSeen, ...found.filter((f) => f.label === 'Organization' && f.end <= head.start).map((f) => f.id)].reverse();
    const id = orgs.find((o) => {
      const n = doc.nodes.get(o);
      // Only a name of two words or more: "la Commission" stands for "la Commission européenne", never for a body called "Commission".
      return !!n && [n.name, ...n.aliases, ...n.mentions.map((m) => m.text)].some((f) => {
        const words = fold(f).split(/[\s'’-]+/);
        return words.length >= 2 && words[0] === head.key;
      });
    });
    // "L'Union européenne débloque des fonds ... la présidente de la Commission": a body of one already named, the only one of it with that head;
    // but "le Parlement", "la Cour" are as often a state's own (anaphora.domesticHead).
    const parts = id || pattern('anaphora.domesticHead', '').test(head.key) ? [] : (PARTS_BY_HEAD.get(head.key) ?? []).filter((o) => orgs.includes(o.partOf!));
    const part = parts.length === 1 ? parts[0].id : undefined;
    if (part) ensureNode(doc, part, 'Organization');
    const target = id ?? part;
    if (target) push({ id: target, label: 'Organization', via: 'coref', start: head.start, end: head.end, from: i + 1, to: i + 2 });
  }
}

/** "le Nord" stands for North Korea once North Korea was named. */
export function resolveContextualCountries(scan: SentenceScan): void {
  const { tokens, taken, found, state, push } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const c = CONTEXTUAL.get(`${tokens[i].key} ${tokens[i + 1].key}`);
    if (!c || taken[i + 1] || !isCapitalized(tokens[i + 1].text)) continue;
    if (!state.countriesSeen.has(countryId(c.requires)) && !found.some((f) => f.id === countryId(c.requires))) continue;
    push({ id: countryId(c.iso2), label: 'Country', via: 'coref', start: tokens[i + 1].start, end: tokens[i + 1].end, from: i + 1, to: i + 2 });
  }
}
