// Undoes a merge, step 2: every relationship the merged entity had is made again on it, with the
// properties of its moved copy on the kept entity; the moved copy goes unless the kept entity had
// an identical one of its own before the merge.
MATCH (old:Entity {id: $mergeId}), (keep:Entity {id: $keepId})
UNWIND $relationships AS rel
CALL (rel) {
  MATCH (x:Entity {id: rel.other}) WHERE rel.otherLabel = 'Entity' RETURN x
  UNION
  MATCH (x:Event {id: rel.other}) WHERE rel.otherLabel = 'Event' RETURN x
  UNION
  MATCH (x:Article {id: rel.other}) WHERE rel.otherLabel = 'Article' RETURN x
}
WITH old, keep, rel, x, CASE WHEN x = old THEN keep ELSE x END AS moved
CALL (old, keep, rel, x, moved) {
  MATCH (keep)-[s]-(moved)
  WHERE type(s) = rel.type
    AND ((rel.direction = 'OUT' AND startNode(s) = keep AND endNode(s) = moved) OR (rel.direction = 'IN' AND startNode(s) = moved AND endNode(s) = keep))
    AND size(keys(s)) = size(keys(rel.props))
    AND all(k IN keys(rel.props) WHERE toStringOrNull(s[k]) = toStringOrNull(rel.props[k]))
  WITH s LIMIT 1
  CALL (old, rel, x, s) {
    WITH old, rel, x, s WHERE rel.direction = 'OUT'
    CREATE (old)-[n:$(rel.type)]->(x)
    SET n = properties(s)
  }
  CALL (old, rel, x, s) {
    WITH old, rel, x, s WHERE rel.direction = 'IN'
    CREATE (x)-[n:$(rel.type)]->(old)
    SET n = properties(s)
  }
  WITH s, rel WHERE NOT rel.shared
  DELETE s
}
RETURN count(*) AS restored
