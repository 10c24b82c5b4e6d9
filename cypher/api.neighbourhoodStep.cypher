// One hop out of a frontier of entities over allow-listed edge types (projected event relations and
// structural ones), grouped per pair and type; retracted events' edges left out.
UNWIND $frontier AS id
MATCH (x:Entity {id: id})-[r]-(n:Entity)
WHERE type(r) IN $types AND NOT coalesce(r.retracted, false)
  AND (r.event IS NULL OR (($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))))
WITH startNode(r) AS s, endNode(r) AS t, type(r) AS type, count(r) AS count, min(r.date) AS first, max(r.date) AS last
ORDER BY count DESC, type
LIMIT toInteger($cap)
RETURN properties(s) AS source, properties(t) AS target, type, count, first, last
