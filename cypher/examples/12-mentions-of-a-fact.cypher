// title: Every mention behind one fact
// description: Each sentence that names the fact, with the figure, date and status it gives and its article: set $id in the parameters.
// params: {"id": "transfer:country:KP>country:RU:troops"}
MATCH (f:Fact {id: $id})<-[m:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
RETURN a.title AS article, m.text AS mention, m.quantity AS quantity, m.qualifier AS qualifier,
       m.dateText AS date, m.status AS status, s.text AS sentence, f
ORDER BY coalesce(m.when, ''), article
