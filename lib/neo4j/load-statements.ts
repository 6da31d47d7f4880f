import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph/schema';

// Loader Cypher. Labels and relationship types cannot be parameters in an indexed MERGE, so one
// statement is prepared per vocabulary entry; they come from the fixed vocabulary, never from input.
//
// Plan rules these statements keep (tests/integration/plans.test.ts checks them):
// - every lookup is a unique-index seek on an id: no label scan, no cartesian product (the second
//   endpoint is looked up in a `CALL (row) { ... }` so the plan is a chain of Applys);
// - no Eager: `SET n += map` writes "some property", which the planner treats as conflicting with
//   every read, so extractor properties are written key by key (statements are generated per key set);
// - relationships that touch one of the article's own facts are CREATEd (those facts were just
//   retracted and recreated, so such a relationship cannot exist yet); only relationships between
//   shared entities are MERGEd, and a MERGE between two bound nodes expands from the sparser side,
//   so a country with thousands of relationships costs no more per row than any other node.

/** Removes the sentences (and their mentions) an earlier load of the same article wrote. */
export const RETRACT_SENTENCES = `
MATCH (s:Sentence {article: $articleId}) DETACH DELETE s`;

/** Removes the article's own facts (transfers, claims, events, agreements) and their relationships. */
export const RETRACT_FACTS = `
MATCH (n:Entity {article: $articleId}) DETACH DELETE n`;

/** The article node and its sentences, in one round trip. */
export const MERGE_ARTICLE_SENTENCES = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.language = $article.language, a.source = $article.source,
    a.publishedAt = $article.publishedAt, a.loadedAt = datetime().epochMillis, a.sentenceCount = $sentenceCount
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

function assertType(type: string): asserts type is RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`load: unknown relationship type ${JSON.stringify(type)}`);
}

/**
 * MERGE of shared entities of one label. `keys` are the extractor property keys the batch carries
 * (all plain); `null` means some key is not plain and the statement uses `n += row.props` instead.
 */
export function mergeNodesStatement(label: string, keys: string[] | null): string {
  assertLabel(label);
  return cached(`node:${label}:${keys?.join(',') ?? '+='}`, () => {
    const aliases = mergedList('n.aliases', 'row.aliases');
    const sets = [
      `n:${label}`,
      ...(keys ? propSets('n', keys) : []),
      `n.aliases = ${aliases}`,
      `n.articles = ${withArticle('n.articles')}`,
      'n.article = row.article',
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
 * CREATE of the article's own facts (retracted just before, so they cannot exist yet), every label in
 * one statement (`row.label` is checked against the vocabulary before it is sent). Writes the same
 * properties as the MERGE does for a new node; a property a row lacks is null, i.e. not written.
 */
export function createFactsStatement(keys: string[] | null): string {
  return cached(`fact:${keys?.join(',') ?? '+='}`, () => {
    const props = [
      'id: row.id',
      'name: row.name',
      'nameKey: row.nameKey',
      'label: row.label',
      ...(keys ?? []).map((k) => `${k}: row.props.${k}`),
      'aliases: row.aliases',
      'articles: [$articleId]',
      'article: row.article',
      `searchText: reduce(acc = '', x IN row.aliases | acc + ' | ' + x)`,
    ];
    return `
UNWIND $rows AS row
CREATE (n:Entity:$(row.label) {${props.join(', ')}})${keys ? '' : '\nSET n += row.props'}`;
  });
}

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

/**
 * MERGE of relationships of one type between shared entities; (source, type, key, target) identifies
 * a fact across articles. Rows are grouped beforehand, so one fact appears once per batch.
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

/**
 * CREATE of relationships that touch one of the article's own facts, every type in one statement
 * (`row.type` is checked against the vocabulary before it is sent).
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

/** Checks a relationship type against the vocabulary (dynamic types are only ever vocabulary entries). */
export function checkRelationshipType(type: string): RelationshipType {
  assertType(type);
  return type;
}

export const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity'
RETURN label, count ORDER BY label`;

export const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;
