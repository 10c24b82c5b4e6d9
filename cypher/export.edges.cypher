// The edges leaving a page of entities (id order after $after). Event edges are aggregated per
// relation and target over the exported events (first and last date, event ids); structural edges
// come as they are, and, when filtered, only between entities that exported events name.
MATCH (s:Entity)
WHERE s.id > $after
WITH s ORDER BY s.id LIMIT toInteger($limit)
RETURN s.id AS source,
  COLLECT {
    MATCH (s)-[p]->(o:Entity)
    WHERE p.event IS NOT NULL AND NOT coalesce(p.retracted, false)
    MATCH (e:Event {id: p.event})
    WHERE NOT coalesce(e.retracted, false)
      AND ($since IS NULL OR e.date >= date($since))
      AND ($until IS NULL OR e.date <= date($until))
      AND ($actors IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(a:Entity) WHERE a.id IN $actors })
    WITH o.id AS target, type(p) AS relation, e ORDER BY e.id
    WITH target, relation, collect(DISTINCT e.id) AS ids, min(e.date) AS first, max(e.date) AS last
    ORDER BY target, relation
    RETURN {target: target, relation: relation, first: first, last: last, ids: ids}
  } AS events,
  COLLECT {
    MATCH (s)-[r:LEADER_OF|MEMBER_OF|PARTY_TO|PART_OF|NEGOTIATED_IN|LOCATED_IN|IN_PROCESS]->(o:Entity)
    WHERE NOT $filtered OR all(x IN [s, o] WHERE EXISTS {
      MATCH (e:Event)-[:BY|TOWARD|ABOUT]->(x)
      WHERE NOT coalesce(e.retracted, false)
        AND ($since IS NULL OR e.date >= date($since))
        AND ($until IS NULL OR e.date <= date($until))
        AND ($actors IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(a:Entity) WHERE a.id IN $actors })
    })
    WITH o, r ORDER BY o.id, type(r)
    RETURN {target: o.id, relation: type(r), from: r.from, to: r.to}
  } AS structural
