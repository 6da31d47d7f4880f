// title: What was given in exchange
// description: Transfers traded for other transfers, with who sent each side.
MATCH x = (given:Transfer)-[:IN_EXCHANGE_FOR]->(received:Transfer)
OPTIONAL MATCH g = (giver)-[:SENT]->(given)
OPTIONAL MATCH r = (receiver)-[:SENT]->(received)
RETURN given.name AS given, giver.name AS givenBy, received.name AS inExchangeFor, receiver.name AS sentBy, x, g, r
