// Benchmark floor (npm run bench:api), T1: an actor's events of some relations as source, oldest
// first, with targets and evidence (sentence, article), and how many there are.
CALL () {
  MATCH (:Entity {id: $actor})<-[:BY]-(e:Event)
  WHERE e.type IN $relations AND NOT coalesce(e.retracted, false)
  RETURN count(e) AS total
}
MATCH (:Entity {id: $actor})<-[:BY]-(e:Event)
WHERE e.type IN $relations AND NOT coalesce(e.retracted, false)
WITH total, e ORDER BY coalesce(e.date, date('0001-01-01')), e.id LIMIT toInteger($first)
RETURN total, e.id AS id, e.date AS date, e.type AS relation,
  [(e)-[:TOWARD]->(t:Entity) | t {.id, .name}] AS toward,
  [(e)-[r:REPORTED_IN]->(a:Article) | {sentence: r.sentence, article: a {.id, .title, .published}}] AS evidence
