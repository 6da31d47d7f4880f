// title: Backed by more than one source
// description: Facts that two or more distinct speakers or media back, and relationships cited by several articles or sentences.
MATCH (src)-[:ASSERTS|REPORTED]->(c:Claim)-[:ABOUT]->(fact)
WITH fact, collect(DISTINCT src) AS sources
WHERE size(sources) > 1
MATCH p = (src)-[:ASSERTS|REPORTED]->(:Claim)-[:ABOUT]->(fact)
WHERE src IN sources
RETURN fact.name AS fact, 'claims' AS backing, [s IN sources | s.name] AS sources, size(sources) AS count, collect(p) AS graph
UNION ALL
MATCH p = (a:Entity)-[r]->(b:Entity)
WHERE size(coalesce(r.articles, [])) > 1 OR size(coalesce(r.evidence, [])) > 1
RETURN a.name + ' ' + type(r) + ' ' + b.name AS fact, 'articles' AS backing, r.articles AS sources,
       size(r.evidence) AS count, [p] AS graph
