// title: Full-text search
// description: Accent- and case-insensitive search over names and aliases (fuzzy with ~): set $q in the parameters.
// params: {"q": "pyongyang~"}
CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
RETURN node.name AS name, node.label AS kind, round(score * 100) / 100 AS score, node
LIMIT 20
