// Benchmark floor, T8: the events of a date range with their participants, and how many there are.
CALL () {
  MATCH (e:Event) WHERE e.date >= date($from) AND e.date <= date($to) AND NOT coalesce(e.retracted, false)
  RETURN count(e) AS total
}
MATCH (e:Event) WHERE e.date >= date($from) AND e.date <= date($to) AND NOT coalesce(e.retracted, false)
WITH total, e ORDER BY e.date, e.id LIMIT toInteger($first)
RETURN total, e.id AS id, e.type AS relation,
  COLLECT { MATCH (e)-[:BY|TOWARD]->(p:Entity) RETURN DISTINCT p.id } AS participants
