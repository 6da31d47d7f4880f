// Search. Four sources, best score kept per node:
// - the actors the query names, resolved from the lexicons in lib/search/intent.ts (names, aliases,
//   capitals, demonyms: "moscou" -> Russie), so the state outranks sentences that merely contain the word;
// - facts: transfers of the kinds the query names, into or from those actors ("troupes Russie"),
//   ranked by how many of the named actors they touch;
// - fulltext over names and aliases (accent-folded, fuzzy + prefix);
// - exact and prefix matches on nameKey (claims, being sentences, below entities).
CALL () {
  MATCH (node:Entity) WHERE node.id IN $actors
  RETURN node, $actorScore AS score
  UNION
  // Facts start from the named actors (an id seek), so the kinds filter never scans every transfer.
  MATCH (a:Entity) WHERE a.id IN $actors AND size($kinds) > 0
  MATCH (a)-[:SENT|TO]-(node:Transfer)
  WHERE node.kind IN $kinds OR any(k IN coalesce(node.kinds, []) WHERE k IN $kinds)
  WITH DISTINCT node
  WITH node, size([(node)-[:TO|SENT]-(x:Entity) WHERE x.id IN $actors | x.id]) AS touched
  RETURN node, 6000.0 + 100.0 * touched AS score
  UNION
  // A kind alone ("troupes") lists the facts of that kind through the kind index.
  MATCH (node:Transfer) WHERE size($actors) = 0 AND node.kind IN $kinds
  RETURN node, 2000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity) WHERE node.nameKey = $key
  RETURN node, 1000.0 AS score
  UNION
  MATCH (node:Entity) WHERE node.nameKey STARTS WITH $key AND size($key) >= 2
  RETURN node, CASE WHEN node:Claim THEN 50.0 ELSE 100.0 END AS score
}
WITH node, max(score) AS score
RETURN node.id AS id, node.name AS name, node.label AS label, node.aliases AS aliases, score,
       // A fact reads with its ends: "soldats nord-coréens" alone does not say who sent them to whom.
       CASE WHEN node:Transfer THEN [(s:Entity)-[:SENT]->(node) | s.name][0] END AS sender,
       CASE WHEN node:Transfer THEN [(node)-[:TO]->(r:Entity) | r.name][0] END AS receiver
// Ties (two prefix matches, two facts) go to the better-connected node: "coree" lists Corée du Nord first
// (degree among entities: all relationships less incoming MENTIONS, read from the degree store).
ORDER BY score DESC, COUNT { (node)--() } - COUNT { (node)<-[:MENTIONS]-() } DESC, size(node.name), node.name
LIMIT $limit
