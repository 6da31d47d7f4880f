// Entities of an explorer view, by id (unknown ids are left out).
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS node
