// What an earlier load of the article touched: its facts, relationship keys and shared entities.
MATCH (a:Article {id: $articleId})
RETURN coalesce(a.facts, []) AS facts, coalesce(a.links, []) AS links, coalesce(a.entities, []) AS entities
