// Trame schema: applied before every load (idempotent: IF NOT EXISTS).
// Every entity carries :Entity with a unique id, so lookups by id use one index whatever the label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
// Per-article facts (transfers, claims, events) and sentences are found by article when an article is reloaded.
CREATE INDEX entity_article IF NOT EXISTS FOR (n:Entity) ON (n.article);
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.article);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label);
// Search lists the facts of a kind ("troupes") without reading every transfer.
CREATE INDEX transfer_kind IF NOT EXISTS FOR (n:Transfer) ON (n.kind);
// Accent- and case-insensitive search over names and aliases, with fuzzy matching ("zelenski" finds Zelensky).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Indexes build in the background: wait (up to 60 s) until they are online before anything reads or loads.
CALL db.awaitIndexes(60);
