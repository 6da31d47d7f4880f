// Who asserts, denies, cannot confirm or reported one fact, with the quote and the sentences behind it.
MATCH (f:Entity {id: $id})<-[r:ASSERTS|DENIES|CANNOT_CONFIRM|REPORTED]-(s:Entity)
RETURN type(r) AS type, s {.*} AS speaker, r.quote AS quote, r.date AS date,
       coalesce(r.evidence, []) AS evidence, coalesce(r.articles, []) AS articles
ORDER BY type(r), s.name
