// Every mention of one fact with what its sentence said (figure, date, status) and the article it is in:
// the fact card's figure over time and its drill-down to single mentions.
MATCH (f:Entity {id: $id})<-[m:MENTIONS]-(s:Sentence)
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
RETURN s.id AS sentence, s.text AS text, m.text AS mentionText, m.mention AS mention,
       m.quantity AS quantity, m.quantityMax AS quantityMax, m.qualifier AS qualifier, m.unit AS unit,
       m.date AS date, m.dateText AS dateText, m.when AS when, m.status AS status,
       a.id AS articleId, a.title AS articleTitle, a.source AS articleSource, a.publishedAt AS publishedAt
ORDER BY coalesce(m.when, ''), a.title, s.index
LIMIT $limit
