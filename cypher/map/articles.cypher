// Title, source and date of the articles a map cites.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt
ORDER BY a.publishedAt, a.title
