// title: How North Korea connects to Ukraine
// description: The shortest chains of facts (no provenance edges) between two entities: set $from and $to in the parameters.
// params: {"from": "country:KP", "to": "country:UA"}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['HAS_SENTENCE', 'MENTIONS'])
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS hops, p
LIMIT 25
