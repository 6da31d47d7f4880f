// Loaded articles, newest load first, with how many sentences each brought.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt,
       a.sentenceCount AS sentences, a.loadedAt AS loadedAt
ORDER BY a.loadedAt DESC, a.title
LIMIT $limit
