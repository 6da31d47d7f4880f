// Whether an article is loaded.
OPTIONAL MATCH (a:Article {id: $articleId})
RETURN a IS NOT NULL AS exists
