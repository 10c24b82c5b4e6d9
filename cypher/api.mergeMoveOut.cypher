// Moves the outgoing relationships of one type from the merged entity to the kept one, properties
// and all; an identical relationship already on the kept entity is not doubled.
MATCH (old:Entity {id: $mergeId}), (keep:Entity {id: $keepId})
MATCH (old)-[r]->(x)
WHERE type(r) = $type
WITH old, keep, r, CASE WHEN x = old THEN keep ELSE x END AS other, properties(r) AS props
CALL (keep, other, props) {
  WITH keep, other, props
  WHERE NOT EXISTS { MATCH (keep)-[s]->(other) WHERE type(s) = $type AND properties(s) = props }
  CREATE (keep)-[n:$($type)]->(other)
  SET n = props
}
DELETE r
RETURN count(*) AS moved
