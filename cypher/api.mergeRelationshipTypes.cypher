// The relationship types on an entity about to be merged away, by direction (self-loops count once, as OUT).
MATCH (old:Entity {id: $mergeId})
CALL (old) {
  MATCH (old)-[r]->() RETURN 'OUT' AS direction, type(r) AS type, count(r) AS count
  UNION ALL
  MATCH (old)<-[r]-(x) WHERE x <> old RETURN 'IN' AS direction, type(r) AS type, count(r) AS count
}
RETURN direction, type, count
