/** Entity recognition in one sentence: passes from the most specific pattern to the loosest, each taking its tokens. */
import type { Sentence } from '../../graph/schema';
import type { DocBuilder } from '../builder';
import { isGoodsName } from '../goods';
import { recognizeBodies, recognizeHeadedBodies, type PatternScope } from '../orgpatterns';
import { recognizeBareAcronyms } from './acronyms';
import { recognizePeople } from '../persons';
import { fold, tokenize } from '../text';
import { recognizeAppositions } from './appositions';
import { recognizeOutlets } from './outlets';
import { resolveAnaphora, resolveContextualCountries, resolveShortNames } from './anaphora';
import { recognizeCompanies } from './companies';
import { recognizeCoordinatedFirms } from './coordinated';
import { countryOfDemonym } from './demonyms';
import { recognizeListedNames } from './gazetteer';
import { recognizeJointBodies, recognizeMemberBodies } from './jointbodies';
import { recognizeCommittees, recognizePlaceBodies } from './placebodies';
import { recognizeDomainFirstMinistries, recognizeMinistries } from './ministries';
import { ensureNode } from './nodes';
import { recognizeArmedServices, recognizeGovernments } from './services';
import type { ArticleEntities, EntityMention, SentenceScan } from './types';

export { countryOfDemonym, demonymAfter } from './demonyms';
export { ensureNode } from './nodes';
export { newArticleEntities, type ArticleEntities, type EntityMention, type Push } from './types';

/** Recognises countries, organisations, people and places in one sentence and records them. */
export function recognizeEntities(sentence: Sentence, doc: DocBuilder, state: ArticleEntities): EntityMention[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const found: EntityMention[] = [];
  const scan: SentenceScan = {
    sentence,
    text,
    tokens,
    taken,
    found,
    doc,
    state,
    stateMentions: [],
    bodyMentions: [],
    tokenAt: (offset) => tokens.findIndex((t) => t.start >= offset),
    push: (m) => {
      for (let k = m.from; k < m.to; k++) if (taken[k]) return;
      for (let k = m.from; k < m.to; k++) taken[k] = true;
      found.push({ ...m, text: text.slice(m.start, m.end) });
    },
  };

  // Bodies built from a head, a domain and a nationality come first: they contain demonyms.
  // Nationalities inside body names ("ministère russe", "armée russe") also mention the state.
  const patterns = patternScope(scan);
  recognizeCommittees(scan);
  recognizeBodies(patterns);
  recognizeDomainFirstMinistries(scan);
  recognizeMinistries(scan);
  recognizeArmedServices(scan);
  recognizeGovernments(scan);
  recognizeJointBodies(scan);
  recognizeHeadedBodies(patterns);
  recognizeCompanies(scan);
  recognizeAppositions(scan);
  recognizePlaceBodies(scan);
  recognizeOutlets(scan);
  recognizeListedNames(scan);
  recognizeCoordinatedFirms(scan);
  recognizeMemberBodies(scan);
  resolveAnaphora(scan);
  resolveContextualCountries(scan);
  resolveShortNames(scan);
  recognizePeople(text, tokens, taken, doc, state, scan.push, countryOfDemonym);
  recognizeBareAcronyms(patterns, isGoodsName);

  found.sort((a, b) => a.start - b.start);
  record(scan);
  return found;
}

/** What the name patterns of orgpatterns.ts see of the scan. */
function patternScope(scan: SentenceScan): PatternScope {
  const { text, tokens, taken, doc, state, push, stateMentions } = scan;
  return {
    text,
    tokens,
    taken,
    doc,
    forms: state.forms,
    countryOfWord: countryOfDemonym,
    ensureOrg: (id) => ensureNode(doc, id, 'Organization'),
    push,
    stateMention: (id, start, end) => {
      ensureNode(doc, id, 'Country');
      stateMentions.push({ id, start, end });
    },
  };
}

/** Writes the sentence's mentions and aliases, and updates what the article has in focus. */
function record({ sentence, text, doc, state, found, stateMentions, bodyMentions }: SentenceScan): void {
  for (const b of bodyMentions) doc.mention(b.id, sentence, b.start, b.end);
  for (const c of stateMentions) {
    doc.mention(c.id, sentence, c.start, c.end);
    doc.alias(c.id, text.slice(c.start, c.end));
    state.countriesSeen.add(c.id);
  }
  for (const m of found) {
    doc.mention(m.id, sentence, m.start, m.end);
    if (m.via !== 'coref') doc.alias(m.id, m.text);
    if (m.label === 'Country') {
      state.countriesSeen.add(m.id);
      if (m.via !== 'demonym') state.countryRecency = [...state.countryRecency.filter((c) => c !== m.id), m.id];
    }
    if (m.label === 'Person') {
      state.personsSeen = state.personsSeen.filter((p) => p !== m.id);
      state.personsSeen.push(m.id);
    }
    if (m.label === 'Organization') {
      state.orgsSeen = state.orgsSeen.filter((p) => p !== m.id);
      state.orgsSeen.push(m.id);
      // "le français Orano ... Orano, dont le directeur": a body of one word found by a pattern is named bare for the rest of the article;
      // "la holding MIND ID ... le directeur de MIND ID": one of two words with a word in capitals too (two plain words may open a longer name).
      const bare = m.to - m.from === 1 || (m.to - m.from === 2 && /\p{Lu}{2}/u.test(m.text));
      if (m.via === 'pattern' && bare && /^\p{Lu}/u.test(m.text) && !state.forms.has(fold(m.text))) state.forms.set(fold(m.text), m.id);
    }
  }
}
