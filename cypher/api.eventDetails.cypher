// Events with their participants, objects and evidence (sentence, offsets, article, speaker).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  properties(e) AS event,
  COLLECT { MATCH (e)-[:BY]->(n:Entity) RETURN properties(n) ORDER BY n.id } AS by,
  COLLECT { MATCH (e)-[:TOWARD]->(n:Entity) RETURN properties(n) ORDER BY n.id } AS toward,
  COLLECT { MATCH (e)-[:ABOUT]->(n:Entity) RETURN properties(n) ORDER BY n.id } AS about,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    OPTIONAL MATCH (s:Entity {id: r.speaker})
    WITH r, a, s ORDER BY a.published, a.id
    RETURN {sentence: r.sentence, start: r.start, end: r.end, speaker: properties(s), article: properties(a)}
  } AS evidence
