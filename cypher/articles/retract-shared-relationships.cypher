// Relationships between shared entities that the article supported: forget it as a source and drop its
// evidence sentences; a relationship no other article supports goes. (Shared relationships join two
// entities that both list the article, so walking from those entities finds every one of them.)
MATCH (n:Entity) WHERE $articleId IN n.articles
MATCH (n)-[r]->(:Entity) WHERE $articleId IN r.articles
WITH DISTINCT r
SET r.articles = [x IN r.articles WHERE x <> $articleId],
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH $articleId + ':']
WITH r WHERE size(r.articles) = 0
DELETE r
