// Benchmark floor, T6: an agreement with its parts, parties, formats, and its newest events with their sources.
MATCH (g:Entity {id: $id})
CALL (g) {
  MATCH (g)<-[:BY|TOWARD|ABOUT]-(e:Event) WHERE NOT coalesce(e.retracted, false)
  RETURN count(DISTINCT e) AS total
}
RETURN g.name AS name, total,
  [(g)<-[:PART_OF]-(x:Entity) | x.id] AS parts,
  [(g)<-[:PARTY_TO]-(x:Entity) | x.id] AS parties,
  [(g)-[:NEGOTIATED_IN]->(x:Entity) | x.id] AS formats,
  COLLECT {
    MATCH (g)<-[:BY|TOWARD|ABOUT]-(e:Event) WHERE NOT coalesce(e.retracted, false)
    WITH DISTINCT e ORDER BY coalesce(e.date, date('0001-01-01')) DESC, e.id LIMIT toInteger($first)
    RETURN {id: e.id, date: e.date, relation: e.type, by: [(e)-[:BY]->(b:Entity) | b.id]}
  } AS events
