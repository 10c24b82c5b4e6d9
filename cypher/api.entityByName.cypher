// One entity by its exact name (any case), else by an exact alias; reference entities first.
CALL () {
  MATCH (n:Entity {name: $name})
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Entity)
  WHERE toLower(n.name) = toLower($name) OR $name IN coalesce(n.aliases, [])
  RETURN n, 1 AS rank
}
RETURN properties(n) AS entity
ORDER BY rank, coalesce(n.reference, false) DESC, n.id
LIMIT 1
