// A page of the events an export holds, in id order after $after: not retracted, dated within
// $since..$until, with one of $actors as actor or target; with participants and evidence (oldest report first).
MATCH (e:Event)
WHERE e.id > $after
  AND NOT coalesce(e.retracted, false)
  AND ($since IS NULL OR e.date >= date($since))
  AND ($until IS NULL OR e.date <= date($until))
  AND ($actors IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(a:Entity) WHERE a.id IN $actors })
WITH e ORDER BY e.id LIMIT toInteger($limit)
RETURN properties(e) AS event,
  COLLECT { MATCH (e)-[:BY]->(n:Entity) WITH n ORDER BY n.id RETURN n {.id, .name, .label, .kind, .country, .iso3} } AS by,
  COLLECT { MATCH (e)-[:TOWARD]->(n:Entity) WITH n ORDER BY n.id RETURN n {.id, .name, .label, .kind, .country, .iso3} } AS toward,
  COLLECT { MATCH (e)-[:ABOUT]->(n:Entity) WITH n ORDER BY n.id RETURN n {.id, .name, .label, .kind, .country, .iso3} } AS about,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    WITH r, a ORDER BY a.published, a.id
    RETURN {sentence: r.sentence, start: r.start, end: r.end, speaker: r.speaker, article: a {.id, .publisher, .url, .title, .published}}
  } AS evidence
