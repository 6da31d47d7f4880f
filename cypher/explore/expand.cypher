// Neighbours of one entity, best-connected first, with the relationships linking them to it.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)--(m:Entity)
  RETURN count(DISTINCT m) AS total
}
CALL (n) {
  MATCH (n)--(m:Entity)
  WITH DISTINCT m
  WITH m, COUNT { (m)--(:Entity) } AS degree
  ORDER BY degree DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS neighbours
}
RETURN n {.*} AS node, total, [m IN neighbours | m {.*}] AS neighbours
