// Which of the given entity ids are already in the graph (an article's preview marks them as known).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name
