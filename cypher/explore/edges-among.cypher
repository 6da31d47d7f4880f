// Every relationship among a set of entities (used after an expansion or a path to connect what is shown).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, elementId(r) AS elementId, r {.*} AS props
LIMIT $limit
