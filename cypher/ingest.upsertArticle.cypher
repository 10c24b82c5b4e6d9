// The articles of a batch; their nodes were merged (and locked) by ingest.lockArticles.
CYPHER replan=skip
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
SET a.publisher = article.publisher,
    a.url = article.url,
    a.title = article.title,
    a.published = CASE WHEN article.published IS NULL THEN null ELSE date(article.published) END,
    a.contentHash = article.contentHash,
    a.length = article.length,
    a.ingestedAt = datetime()
