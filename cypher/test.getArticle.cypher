// Used by the executor's integration tests only.
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.published.year AS year
