// Synthetic scale (npm run bench:scale): one copy of every corpus entity, labels and properties
// alike, the id and name suffixed, so that the copy has the corpus's degree distribution.
MATCH (n:Entity) WHERE n.copyOf IS NULL
CALL (n) {
  CREATE (m:Entity)
  SET m = properties(n), m.id = n.id + $suffix, m.name = n.name + $nameSuffix, m.copyOf = n.id
  SET m:$(labels(n))
} IN TRANSACTIONS OF 5000 ROWS
