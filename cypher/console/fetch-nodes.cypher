// Ends of relationships a console query returned without them, by element id.
MATCH (n) WHERE elementId(n) IN $ids RETURN n
