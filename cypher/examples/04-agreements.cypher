// title: Agreements, parties and signatories
// description: Each agreement with the countries or organizations party to it and the people who signed it.
MATCH (a:Agreement)
OPTIONAL MATCH party = (p)-[:PARTY_TO]->(a)
OPTIONAL MATCH signed = (s:Person)-[:SIGNED]->(a)
RETURN a.name AS agreement, a.kind AS kind, collect(DISTINCT p.name) AS parties,
       collect(DISTINCT s.name) AS signatories, a, collect(DISTINCT party) AS partyPaths,
       collect(DISTINCT signed) AS signedPaths
ORDER BY size(parties) + size(signatories) DESC, agreement
