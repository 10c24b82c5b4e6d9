// A page of the entities an export holds, in id order after $after, with the exported events each
// takes part in. Unfiltered: every entity. Filtered: those an exported event names (actor, target, object).
MATCH (n:Entity)
WHERE n.id > $after
WITH n, COUNT {
  MATCH (e:Event)-[:BY|TOWARD|ABOUT]->(n)
  WHERE NOT coalesce(e.retracted, false)
    AND ($since IS NULL OR e.date >= date($since))
    AND ($until IS NULL OR e.date <= date($until))
    AND ($actors IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(a:Entity) WHERE a.id IN $actors })
} AS events
WHERE NOT $filtered OR events > 0
WITH n, events ORDER BY n.id LIMIT toInteger($limit)
RETURN n {.id, .name, .label, .kind, .country, .iso3, .acronym, .aliases} AS node, labels(n) AS labels, events
