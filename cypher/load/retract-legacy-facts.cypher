// Removes per-article nodes written before the fact layer (they carried `article`); none exist after a fresh load.
MATCH (n:Entity {article: $articleId}) DETACH DELETE n
