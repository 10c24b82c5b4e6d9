// Changed articles: take back their evidence; events no other article reports go, with their edges.
CYPHER replan=skip
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[r:REPORTED_IN]-(e:Event)
DELETE r
WITH DISTINCT e
WITH e, COUNT { (e)-[:REPORTED_IN]->() } AS remaining
SET e.sources = remaining
WITH e WHERE remaining = 0
OPTIONAL MATCH (e)-[:BY]->(:Entity)-[p]->(:Entity)
WHERE p.event = e.id
DELETE p
WITH DISTINCT e
DETACH DELETE e
