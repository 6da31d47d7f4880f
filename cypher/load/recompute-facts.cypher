// Recomputes the summary of facts from their remaining mentions and stances (DESIGN.md §4b): figure
// range, latest figure and its date, first/last seen, sources, status, who denies or cannot confirm.
// Mentions are ordered by their date (ISO, else the article's), then article and sentence, so the
// "latest" figure does not depend on load order.
UNWIND $ids AS id
MATCH (f:Entity {id: id})
CALL (f) {
  MATCH (f)<-[m:MENTIONS]-(:Sentence)
  WITH m ORDER BY coalesce(m.when, ''), m.article, m.mention
  RETURN count(m) AS mentions,
         collect(DISTINCT m.article) AS articles,
         min(m.quantity) AS quantityMin,
         max(coalesce(m.quantityMax, m.quantity)) AS quantityMax,
         collect(CASE WHEN m.quantity IS NULL THEN null
                 ELSE {quantity: m.quantity, quantityMax: m.quantityMax, qualifier: m.qualifier, date: m.when} END) AS figures,
         min(m.when) AS firstSeen,
         max(m.when) AS lastSeen,
         collect(DISTINCT coalesce(m.status, 'asserted')) AS statuses
}
WITH f, mentions, articles, quantityMin, quantityMax, figures[-1] AS latest, firstSeen, lastSeen, statuses,
     [(s)-[:ASSERTS]->(f) | s.name] AS assertedBy,
     [(s)-[:DENIES]->(f) | s.name] AS deniedBy,
     [(s)-[:CANNOT_CONFIRM]->(f) | s.name] AS unconfirmedBy
WITH f, mentions, articles, quantityMin, quantityMax, latest, firstSeen, lastSeen, assertedBy, deniedBy, unconfirmedBy,
     size(assertedBy) > 0 OR 'asserted' IN statuses AS asserted,
     'alleged' IN statuses AS alleged,
     size(deniedBy) > 0 OR 'denied' IN statuses AS denied
SET f.mentions = mentions,
    f.articles = articles,
    f.sources = size(articles),
    f.quantityMin = quantityMin,
    f.quantityMax = quantityMax,
    f.latestQuantity = latest.quantity,
    f.latestQuantityMax = latest.quantityMax,
    f.latestQualifier = latest.qualifier,
    f.latestDate = latest.date,
    f.firstSeen = firstSeen,
    f.lastSeen = lastSeen,
    f.assertedBy = assertedBy,
    f.deniedBy = deniedBy,
    f.unconfirmedBy = unconfirmedBy,
    f.status = CASE
      WHEN denied AND (asserted OR alleged) THEN 'disputed'
      WHEN asserted THEN 'asserted'
      WHEN alleged THEN 'alleged'
      WHEN denied THEN 'denied'
      ELSE 'unconfirmed' END
