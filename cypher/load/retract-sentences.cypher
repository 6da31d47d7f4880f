// Removes the sentences (and their mentions, fact mentions included) an earlier load of the article wrote.
MATCH (s:Sentence {article: $articleId}) DETACH DELETE s
