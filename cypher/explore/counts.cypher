// Totals for "showing N of M": label and type counts come from the count store, no scan.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
CALL () { MATCH ()-[r:HAS_SENTENCE]->() RETURN count(r) AS hs }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
RETURN nodes, all - hs - mentions AS edges
