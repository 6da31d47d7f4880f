// Overview: the best-connected entities first, so a capped view keeps the graph's backbone.
MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n {.*} AS node
