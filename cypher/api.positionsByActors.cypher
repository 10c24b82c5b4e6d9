// The stance events of actors: for each actor and object (what the event is about, else its
// target), the dated events that count for or against. Negated and retracted events do not count.
// An actor addressed by a demand or an agreement ("called on the US and NATO to respond", "agreed
// with Macron") is its addressee, not what the stance is about.
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[:BY]-(e:Event)
WHERE e.type IN $stanceRelations AND NOT coalesce(e.retracted, false) AND NOT coalesce(e.negated, false)
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
CALL (e) {
  MATCH (e)-[:ABOUT]->(o:Entity) RETURN o
  UNION
  MATCH (e)-[:TOWARD]->(o:Entity)
  WHERE NOT EXISTS { (e)-[:ABOUT]->(:Entity) } AND NOT (o:Actor AND e.type IN $addresseeRelations)
  RETURN o
}
WITH id, a, o, e ORDER BY e.date, e.id
WITH id, a, o, collect({id: e.id, date: e.date, relation: e.type}) AS events
RETURN id, properties(a) AS actor, properties(o) AS object, events
