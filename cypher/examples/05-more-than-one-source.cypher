// title: Facts with the most sources
// description: Facts named by more than one article (else the best-sourced ones), with the figure each source gives.
MATCH (f:Fact)
WITH f ORDER BY f.sources DESC, f.mentions DESC LIMIT 15
MATCH (s:Sentence)-[m:MENTIONS]->(f)
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
RETURN f.name AS fact, f.sources AS sources,
       collect(DISTINCT a.title + CASE WHEN m.quantity IS NULL THEN '' ELSE ': ' + toString(m.quantity) END) AS figures, f
ORDER BY sources DESC, fact
