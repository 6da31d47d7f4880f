// Overview: the best-connected entities first, so a capped view keeps the graph's backbone. Facts and
// actors only: a Claim node is a statement about no extracted fact, kept out of the default view.
// Degree among entities = all relationships less incoming MENTIONS (entities carry no other
// provenance): two degree-store reads per entity instead of walking every relationship.
MATCH (n:Entity)
WHERE NOT n:Claim
WITH n, COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n {.*} AS node
