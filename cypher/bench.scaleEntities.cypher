// Synthetic scale (npm run bench:scale): one copy of every corpus entity, labels and properties
// alike, the id and name suffixed, so that the copy has the corpus's degree distribution.
MATCH (n:Entity) WHERE n.copyOf IS NULL
CALL (n) {
  // Properties first, labels after: a copy never holds its original's id under a unique label.
  CREATE (m)
  SET m = n {.*, id: n.id + $suffix, name: n.name + $nameSuffix, copyOf: n.id}
  SET m:$(labels(n))
} IN TRANSACTIONS OF 5000 ROWS
