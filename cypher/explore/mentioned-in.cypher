// Ids of the sentences that mention one entity. The hint keeps the plan a seek on the entity's id
// whatever the statistics say (without it the planner may scan the sentence index on a small graph).
MATCH (s:Sentence)-[:MENTIONS]->(e:Entity {id: $id})
USING INDEX e:Entity(id)
RETURN DISTINCT s.id AS id
LIMIT $limit
