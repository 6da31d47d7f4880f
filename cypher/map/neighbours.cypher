// One step of a map's neighbourhood walk: the best-connected entities next to the frontier, not yet seen.
// Facts and actors, as the explorer reads them: a Claim node (a statement about no extracted fact) is only
// walked into when the map asks for claims; a neighbour's degree counts the same entities.
MATCH (a:Entity)--(b:Entity)
WHERE a.id IN $frontier AND NOT b.id IN $seen AND ($claims OR NOT b:Claim)
WITH DISTINCT b, COUNT { (b)--(c:Entity) WHERE $claims OR NOT c:Claim } AS degree
ORDER BY degree DESC, b.id
LIMIT $limit
RETURN b {.*} AS node
