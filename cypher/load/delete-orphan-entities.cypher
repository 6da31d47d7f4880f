// Deletes shared entities the retraction left with no relationship at all (not even a mention).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)--() }
DELETE n
