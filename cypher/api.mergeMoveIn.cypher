// Moves the incoming relationships of one type from the merged entity to the kept one (see api.mergeMoveOut).
MATCH (old:Entity {id: $mergeId}), (keep:Entity {id: $keepId})
MATCH (x)-[r]->(old)
WHERE type(r) = $type AND x <> old
WITH old, keep, r, x AS other, properties(r) AS props
CALL (keep, other, props) {
  WITH keep, other, props
  WHERE NOT EXISTS { MATCH (other)-[s]->(keep) WHERE type(s) = $type AND properties(s) = props }
  CREATE (other)-[n:$($type)]->(keep)
  SET n = props
}
DELETE r
RETURN count(*) AS moved
