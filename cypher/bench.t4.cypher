// Benchmark floor, T4: the first actors of a kind by name, with how many events each takes part in or is about.
MATCH (n:Actor)
WHERE n.kind = $kind
WITH n ORDER BY n.name, n.id LIMIT toInteger($first)
RETURN n.id AS id, n.name AS name, COUNT { MATCH (n)<-[:BY|TOWARD|ABOUT]-(e:Event) WHERE NOT coalesce(e.retracted, false) RETURN DISTINCT e } AS count
