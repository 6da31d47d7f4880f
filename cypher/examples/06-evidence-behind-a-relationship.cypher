// title: Evidence behind one relationship
// description: The sentences (and their article) that support one relationship: set $from and $type in the parameters.
// params: {"from": "country:KP", "type": "SENT"}
MATCH (a:Entity {id: $from})-[r]->(b)
WHERE type(r) = $type
WITH a, r, b ORDER BY r.id LIMIT 1
UNWIND r.evidence AS sentenceId
MATCH (article:Article)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
RETURN a.name AS from, type(r) AS type, b.name AS to, s.text AS sentence, article.title AS article, a, r, b
