// The stored version of an article, to tell new, unchanged and changed articles apart.
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.contentHash AS hash
