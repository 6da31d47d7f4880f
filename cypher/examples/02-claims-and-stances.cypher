// title: Who asserts, denies or cannot confirm which fact
// description: Every stance on a fact with its speaker and quote; outlets that reported the fact are listed with it.
MATCH said = (speaker)-[s:ASSERTS|DENIES|CANNOT_CONFIRM]->(f:Fact)
OPTIONAL MATCH (outlet)-[:REPORTED]->(f)
RETURN f.name AS fact, speaker.name AS speaker, type(s) AS stance, s.quote AS quote,
       collect(DISTINCT outlet.name) AS reportedBy, said
ORDER BY fact, stance, speaker
