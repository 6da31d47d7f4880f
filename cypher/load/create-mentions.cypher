// An entity's mentions: which sentence names it, where.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
CALL (row) { MATCH (n:Entity {id: row.node}) RETURN n }
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(n)
