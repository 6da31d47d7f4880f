import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph/schema';

// Loader Cypher. Labels and relationship types cannot be parameters in an indexed MERGE, so one
// statement is prepared per vocabulary entry; they come from the fixed vocabulary, never from input.

/** Removes what an earlier load of the same article wrote, so a reload replaces rather than duplicates. */
export const RETRACT_ARTICLE = `
MATCH (s:Sentence {article: $articleId}) DETACH DELETE s
WITH count(*) AS _
MATCH (n:Entity {article: $articleId}) DETACH DELETE n`;

export const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.language = $article.language, a.source = $article.source,
    a.publishedAt = $article.publishedAt, a.loadedAt = datetime().epochMillis, a.sentenceCount = $sentenceCount`;

export const CREATE_SENTENCES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, article: $articleId, index: row.index, text: row.text,
                    start: row.start, end: row.end, boilerplate: row.boilerplate})
CREATE (a)-[:HAS_SENTENCE]->(s)`;

function mergeNodes(label: NodeLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.label = '${label}'
SET n:${label}, n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.articles = CASE WHEN $articleId IN coalesce(n.articles, []) THEN n.articles ELSE coalesce(n.articles, []) + $articleId END,
    n.article = row.article
SET n.searchText = reduce(acc = '', x IN n.aliases | acc + ' | ' + x)`;
}

/** One MERGE statement per node label. */
export const MERGE_NODES: Record<NodeLabel, string> = Object.fromEntries(NODE_LABELS.map((l) => [l, mergeNodes(l)])) as Record<NodeLabel, string>;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (n:Entity {id: row.node})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(n)`;

function mergeRelationships(type: RelationshipType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${type} {key: row.key}]->(b)
ON CREATE SET r.id = row.id
SET r += row.props,
    r.evidence = reduce(acc = coalesce(r.evidence, []), x IN row.evidence | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END`;
}

/** One MERGE statement per relationship type; (source, type, key, target) identifies a fact across articles. */
export const MERGE_RELATIONSHIPS: Record<RelationshipType, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, mergeRelationships(t)]),
) as Record<RelationshipType, string>;

export const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity'
RETURN label, count ORDER BY label`;

export const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;
