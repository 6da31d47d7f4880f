// Totals of the default view for "showing N of M": entities and relationships among them, Claim nodes
// (statements about no extracted fact) left out as the overview leaves them out. Label and type counts
// come from the count store; a Claim's relationships from the degree store, no scan of relationships.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims, sum(COUNT { (c)--() } - COUNT { (c)<-[:MENTIONS]-() }) AS claimEdges }
CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
CALL () { MATCH ()-[r:HAS_SENTENCE]->() RETURN count(r) AS hs }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
RETURN entities - claims AS nodes, all - hs - mentions - claimEdges AS edges
