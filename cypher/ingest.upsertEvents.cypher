// The events of one article. The same happening reported by several articles is one Event: same
// mergeKey (relation, participants, topics) and dates within a day. Writers of the same mergeKey
// are serialised by a lock on its EventKey, and the event keeps the earliest reported date (its id
// follows that date), so the graph does not depend on the order articles arrive in.
MATCH (a:Article {id: $articleId})
UNWIND $events AS ev
MERGE (k:EventKey {key: ev.mergeKey})
SET k.writes = coalesce(k.writes, 0) + 1
WITH a, ev, CASE WHEN ev.date IS NULL THEN null ELSE date(ev.date) END AS evDate
CALL (ev, evDate) {
  OPTIONAL MATCH (x:Event {mergeKey: ev.mergeKey})
  WHERE x.id = ev.id
     OR (evDate IS NOT NULL AND x.date IS NOT NULL AND abs(duration.inDays(x.date, evDate).days) <= 1)
  RETURN x ORDER BY x.date, x.id LIMIT 1
}
CALL (ev, evDate, x) {
  WITH ev, evDate, x WHERE x IS NULL
  MERGE (e:Event {id: ev.id})
    ON CREATE SET e.mergeKey = ev.mergeKey, e.type = ev.type, e.plover = ev.plover, e.mode = ev.mode,
                  e.date = evDate, e.dateSource = ev.dateSource, e.negated = ev.negated, e.confidence = ev.confidence, e.retracted = false
  RETURN e, true AS created
  UNION
  WITH ev, evDate, x WHERE x IS NOT NULL
  WITH ev, evDate, x, x.id AS oldId, (evDate IS NOT NULL AND evDate < x.date) AS earlier
  SET x.date = CASE WHEN earlier THEN evDate ELSE x.date END,
      x.dateSource = CASE WHEN earlier THEN ev.dateSource ELSE x.dateSource END,
      x.id = CASE WHEN earlier THEN ev.id ELSE x.id END
  WITH x, oldId, earlier
  CALL (x, oldId, earlier) {
    WITH x, oldId WHERE earlier
    MATCH (x)-[:BY]->(:Entity)-[p]->(:Entity) WHERE p.event = oldId
    SET p.event = x.id, p.date = x.date
  }
  RETURN x AS e, false AS created
}
MERGE (e)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.sentence = ev.evidence.sentence, r.start = ev.evidence.start, r.end = ev.evidence.end,
                r.speaker = ev.evidence.speaker
SET e.mode = coalesce(e.mode, ev.mode),
    e.confidence = CASE WHEN ev.confidence > e.confidence THEN ev.confidence ELSE e.confidence END
WITH e, ev, created
CALL (e, ev) { UNWIND ev.source AS id MATCH (n:Entity {id: id}) MERGE (e)-[:BY]->(n) }
CALL (e, ev) { UNWIND ev.target AS id MATCH (n:Entity {id: id}) MERGE (e)-[:TOWARD]->(n) }
CALL (e, ev) { UNWIND ev.about AS id MATCH (n:Entity {id: id}) MERGE (e)-[:ABOUT]->(n) }
CALL (e, ev) {
  UNWIND ev.edges AS edge
  MATCH (s:Entity {id: edge.from})
  MATCH (o:Entity {id: edge.to})
  MERGE (s)-[p:$(ev.type) {event: e.id}]->(o)
  SET p.date = e.date
}
WITH DISTINCT e, created
SET e.sources = COUNT { (e)-[:REPORTED_IN]->() }
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN created THEN 0 ELSE 1 END) AS merged
