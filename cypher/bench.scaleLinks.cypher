// Synthetic scale: the copies of the edges between corpus entities (structural ones, and the
// projected event edges, dated $shift days earlier and pointing at the copied event).
MATCH (n:Entity)-[r]->(x:Entity) WHERE n.copyOf IS NULL AND x.copyOf IS NULL
CALL (n, r, x) {
  MATCH (n2:Entity {id: n.id + $suffix}), (x2:Entity {id: x.id + $suffix})
  CREATE (n2)-[s:$(type(r))]->(x2)
  SET s = properties(r),
      s.event = CASE WHEN r.event IS NULL THEN null ELSE r.event + $suffix END,
      s.date = CASE WHEN r.event IS NULL THEN r.date ELSE r.date - duration({days: $shift}) END
} IN TRANSACTIONS OF 5000 ROWS
