// How big an export is, for the progress bar: all entities (the edge pass reads each), the
// exported events and the entities they name.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () {
  MATCH (e:Event)
  WHERE NOT coalesce(e.retracted, false)
    AND ($since IS NULL OR e.date >= date($since))
    AND ($until IS NULL OR e.date <= date($until))
    AND ($actors IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(a:Entity) WHERE a.id IN $actors })
  OPTIONAL MATCH (e)-[:BY|TOWARD|ABOUT]->(n:Entity)
  RETURN count(DISTINCT e) AS events, count(DISTINCT n) AS named
}
RETURN entities, events, named
