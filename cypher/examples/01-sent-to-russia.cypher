// title: Who sent what to Russia
// description: Every transfer to Russia with its sender, kind, quantity (with its qualifier) and status, largest first.
MATCH p = (sender)-[:SENT]->(t:Transfer)-[:TO]->(:Country {iso2: 'RU'})
RETURN sender.name AS sender, t.kind AS kind, t.quantity AS quantity, t.qualifier AS qualifier,
       t.unit AS unit, t.status AS status, p
ORDER BY t.quantity IS NULL, t.quantity DESC, sender
