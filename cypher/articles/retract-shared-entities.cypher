// Shared entities the article mentioned: forget it as a source; an entity no other article mentions goes,
// with whatever still hangs on it.
MATCH (n:Entity) WHERE $articleId IN n.articles
SET n.articles = [x IN n.articles WHERE x <> $articleId]
WITH n WHERE size(n.articles) = 0
DETACH DELETE n
