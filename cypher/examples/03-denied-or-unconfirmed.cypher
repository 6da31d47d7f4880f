// title: Disputed, denied or unconfirmed
// description: Facts someone denies or cannot confirm, with who asserts them, who denies them and who cannot confirm them.
MATCH (f:Fact)
WHERE f.status IN ['disputed', 'denied', 'unconfirmed'] OR size(f.unconfirmedBy) > 0
OPTIONAL MATCH p = (who)-[:ASSERTS|DENIES|CANNOT_CONFIRM]->(f)
RETURN f.name AS fact, f.status AS status, f.assertedBy AS assertedBy, f.deniedBy AS deniedBy,
       f.unconfirmedBy AS unconfirmedBy, f.sources AS sources, collect(p) AS stances
ORDER BY f.sources DESC, fact
