// Shortest paths between two entities over every relationship between entities, in either direction,
// never through provenance (sentences, articles): new relationship types join paths without an edit here.
// The second endpoint is looked up in a subquery: two index seeks chained, not a cartesian product.
MATCH (a:Entity {id: $from})
CALL (a) { MATCH (b:Entity {id: $to}) RETURN b }
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), elementId: elementId(r), props: r {.*}}] AS rels
