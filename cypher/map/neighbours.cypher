// One step of a map's neighbourhood walk: the best-connected entities next to the frontier, not yet seen.
MATCH (a:Entity)--(b:Entity)
WHERE a.id IN $frontier AND NOT b.id IN $seen
WITH DISTINCT b, COUNT { (b)--(:Entity) } AS degree
ORDER BY degree DESC, b.id
LIMIT $limit
RETURN b {.*} AS node
