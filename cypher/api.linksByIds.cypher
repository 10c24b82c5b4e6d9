// Structural neighbours (MEMBER_OF, LEADER_OF, PARTY_TO ...) of many entities in one statement.
// Types come from an allow-list in code; each key asks for one type in one direction.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]->(m:Entity) WHERE k.direction = 'OUT' AND type(r) = k.type
  RETURN r, m
  UNION
  MATCH (n)<-[r]-(m:Entity) WHERE k.direction = 'IN' AND type(r) = k.type
  RETURN r, m
}
WITH k, r, m ORDER BY coalesce(r.from, date('0001-01-01')), m.name
RETURN k.id AS id, k.type AS type, k.direction AS direction, collect({rel: properties(r), node: properties(m)}) AS links
