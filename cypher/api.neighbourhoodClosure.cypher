// The edges among the entities a neighbourhood reached on its last hop and the rest of it (the hop
// loop only follows edges out of its frontier, so these would otherwise be missing).
UNWIND $frontier AS id
MATCH (x:Entity {id: id})-[r]-(n:Entity)
WHERE n.id IN $ids AND type(r) IN $types AND NOT coalesce(r.retracted, false)
  AND (r.event IS NULL OR (($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))))
WITH startNode(r) AS s, endNode(r) AS t, type(r) AS type, count(r) AS count, min(r.date) AS first, max(r.date) AS last
ORDER BY count DESC, type
LIMIT toInteger($cap)
RETURN s.id AS source, t.id AS target, type, count, first, last
