// Ids of the sentences that mention one entity.
MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: $id})
RETURN DISTINCT s.id AS id
LIMIT $limit
