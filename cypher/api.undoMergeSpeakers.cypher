// Undoes a merge, step 3: the evidence the merged entity spoke in names it again.
UNWIND $speaking AS sp
MATCH (:Event {id: sp.event})-[x:REPORTED_IN]->(:Article {id: sp.article})
WHERE x.speaker = $keepId
SET x.speaker = $mergeId
RETURN count(x) AS speakers
