// Removes the article node itself (a retraction, not a reload).
MATCH (a:Article {id: $articleId}) DETACH DELETE a
