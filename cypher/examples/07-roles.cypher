// title: Who holds which role
// description: People with their titles in governments, armies and organizations.
MATCH p = (person:Person)-[r:HOLDS_ROLE]->(body)
RETURN person.name AS person, r.title AS title, body.name AS in, body.label AS kind, p
ORDER BY body.name, person.name
