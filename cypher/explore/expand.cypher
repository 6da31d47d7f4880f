// Neighbours of one entity, best-connected first, with the relationships linking them to it.
// One pass over the entity's relationships gives both the total and the ranked neighbours; a
// neighbour's degree (among entities: all relationships less incoming MENTIONS) is read from the degree store.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)--(m:Entity)
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } - COUNT { (m)<-[:MENTIONS]-() } AS degree
  ORDER BY degree DESC, m.id
  RETURN collect(m) AS ranked
}
RETURN n {.*} AS node, size(ranked) AS total, [m IN ranked[..$limit] | m {.*}] AS neighbours
