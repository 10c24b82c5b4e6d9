// Benchmark floor, T2: an entity's relations grouped by relation, direction and counterpart.
MATCH (a:Entity {id: $id})<-[r1:BY|TOWARD|ABOUT]-(e:Event)-[r2:BY|TOWARD|ABOUT]->(c:Entity)
WHERE c <> a AND NOT coalesce(e.retracted, false)
  AND ((type(r1) = 'BY') <> (type(r2) = 'BY') OR (type(r1) = 'BY' AND type(r2) = 'BY' AND e.type IN $symmetric))
WITH CASE WHEN type(r1) = 'BY' AND type(r2) = 'BY' THEN 'MUTUAL' WHEN type(r1) = 'BY' THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
     e.type AS relation, c, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
ORDER BY count DESC, last DESC, relation, c.name, c.id
LIMIT toInteger($first)
RETURN direction, relation, c.id AS counterpartId, c.name AS counterpartName, count, first, last
