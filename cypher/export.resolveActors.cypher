// --actor values: the entities whose id or exact name each is, and, for a value that matches none,
// up to three entities whose name or an alias holds it (case-insensitive), to suggest.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity) WHERE n.id = key OR n.name = key
  WITH n ORDER BY n.id
  RETURN collect(n {.id, .name, .kind}) AS matches
}
CALL (key, matches) {
  OPTIONAL MATCH (n:Entity)
  WHERE size(matches) = 0
    AND (toLower(coalesce(n.name, n.label, '')) CONTAINS toLower(key) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower(key)))
  WITH n ORDER BY size(coalesce(n.name, '')), n.id LIMIT 3
  RETURN collect(n {.id, .name}) AS suggestions
}
RETURN key, matches, suggestions
