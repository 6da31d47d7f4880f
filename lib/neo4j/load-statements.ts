import 'server-only';
import { NODE_LABELS, STORED_RELATIONSHIP_TYPES, type NodeLabel, type StoredRelationshipType } from '../graph/schema';
import { FACT_NODE_LABELS } from '../graph/fact-label';

// Loader Cypher. Labels and relationship types cannot be parameters in an indexed MERGE, so one
// statement is prepared per vocabulary entry; they come from the fixed vocabulary, never from input.
//
// Plan rules these statements keep (tests/integration/plans.test.ts checks them):
// - every lookup is a unique-index seek on an id: no label scan, no cartesian product (the second
//   endpoint is looked up in a `CALL (row) { ... }` so the plan is a chain of Applys);
// - no Eager: `SET n += map` writes "some property", which the planner treats as conflicting with
//   every read, so extractor properties are written key by key (statements are generated per key set);
// - facts are consolidated across articles (DESIGN.md §4b), so facts and their relationships are
//   MERGEd like shared entities; a MERGE between two bound nodes expands from the sparser side, so a
//   country with thousands of relationships costs no more per row than any other node;
// - a reload first retracts the article's share (its sentences, fact mentions and relationship
//   evidence), so summaries are recomputed from what remains plus what the reload writes. Only the
//   retraction's DELETEs plan an Eager (Neo4j puts one before any DELETE fed by UNWIND); they are
//   bounded by one article's footprint and never run on a first load.

/** What an earlier load of the article touched: its facts, relationship keys and shared entities. */
export const ARTICLE_FOOTPRINT = `
MATCH (a:Article {id: $articleId})
RETURN coalesce(a.facts, []) AS facts, coalesce(a.links, []) AS links, coalesce(a.entities, []) AS entities`;

/** Removes the sentences (and their mentions, fact mentions included) an earlier load of the article wrote. */
export const RETRACT_SENTENCES = `
MATCH (s:Sentence {article: $articleId}) DETACH DELETE s`;

/** Removes per-article nodes written before the fact layer (they carried \`article\`); none exist after a fresh load. */
export const RETRACT_LEGACY_FACTS = `
MATCH (n:Entity {article: $articleId}) DETACH DELETE n`;

/** Removes the article node itself (a retraction, not a reload). */
export const DELETE_ARTICLE = `
MATCH (a:Article {id: $articleId}) DETACH DELETE a`;

/**
 * Recomputes the summary of facts from their remaining mentions and stances (DESIGN.md §4b): figure
 * range, latest figure and its date, first/last seen, sources, status, who denies or cannot confirm.
 * Mentions are ordered by their date (ISO, else the article's), then article and sentence, so the
 * "latest" figure does not depend on load order.
 */
export const RECOMPUTE_FACTS = `
UNWIND $ids AS id
MATCH (f:Entity {id: id})
CALL (f) {
  MATCH (f)<-[m:MENTIONS]-(:Sentence)
  WITH m ORDER BY coalesce(m.when, ''), m.article, m.mention
  RETURN count(m) AS mentions,
         collect(DISTINCT m.article) AS articles,
         min(m.quantity) AS quantityMin,
         max(coalesce(m.quantityMax, m.quantity)) AS quantityMax,
         collect(CASE WHEN m.quantity IS NULL THEN null
                 ELSE {quantity: m.quantity, quantityMax: m.quantityMax, qualifier: m.qualifier, date: m.when} END) AS figures,
         min(m.when) AS firstSeen,
         max(m.when) AS lastSeen,
         collect(DISTINCT coalesce(m.status, 'asserted')) AS statuses
}
WITH f, mentions, articles, quantityMin, quantityMax, figures[-1] AS latest, firstSeen, lastSeen, statuses,
     [(s)-[:ASSERTS]->(f) | s.name] AS assertedBy,
     [(s)-[:DENIES]->(f) | s.name] AS deniedBy,
     [(s)-[:CANNOT_CONFIRM]->(f) | s.name] AS unconfirmedBy
WITH f, mentions, articles, quantityMin, quantityMax, latest, firstSeen, lastSeen, assertedBy, deniedBy, unconfirmedBy,
     size(assertedBy) > 0 OR 'asserted' IN statuses AS asserted,
     'alleged' IN statuses AS alleged,
     size(deniedBy) > 0 OR 'denied' IN statuses AS denied
SET f.mentions = mentions,
    f.articles = articles,
    f.sources = size(articles),
    f.quantityMin = quantityMin,
    f.quantityMax = quantityMax,
    f.latestQuantity = latest.quantity,
    f.latestQuantityMax = latest.quantityMax,
    f.latestQualifier = latest.qualifier,
    f.latestDate = latest.date,
    f.firstSeen = firstSeen,
    f.lastSeen = lastSeen,
    f.assertedBy = assertedBy,
    f.deniedBy = deniedBy,
    f.unconfirmedBy = unconfirmedBy,
    f.status = CASE
      WHEN denied AND (asserted OR alleged) THEN 'disputed'
      WHEN asserted THEN 'asserted'
      WHEN alleged THEN 'alleged'
      WHEN denied THEN 'denied'
      ELSE 'unconfirmed' END`;

