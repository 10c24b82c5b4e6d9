// Retracts (or restores) an event: it is kept, marked, and left out of answers unless asked for;
// its projected edges are marked too.
MATCH (e:Event {id: $id})
SET e.retracted = $retracted,
    e.retractedReason = CASE WHEN $retracted THEN $reason ELSE null END,
    e.retractedAt = CASE WHEN $retracted THEN datetime() ELSE null END
WITH e
CALL (e) {
  MATCH (e)-[:BY]->(:Entity)-[p]->(:Entity)
  WHERE p.event = e.id
  SET p.retracted = $retracted
}
RETURN e.id AS id
