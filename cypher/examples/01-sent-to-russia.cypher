// title: Every flow into Russia
// description: One fact per sender and kind: its figure range, latest figure and date, number of sources and status, best-sourced first.
MATCH p = (sender)-[:SENT]->(t:Transfer)-[:TO]->(:Country {iso2: 'RU'})
RETURN sender.name AS sender, t.kind AS kind, t.quantityMin AS min, t.quantityMax AS max,
       t.latestQuantity AS latest, t.latestDate AS latestDate, t.sources AS sources, t.status AS status, p
ORDER BY t.sources DESC, t.quantityMax IS NULL, t.quantityMax DESC, sender
