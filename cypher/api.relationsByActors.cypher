// What entities did and had done to them, grouped by relation and counterpart, with counts and
// first and last dates. Symmetric relations (met with, discussed) also join co-sources.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)<-[:BY]-(e:Event)-[:TOWARD|ABOUT]->(c:Entity)
  WHERE c <> a AND NOT coalesce(e.retracted, false)
    AND ($relations IS NULL OR e.type IN $relations)
    AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  RETURN 'OUTGOING' AS direction, e.type AS relation, c, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  UNION ALL
  MATCH (a)<-[:TOWARD|ABOUT]-(e:Event)-[:BY]->(c:Entity)
  WHERE c <> a AND NOT coalesce(e.retracted, false)
    AND ($relations IS NULL OR e.type IN $relations)
    AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  RETURN 'INCOMING' AS direction, e.type AS relation, c, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  UNION ALL
  MATCH (a)<-[:BY]-(e:Event)-[:BY]->(c:Entity)
  WHERE c <> a AND e.type IN $symmetric AND NOT coalesce(e.retracted, false)
    AND ($relations IS NULL OR e.type IN $relations)
    AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  RETURN 'MUTUAL' AS direction, e.type AS relation, c, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
}
WITH id, direction, relation, c, count, first, last
ORDER BY count DESC, last DESC, relation, c.name
WITH id, collect({direction: direction, relation: relation, counterpart: properties(c), count: count, first: first, last: last}) AS groups
RETURN id, size(groups) AS total, groups[0..toInteger($limit)] AS groups
