// Events matching a filter, ordered by date: the total and one page of ids.
MATCH (e:Event)
WHERE ($relations IS NULL OR e.type IN $relations)
  AND ($plover IS NULL OR e.plover IN $plover)
  AND ($includeRetracted OR NOT coalesce(e.retracted, false))
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($minSources IS NULL OR e.sources >= $minSources)
  AND ($source IS NULL OR EXISTS { (e)-[:BY]->(:Entity {id: $source}) })
  AND ($target IS NULL OR EXISTS { (e)-[:TOWARD]->(:Entity {id: $target}) })
  AND ($actor IS NULL OR EXISTS { (e)-[:BY|TOWARD]->(:Entity {id: $actor}) })
  AND ($involving IS NULL OR EXISTS { (e)-[:BY|TOWARD|ABOUT]->(:Entity {id: $involving}) })
  AND all(x IN $about WHERE EXISTS { (e)-[:ABOUT|TOWARD]->(:Entity {id: x}) })
  AND ($speaker IS NULL OR EXISTS { (e)-[r:REPORTED_IN]->(:Article) WHERE r.speaker = $speaker })
WITH e, coalesce(e.date, date('0001-01-01')) AS d
ORDER BY CASE WHEN $ascending THEN d END ASC, CASE WHEN $ascending THEN null ELSE d END DESC, e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS total, ids[toInteger($skip)..toInteger($skip + $limit)] AS ids
