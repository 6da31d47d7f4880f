import 'server-only';
import { NODE_LABELS, STORED_RELATIONSHIP_TYPES, type NodeLabel, type StoredRelationshipType } from '../graph/schema';
import { FACT_NODE_LABELS } from '../graph/fact-label';

// Loader Cypher generated per label, relationship type and property-key set: labels and types cannot be
// parameters in an indexed MERGE, so one statement is prepared per vocabulary entry; they come from the
// fixed vocabulary, never from input. The loader's fixed statements live in cypher/load/*.cypher.
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

/** Checks a node label against the vocabulary (dynamic labels are only ever vocabulary entries). */
export function checkNodeLabel(label: string): NodeLabel {
  assertLabel(label);
  return label;
}

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
