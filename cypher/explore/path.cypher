// Shortest paths between two entities over the vocabulary's relationship types only
// (never through provenance: MENTIONS / HAS_SENTENCE), in either direction.
// The second endpoint is looked up in a subquery: two index seeks chained, not a cartesian product.
MATCH (a:Entity {id: $from})
CALL (a) { MATCH (b:Entity {id: $to}) RETURN b }
MATCH p = allShortestPaths((a)-[:SENT|TO|IN_EXCHANGE_FOR|COVERS|PARTY_TO|SIGNED|VETOED|HOLDS_ROLE|MEMBER_OF|PART_OF|ASSERTS|DENIES|CANNOT_CONFIRM|REPORTED|ABOUT|INVOLVED_IN|LOCATED_IN*..8]-(b))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), elementId: elementId(r), props: r {.*}}] AS rels
