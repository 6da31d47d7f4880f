// The article node and its sentences, in one round trip.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.language = $article.language, a.source = $article.source,
    a.publishedAt = $article.publishedAt, a.loadedAt = datetime().epochMillis, a.sentenceCount = $sentenceCount,
    a.facts = $facts, a.links = $links, a.entities = $entities
WITH a
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, article: $article.id, index: row.index, text: row.text,
                    start: row.start, end: row.end, boilerplate: row.boilerplate})
CREATE (a)-[:HAS_SENTENCE]->(s)
