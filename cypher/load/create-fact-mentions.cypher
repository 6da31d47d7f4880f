// A fact's mention: the sentence's own figure, date and status travel on its MENTIONS relationship.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
CALL (row) { MATCH (n:Entity {id: row.fact}) RETURN n }
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text, mention: row.props.mention, article: row.props.article,
                       when: row.props.when, quantity: row.props.quantity, quantityMax: row.props.quantityMax,
                       qualifier: row.props.qualifier, quantityText: row.props.quantityText, unit: row.props.unit,
                       kinds: row.props.kinds, date: row.props.date, dateText: row.props.dateText, status: row.props.status,
                       stance: row.props.stance, verb: row.props.verb}]->(n)
