// Synthetic scale: one copy of every corpus article, published $shift days earlier.
MATCH (a:Article) WHERE a.copyOf IS NULL
CALL (a) {
  CREATE (b:Article)
  SET b = properties(a), b.id = a.id + $suffix, b.copyOf = a.id, b.contentHash = a.contentHash + $suffix,
      b.published = a.published - duration({days: $shift})
} IN TRANSACTIONS OF 5000 ROWS