/** Deletes facts no mention supports any more, with whatever still points at them. */
export const DELETE_ORPHAN_FACTS = `
UNWIND $ids AS id
MATCH (f:Entity {id: id})
WHERE NOT EXISTS { (f)<-[:MENTIONS]-(:Sentence) }
DETACH DELETE f`;

/** Deletes shared entities the retraction left with no relationship at all (not even a mention). */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)--() }
DELETE n`;

/** The article node and its sentences, in one round trip. */
export const MERGE_ARTICLE_SENTENCES = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.language = $article.language, a.source = $article.source,
    a.publishedAt = $article.publishedAt, a.loadedAt = datetime().epochMillis, a.sentenceCount = $sentenceCount,
    a.facts = $facts, a.links = $links, a.entities = $entities
WITH a
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, article: $article.id, index: row.index, text: row.text,
                    start: row.start, end: row.end, boilerplate: row.boilerplate})
CREATE (a)-[:HAS_SENTENCE]->(s)`;

export const CREATE_SENTENCES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, article: $articleId, index: row.index, text: row.text,
                    start: row.start, end: row.end, boilerplate: row.boilerplate})
CREATE (a)-[:HAS_SENTENCE]->(s)`;

const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether an extractor property key can be written as a plain identifier (else the loader falls back to `+=`). */
export function isPlainKey(key: string): boolean {
  return SAFE_KEY.test(key);
}

// Merges a list property without duplicates; reading and writing the same property in one SET item plans no Eager.
const mergedList = (target: string, list: string) =>
  `reduce(acc = coalesce(${target}, []), x IN ${list} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
const withArticle = (target: string) =>
  `CASE WHEN $articleId IN coalesce(${target}, []) THEN ${target} ELSE coalesce(${target}, []) + $articleId END`;
// `+=` semantics key by key: a key the row carries overwrites (null removes), a key it lacks is left alone.
const propSets = (v: string, keys: string[]) =>
  keys.map((k) => `${v}.${k} = CASE WHEN '${k}' IN keys(row.props) THEN row.props.${k} ELSE ${v}.${k} END`);

const cache = new Map<string, string>();
const cached = (key: string, build: () => string) => {
  let q = cache.get(key);
  if (q === undefined) cache.set(key, (q = build()));
  return q;
};

function assertLabel(label: string): asserts label is NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`load: unknown node label ${JSON.stringify(label)}`);
}

