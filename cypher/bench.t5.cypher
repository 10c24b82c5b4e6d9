// Benchmark floor, T5: two hops: an entity's newest events, their participants, the states those lead.
MATCH (:Entity {id: $id})<-[:BY|TOWARD|ABOUT]-(e:Event)
WHERE NOT coalesce(e.retracted, false)
WITH DISTINCT e ORDER BY coalesce(e.date, date('0001-01-01')) DESC, e.id LIMIT toInteger($first)
RETURN e.id AS id, e.date AS date,
  COLLECT {
    MATCH (e)-[:BY|TOWARD]->(p:Entity)
    WITH DISTINCT p
    RETURN {id: p.id, name: p.name, leads: [(p)-[:LEADER_OF]->(s:Entity) | s.id]}
  } AS participants
