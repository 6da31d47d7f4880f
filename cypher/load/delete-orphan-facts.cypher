// Deletes facts no mention supports any more, with whatever still points at them.
UNWIND $ids AS id
MATCH (f:Entity {id: id})
WHERE NOT EXISTS { (f)<-[:MENTIONS]-(:Sentence) }
DETACH DELETE f
