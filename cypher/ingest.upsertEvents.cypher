// The events of a batch of articles, one row per report (with its articleId), rows sorted by mergeKey. Reports of one
// mergeKey (relation, negation, participants, topics) form one Event when their dates are within a
// day of each other, chained: an Event is a run of reports with no gap over a day, [date, lastDate].
// That is a property of the set of reports, not of their order: a report joins every run it
// touches (merging two runs it bridges into the earlier one), and an Event's id follows its
// earliest date, so any order of articles and writers makes the same events. Its values are
// order-free too: the earliest date, 'text' over 'article' at equal dates, the least mode named,
// the highest confidence, per article the report that comes first in its text. Writers of one key
// take turns on its EventKey lock, taken in key order. Its plan is kept while the graph grows
// (replan=skip): every lookup is an index seek, whatever the statistics say.
CYPHER replan=skip
UNWIND $events AS ev
MERGE (k:EventKey {key: ev.mergeKey})
SET k.writes = coalesce(k.writes, 0) + 1
WITH ev
// One row at a time, whole (a later row may merge away the event an earlier one wrote):
CALL (ev) {
  WITH ev, CASE WHEN ev.date IS NULL THEN null ELSE date(ev.date) END AS d
  CALL (ev, d) {
    OPTIONAL MATCH (x:Event {mergeKey: ev.mergeKey}) USING INDEX x:Event(mergeKey)
    WHERE x.id = ev.id
       OR (d IS NOT NULL AND x.date IS NOT NULL
           AND x.date <= d + duration({days: 1}) AND d <= coalesce(x.lastDate, x.date) + duration({days: 1}))
    WITH x ORDER BY x.date, x.id
    RETURN collect(x) AS found
  }
  CALL (ev, d, found) {
    WITH ev, d WHERE size(found) = 0
    CREATE (e:Event {id: ev.id, mergeKey: ev.mergeKey, type: ev.type, plover: ev.plover, mode: ev.mode, date: d, lastDate: d,
                     dateSource: ev.dateSource, negated: ev.negated, confidence: ev.confidence, retracted: false})
    RETURN e, true AS created, 0 AS absorbed
    UNION
    WITH ev, d, found WHERE size(found) > 0
    WITH ev, d, head(found) AS e, tail(found) AS later
    WITH ev, d, e, later, e.id AS oldId, (d IS NOT NULL AND d < e.date) AS earlier,
         [o IN later | coalesce(o.lastDate, o.date)] + [coalesce(e.lastDate, e.date), d] AS ends,
         [o IN later | o.mode] + [e.mode, ev.mode] AS modes
    SET e.lastDate = reduce(m = null, x IN ends | CASE WHEN x IS NULL THEN m WHEN m IS NULL OR x > m THEN x ELSE m END),
        e.mode = reduce(m = null, x IN modes | CASE WHEN x IS NULL THEN m WHEN m IS NULL OR x < m THEN x ELSE m END),
        e.confidence = reduce(m = ev.confidence, o IN later + [e] | CASE WHEN o.confidence > m THEN o.confidence ELSE m END),
        e.retracted = e.retracted OR any(o IN later WHERE o.retracted),
        e.dateSource = CASE WHEN earlier THEN ev.dateSource
                            WHEN d = e.date AND ev.dateSource = 'text' THEN 'text' ELSE e.dateSource END
    WITH ev, d, e, later, oldId, earlier
    CALL (e, later) {
      UNWIND later AS o
      CALL (e, o) { MATCH (o)-[:BY]->(n) MERGE (e)-[:BY]->(n) }
      CALL (e, o) { MATCH (o)-[:TOWARD]->(n) MERGE (e)-[:TOWARD]->(n) }
      CALL (e, o) { MATCH (o)-[:ABOUT]->(n) MERGE (e)-[:ABOUT]->(n) }
      CALL (e, o) {
        MATCH (o)-[r:REPORTED_IN]->(art)
        MERGE (e)-[q:REPORTED_IN]->(art)
          ON CREATE SET q = properties(r)
          ON MATCH SET q = CASE WHEN r.start < q.start THEN properties(r) ELSE properties(q) END
      }
      CALL (e, o) {
        MATCH (o)-[:BY]->(s:Entity)-[p]->(t:Entity) WHERE p.event = o.id
        MERGE (s)-[q:$(type(p)) {event: e.id}]->(t)
        SET q.date = e.date
        DELETE p
      }
      DETACH DELETE o
    }
    CALL (e, ev, d, oldId, earlier) {
      WITH e, ev, d, oldId WHERE earlier
      SET e.id = ev.id, e.date = d
      WITH e, oldId
      MATCH (e)-[:BY]->(:Entity)-[p]->(:Entity) WHERE p.event = oldId
      SET p.event = e.id, p.date = e.date
    }
    RETURN e, false AS created, size(later) AS absorbed
  }
  WITH ev, e, created, absorbed
  MATCH (a:Article {id: ev.articleId})
  MERGE (e)-[r:REPORTED_IN]->(a)
    ON CREATE SET r = ev.evidence
    ON MATCH SET r = CASE WHEN ev.evidence.start < r.start THEN ev.evidence ELSE properties(r) END
  WITH e, ev, created, absorbed
  // A new event has no edges yet: they are created, not merged (no look at the hubs' other edges).
  CALL (e, ev, created) {
    WITH e, ev WHERE created
    CALL (e, ev) { UNWIND ev.source AS id MATCH (n:Entity {id: id}) CREATE (e)-[:BY]->(n) }
    CALL (e, ev) { UNWIND ev.target AS id MATCH (n:Entity {id: id}) CREATE (e)-[:TOWARD]->(n) }
    CALL (e, ev) { UNWIND ev.about AS id MATCH (n:Entity {id: id}) CREATE (e)-[:ABOUT]->(n) }
    CALL (e, ev) {
      UNWIND ev.edges AS edge
      MATCH (s:Entity {id: edge.from})
      MATCH (o:Entity {id: edge.to})
      CREATE (s)-[:$(ev.type) {event: e.id, date: e.date}]->(o)
    }
  }
  CALL (e, ev, created) {
    WITH e, ev WHERE NOT created
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
  }
  SET e.sources = COUNT { (e)-[:REPORTED_IN]->() }
  RETURN created, absorbed
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN created THEN 0 ELSE 1 END) AS merged, sum(absorbed) AS absorbed
