// Counts by entity kind and by relation, and the totals.
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS entities
}
CALL () {
  MATCH (e:Event) WHERE NOT coalesce(e.retracted, false)
  WITH e.type AS relation, count(*) AS count ORDER BY count DESC, relation
  RETURN collect({relation: relation, count: count}) AS events
}
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Event) WHERE e.retracted RETURN count(e) AS retracted }
RETURN entities, events, articles, retracted
