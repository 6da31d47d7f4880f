import type { GraphDocument, Sentence } from '../graph/schema';
import { DocBuilder } from './builder';
import type { SentenceContext } from './context';
import { findDates, publicationDateOf } from './dates';
import { newArticleEntities, recognizeEntities } from './entities';
import { articleIdOf } from './ids';
import { splitSentences } from './sentences';
import { normalizeText } from './text';
import { extractTransfers, type TransferDraft } from './transfers';
import { newDiscourse } from './discourse';
import { noteInterviewee } from './transfers/speaker';
import { senderOfSameGoods } from './transfers/same';
import { firmHome } from './transfers/endpoints';
import { dropRepeatedConsignments } from './transfers/traps';
import { completeFromFlow, emitTransfers, linkCrossSentenceExchanges, splitKinds, splitParties } from './flow';
import { completePrices } from './transfers/exchange';
import { extractAgreements, type AgreementMemory } from './agreements';
import { bylineAuthor, extractClaims, intervieweeOf, interviewPrompts, type ClaimMemory, type PlacedFact } from './claims';
import { extractEvents } from './events';
import { extractRoles, mergeMentions, type RoleIndex } from './roles';
import { headlineOf, noteFocus, type Headline } from './role-focus';
import { extractMemberships, linkOrganizations, type PairMemory } from './membership';
import { hasLanguage, languageOf, withLanguage, type Language } from './syntax/language';

/** Options of extractDocument; every field is optional. */
export interface ExtractOptions {
  /** File name or URL recorded as the article's source. */
  source?: string;
  /** Title to use instead of the one guessed from the text. */
  title?: string;
  /** ISO date (YYYY-MM-DD); overrides a "Date:" header line; anchors relative dates. */
  publishedAt?: string | null;
  /** Language code of the text: its rules and lexicons come from data/lang/<code>/ (French when Trame has none for it). */
  language?: string;
  /** Rules to read the text with instead of the shipped ones of `language` (a Language built from edited data). */
  rules?: Language;
}

/** Defaults applied to ExtractOptions. */
export const DEFAULT_EXTRACT_OPTIONS: Readonly<Required<Omit<ExtractOptions, 'title' | 'publishedAt' | 'rules'>> & { title: string | undefined; publishedAt: string | null | undefined }> = Object.freeze({
  source: '',
  title: undefined,
  publishedAt: undefined,
  language: 'fr',
});

const TITLE_MAX = 120;

function guessTitle(text: string, sentences: Sentence[]): string {
  const firstContent = sentences.find((s) => !s.boilerplate);
  if (!firstContent) return '';
  const lineEnd = text.indexOf('\n', firstContent.start);
  const line = text.slice(firstContent.start, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line.length <= TITLE_MAX && !/[.,;:…]$/.test(line) && lineEnd >= 0) return line;
  const s = firstContent.text;
  if (s.length <= TITLE_MAX) return s;
  const cut = s.slice(0, TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : TITLE_MAX).replace(/[\s,;:]+$/, '')}…`;
}

/** Turns the text of a news article into a GraphDocument with the rules of its language (pure: no I/O). */
export function extractDocument(raw: string, options: ExtractOptions = {}): GraphDocument {
  const opts = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  return withLanguage(opts.rules ?? languageOf(hasLanguage(opts.language) ? opts.language : 'fr'), () => extractIn(raw, opts));
}

function extractIn(raw: string, opts: typeof DEFAULT_EXTRACT_OPTIONS & ExtractOptions): GraphDocument {
  const text = normalizeText(raw);
  const articleId = articleIdOf(text);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const publishedAt = opts.publishedAt !== undefined ? opts.publishedAt : publicationDateOf(firstLine);
  const sentences = splitSentences(text, articleId);
  const doc = new DocBuilder(articleId);
  const state = newArticleEntities();
  const personCountry = new Map<string, string>();
  const roles: RoleIndex = new Map();
  const contexts: SentenceContext[] = [];
  let headline: Headline | undefined;

  let paragraph = 0;
  let scanned = 0;
  for (const sentence of sentences) {
    for (; scanned < sentence.start; scanned++) if (text[scanned] === '\n') paragraph++;
    if (sentence.boilerplate) continue;
    const mentions = recognizeEntities(sentence, doc, state);
    const ctx: SentenceContext = {
      sentence,
      text: sentence.text,
      mentions,
      dates: findDates(sentence.text, publishedAt),
      question: /\?\s*$/.test(sentence.text),
      paragraph,
    };
    headline ??= headlineOf(ctx);
    const corefs = extractRoles(doc, ctx, state, roles, personCountry, headline);
    mergeMentions(ctx, corefs);
    for (const c of corefs) {
      state.personsSeen = state.personsSeen.filter((p) => p !== c.id);
      state.personsSeen.push(c.id);
    }
    contexts.push(ctx);
    const opener = ctx.mentions.find((m) => m.start <= 25 && (m.label === 'Organization' || (m.label === 'Country' && m.via !== 'demonym')));
    state.lastSubject = opener?.id;
    noteFocus(state, ctx, opener);
  }

  const drafts: TransferDraft[] = [];
  const discourse = newDiscourse();
  noteInterviewee(discourse, intervieweeOf(contexts));
  for (const ctx of contexts) drafts.push(...extractTransfers(doc, ctx, personCountry, discourse));
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const textOf = (id: string) => byId.get(id)!.text;
  senderOfSameGoods(drafts, textOf);
  completeFromFlow(drafts, (id) => firmHome(doc, id), headline && { states: headline.states, textOf });
  dropRepeatedConsignments(drafts, textOf);
  completePrices(drafts);
  linkCrossSentenceExchanges(drafts, textOf);
  splitKinds(drafts);
  splitParties(drafts);
  emitTransfers(doc, drafts, (id) => byId.get(id)!);
  const facts: PlacedFact[] = drafts.filter((d) => d.id).map((d) => ({ id: d.id!, sentenceId: d.sentenceId, start: d.start, end: d.end }));

  // Agreements, events and claims see the transfers; claims also see agreements and events.
  const agreementMemory: AgreementMemory = { list: [], discourse };
  const claimMemory: ClaimMemory = { claims: [], author: bylineAuthor(contexts), interviewee: intervieweeOf(contexts), prompts: interviewPrompts(contexts) };
  const factState = newArticleEntities();
  const pairMemory: PairMemory = { memory: agreementMemory, personCountry };
  for (const ctx of contexts) {
    for (const m of ctx.mentions) if (m.label === 'Person') {
      factState.personsSeen = factState.personsSeen.filter((p) => p !== m.id);
      factState.personsSeen.push(m.id);
    }
    facts.push(...extractAgreements(doc, ctx, factState, agreementMemory, facts, personCountry));
    facts.push(...extractEvents(doc, ctx, personCountry));
    extractClaims(doc, ctx, facts, claimMemory, factState);
    extractMemberships(doc, ctx, discourse, pairMemory);
  }
  linkOrganizations(doc);

  const related = new Set<string>();
  for (const r of doc.relationships.values()) {
    related.add(r.source);
    related.add(r.target);
  }
  const nodes = [...doc.nodes.values()].filter((n) => n.mentions.length > 0 || related.has(n.id));
  return {
    version: 1,
    article: {
      id: articleId,
      title: opts.title ?? guessTitle(text, sentences),
      language: opts.language,
      source: opts.source,
      publishedAt: publishedAt ?? null,
    },
    sentences,
    nodes,
    relationships: [...doc.relationships.values()],
  };
}

export type { GraphDocument };
