// title: Most connected actors
// description: Countries, organizations and people ranked by how many facts link them to the rest of the graph.
MATCH (n:Entity)
WHERE n:Country OR n:Organization OR n:Person
OPTIONAL MATCH (n)-[r]-(:Entity)
RETURN n.name AS actor, n.label AS kind, count(r) AS links, n
ORDER BY links DESC, actor
LIMIT 20
