// Which of the given ids are already entities (facts another article wrote).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
