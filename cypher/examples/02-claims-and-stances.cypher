// title: Claims, speakers and stances
// description: Who asserts, denies or cannot confirm which claim, and what the claim is about.
MATCH said = (speaker)-[s:ASSERTS|DENIES|CANNOT_CONFIRM]->(c:Claim)
OPTIONAL MATCH about = (c)-[:ABOUT]->(topic)
RETURN speaker.name AS speaker, type(s) AS stance, c.text AS claim, collect(topic.name) AS about,
       said, collect(about) AS aboutPaths
ORDER BY stance, speaker
