// One entity with every relationship to another entity (either direction).
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WITH n, r, m
ORDER BY type(r), m.name
RETURN n {.*} AS node,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         type: type(r), elementId: elementId(r), props: r {.*},
         outgoing: startNode(r) = n, other: m {.*}
       } END) AS rels
