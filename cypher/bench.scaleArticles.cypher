// Synthetic scale: one copy of every corpus article, published $shift days earlier.
MATCH (a:Article) WHERE a.copyOf IS NULL
CALL (a) {
  CREATE (b)
  SET b = a {.*, id: a.id + $suffix, copyOf: a.id, contentHash: a.contentHash + $suffix, published: a.published - duration({days: $shift})}
  SET b:Article
} IN TRANSACTIONS OF 5000 ROWS
