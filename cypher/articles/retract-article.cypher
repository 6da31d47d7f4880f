// The article node itself, last: returns whether it was there.
OPTIONAL MATCH (a:Article {id: $articleId})
WITH a, a IS NOT NULL AS existed
DETACH DELETE a
RETURN existed
