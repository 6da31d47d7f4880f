// The entity a map is centred on, by id.
MATCH (n:Entity {id: $id}) RETURN n {.*} AS node
