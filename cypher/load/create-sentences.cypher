// Sentences after the first batch (load/merge-article-sentences writes the first with the article).
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, article: $articleId, index: row.index, text: row.text,
                    start: row.start, end: row.end, boilerplate: row.boilerplate})
CREATE (a)-[:HAS_SENTENCE]->(s)