function assertType(type: string): asserts type is StoredRelationshipType {
  if (!(STORED_RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`load: unknown relationship type ${JSON.stringify(type)}`);
}

/**
 * MERGE of nodes of one label: shared entities, and facts (whose ids are consolidated, so another
 * article may have written them). Facts also get :Fact. `keys` are the property keys the batch carries
 * (all plain); `null` means some key is not plain and the statement uses `n += row.props` instead.
 * Entities carry no `articles` list: the sources of a view are the articles behind its facts.
 */
export function mergeNodesStatement(label: string, keys: string[] | null): string {
  assertLabel(label);
  return cached(`node:${label}:${keys?.join(',') ?? '+='}`, () => {
    const aliases = mergedList('n.aliases', 'row.aliases');
    const sets = [
      FACT_NODE_LABELS.has(label) ? `n:${label}:Fact` : `n:${label}`,
      ...(keys ? propSets('n', keys) : []),
      `n.aliases = ${aliases}`,
      // Computed from the same merge as n.aliases, so it is right whether SET items see each other or not.
      `n.searchText = reduce(acc = '', x IN ${aliases} | acc + ' | ' + x)`,
    ];
    return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.label = '${label}'
SET ${sets.join(',\n    ')}${keys ? '' : '\nSET n += row.props'}`;
  });
}

/**
 * CREATE of facts no article has written yet (the loader checked with EXISTING_IDS in the same
 * transaction): the same properties as the MERGE writes for a new node, without its lookup.
 */
export function createNodesStatement(label: string, keys: string[] | null): string {
  assertLabel(label);
  return cached(`create-node:${label}:${keys?.join(',') ?? '+='}`, () => {
    const props = [
      'id: row.id',
      'name: row.name',
      'nameKey: row.nameKey',
      `label: '${label}'`,
      ...(keys ?? []).map((k) => `${k}: row.props.${k}`),
      'aliases: row.aliases',
      `searchText: reduce(acc = '', x IN row.aliases | acc + ' | ' + x)`,
    ];
    return `
UNWIND $rows AS row
CREATE (n:Entity:${label}${FACT_NODE_LABELS.has(label) ? ':Fact' : ''} {${props.join(', ')}})${keys ? '' : '\nSET n += row.props'}`;
  });
}

/** Which of the given ids are already entities (facts another article wrote). */
export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id`;

/** Checks a node label against the vocabulary (dynamic labels are only ever vocabulary entries). */
export function checkNodeLabel(label: string): NodeLabel {
  assertLabel(label);
  return label;
}

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
CALL (row) { MATCH (n:Entity {id: row.node}) RETURN n }
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(n)`;

/** A fact's mention: the sentence's own figure, date and status travel on its MENTIONS relationship. */
export const CREATE_FACT_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
CALL (row) { MATCH (n:Entity {id: row.fact}) RETURN n }
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text, mention: row.props.mention, article: row.props.article,
                       when: row.props.when, quantity: row.props.quantity, quantityMax: row.props.quantityMax,
                       qualifier: row.props.qualifier, quantityText: row.props.quantityText, unit: row.props.unit,
                       kinds: row.props.kinds, date: row.props.date, dateText: row.props.dateText, status: row.props.status,
                       stance: row.props.stance, verb: row.props.verb}]->(n)`;

/**
 * CREATE of relationships that touch a fact this load creates (so they cannot exist yet), every type
 * in one statement (`row.type` is checked against the vocabulary before it is sent).
 */
export function createRelationshipsStatement(keys: string[] | null): string {
  return cached(`create-rel:${keys?.join(',') ?? '+='}`, () => {
    const props = ['key: row.key', 'id: row.id', ...(keys ?? []).map((k) => `${k}: row.props.${k}`), 'evidence: row.evidence', 'articles: [$articleId]'];
    return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
CALL (row) { MATCH (b:Entity {id: row.target}) RETURN b }
CREATE (a)-[r:$(row.type) {${props.join(', ')}}]->(b)${keys ? '' : '\nSET r += row.props'}`;
  });
}

/**
 * MERGE of relationships of one type; (source, type, key, target) identifies a fact's link across
 * articles. Rows are grouped beforehand, so one link appears once per batch. Evidence and articles
 * accumulate; a retraction removes the article's share (RETRACT_LINKS).
 */
export function mergeRelationshipsStatement(type: string, keys: string[] | null): string {
  assertType(type);
  return cached(`merge-rel:${type}:${keys?.join(',') ?? '+='}`, () => {
    const sets = [
      ...(keys ? propSets('r', keys) : []),
      `r.evidence = ${mergedList('r.evidence', 'row.evidence')}`,
      `r.articles = ${withArticle('r.articles')}`,
    ];
    return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
CALL (row) { MATCH (b:Entity {id: row.target}) RETURN b }
MERGE (a)-[r:${type} {key: row.key}]->(b)
ON CREATE SET r.id = row.id
SET ${sets.join(',\n    ')}${keys ? '' : '\nSET r += row.props'}`;
  });
}

/** Takes one article's share out of relationships of one type: its article id and its evidence sentences. */
export function retractLinksStatement(type: string): string {
  assertType(type);
  return cached(`retract-rel:${type}`, () => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
CALL (row) { MATCH (b:Entity {id: row.target}) RETURN b }
MATCH (a)-[r:${type} {key: row.key}]->(b)
SET r.articles = [x IN coalesce(r.articles, []) WHERE x <> $articleId],
    r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH $articleId + ':']`);
}

/** Deletes relationships of one type that no article supports any more (after retractLinksStatement). */
export function deleteUnsupportedLinksStatement(type: string): string {
  assertType(type);
  return cached(`delete-rel:${type}`, () => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
CALL (row) { MATCH (b:Entity {id: row.target}) RETURN b }
MATCH (a)-[r:${type} {key: row.key}]->(b)
WHERE size(r.articles) = 0
DELETE r`);
}

/** Checks a relationship type against the stored vocabulary (dynamic types are only ever vocabulary entries). */
export function checkRelationshipType(type: string): StoredRelationshipType {
  assertType(type);
  return type;
}

export const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity'
RETURN label, count ORDER BY label`;

export const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;
