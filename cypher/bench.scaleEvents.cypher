// Synthetic scale: one copy of every corpus event, $shift days earlier, tied to the copies of its
// entities and articles.
MATCH (e:Event) WHERE e.copyOf IS NULL
CALL (e) {
  CREATE (c)
  SET c = e {.*, id: e.id + $suffix, copyOf: e.id, mergeKey: e.mergeKey + $suffix, date: e.date - duration({days: $shift})}
  SET c:Event
  WITH e, c
  CALL (e, c) {
    MATCH (e)-[r:BY|TOWARD|ABOUT]->(n:Entity)
    MATCH (m:Entity {id: n.id + $suffix})
    CREATE (c)-[:$(type(r))]->(m)
  }
  CALL (e, c) {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    MATCH (b:Article {id: a.id + $suffix})
    CREATE (c)-[s:REPORTED_IN]->(b)
    SET s = properties(r), s.speaker = r.speaker + $suffix
  }
} IN TRANSACTIONS OF 2000 ROWS
