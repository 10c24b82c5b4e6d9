// Who stands where on topics, agreements or formats: for each object and actor, the dated events
// that count for or against (the same rule as api.positionsByActors, anchored on the object).
UNWIND $ids AS id
MATCH (o:Entity {id: id})<-[role:ABOUT|TOWARD]-(e:Event)-[:BY]->(a:Entity)
WHERE e.type IN $stanceRelations AND NOT coalesce(e.retracted, false) AND NOT coalesce(e.negated, false)
  AND (type(role) = 'ABOUT' OR (NOT EXISTS { (e)-[:ABOUT]->(:Entity) } AND NOT (o:Actor AND e.type IN $addresseeRelations)))
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH DISTINCT id, a, o, e ORDER BY e.date, e.id
WITH id, a, o, collect({id: e.id, date: e.date, relation: e.type}) AS events
RETURN id, properties(a) AS actor, properties(o) AS object, events
