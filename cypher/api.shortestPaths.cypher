// The shortest paths (at most $maxHops, never more than 6 hops) between two entities over
// allow-listed edge types, each hop with the evidence of the event behind it (structural hops have
// none). One path per route (node sequence); routes with more event hops (more evidence) first;
// of one route's paths, the first by edge type and event id, so the answer does not vary by run.
// ALL SHORTEST over a quantified path runs one bounded bidirectional search with the edge and hop
// predicates applied while it searches: no exhaustive fallback, whatever the answer (or none).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) (()-[hop]-(:Entity) WHERE type(hop) IN $types AND NOT coalesce(hop.retracted, false)){1,6} (b)
WHERE length(p) <= $maxHops
WITH p, size([r IN relationships(p) WHERE r.event IS NOT NULL]) AS evented, [n IN nodes(p) | n.id] AS route,
  [r IN relationships(p) | type(r) + ' ' + coalesce(r.event, '')] AS edges
ORDER BY evented DESC, route, edges
WITH route, collect(p)[0] AS p, max(evented) AS evented
ORDER BY evented DESC, route
LIMIT toInteger($limit)
WITH p, evented, route, [n IN nodes(p) | properties(n)] AS nodes
UNWIND range(0, length(p) - 1) AS i
WITH p, evented, route, nodes, i, relationships(p)[i] AS r
OPTIONAL MATCH (ev:Event {id: r.event})
WITH p, evented, route, nodes, i, r, ev,
  COLLECT {
    MATCH (ev)-[x:REPORTED_IN]->(art:Article)
    OPTIONAL MATCH (s:Entity {id: x.speaker})
    WITH x, art, s ORDER BY art.published, art.id
    RETURN {sentence: x.sentence, start: x.start, end: x.end, speaker: properties(s), article: properties(art)}
  } AS evidence
ORDER BY i
WITH p, evented, route, nodes, collect({
  type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
  event: CASE WHEN ev IS NULL THEN null ELSE properties(ev) END, evidence: evidence
}) AS hops
RETURN nodes, hops
ORDER BY evented DESC, route
