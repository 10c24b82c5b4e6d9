// Every event with what hangs on it (participants, evidence, projected edges): part of a graph's
// signature, to compare two ingests.
MATCH (e:Event)
RETURN e.id AS id, e.mergeKey AS key, e.type AS type, toString(e.date) AS date, toString(e.lastDate) AS lastDate,
       e.dateSource AS dateSource, e.mode AS mode, e.confidence AS confidence, e.sources AS sources,
       COLLECT { MATCH (e)-[r:BY|TOWARD|ABOUT]->(n) RETURN type(r) + '>' + n.id AS x ORDER BY x } AS roles,
       COLLECT { MATCH (e)-[r:REPORTED_IN]->(a) RETURN a.id + '@' + toString(r.start) + ':' + r.sentence AS x ORDER BY x } AS evidence,
       COLLECT { MATCH (e)-[:BY]->(s:Entity)-[p]->(o:Entity) WHERE p.event = e.id
                 RETURN type(p) + '|' + s.id + '>' + o.id + '|' + toString(p.date) AS x ORDER BY x } AS edges
ORDER BY id
