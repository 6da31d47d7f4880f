// Name/alias search: fulltext (accent-folded, fuzzy + prefix) merged with exact and prefix matches on nameKey.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity) WHERE node.nameKey = $key
  RETURN node, 1000.0 AS score
  UNION
  MATCH (node:Entity) WHERE node.nameKey STARTS WITH $key AND size($key) >= 2
  RETURN node, 100.0 AS score
}
WITH node, max(score) AS score
RETURN node.id AS id, node.name AS name, node.label AS label, node.aliases AS aliases, score
// Ties (two prefix matches) go to the better-connected entity: "coree" lists Corée du Nord first
// (degree among entities: all relationships less incoming MENTIONS, read from the degree store).
ORDER BY score DESC, COUNT { (node)--() } - COUNT { (node)<-[:MENTIONS]-() } DESC, size(node.name), node.name
LIMIT $limit
