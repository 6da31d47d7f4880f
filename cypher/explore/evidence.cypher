// Sentences behind a node: those that mention it and those cited as evidence by its relationships,
// with the article they come from and every mention in them (for highlighting).
UNWIND $sentenceIds AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
WITH s, a, collect(CASE WHEN m IS NULL THEN null ELSE {start: m.start, end: m.end, text: m.text, node: e.id} END) AS mentions
RETURN s.id AS id, s.text AS text, s.index AS index, s.start AS start,
       a.id AS articleId, a.title AS articleTitle, a.source AS articleSource, a.publishedAt AS publishedAt,
       mentions
ORDER BY a.title, s.index
