// Used by the executor's integration tests only.
MERGE (a:Article {id: $id})
SET a.title = $title, a.published = date($published)
