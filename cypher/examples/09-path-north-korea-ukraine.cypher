// title: How North Korea connects to Ukraine
// description: The shortest chains of facts between two entities, never through sentences or articles: set $from and $to in the parameters.
// params: {"from": "country:KP", "to": "country:UA"}
MATCH (a:Entity {id: $from})
CALL (a) { MATCH (b:Entity {id: $to}) RETURN b }
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS hops, p
LIMIT 25
