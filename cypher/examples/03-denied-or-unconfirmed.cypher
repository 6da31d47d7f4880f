// title: Denied or unconfirmed
// description: Claims someone denies or cannot confirm, and transfers whose status is denied or unconfirmed.
MATCH p = (who)-[s:DENIES|CANNOT_CONFIRM]->(c:Claim)
RETURN 'claim' AS kind, c.text AS what, toLower(type(s)) AS status, who.name AS by, p
UNION ALL
MATCH p = (who)-[:SENT]->(t:Transfer)
WHERE t.status IN ['denied', 'unconfirmed']
RETURN 'transfer' AS kind, t.name AS what, t.status AS status, who.name AS by, p
