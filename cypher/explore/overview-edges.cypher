// Relationships between the overview's entities; `IN $ids` is answered from a cached set.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, elementId(r) AS elementId, r {.*} AS props
LIMIT $limit
