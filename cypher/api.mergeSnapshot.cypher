// What a merge will change, recorded so that it can be undone: both entities, every relationship of
// the merged one (and whether an identical one already sits on the kept one, so that the merge drops
// it instead of moving it), and the evidence it speaks in.
MATCH (old:Entity {id: $mergeId}), (keep:Entity {id: $keepId})
RETURN properties(old) AS merged, labels(old) AS labels, properties(keep) AS kept,
  COLLECT {
    MATCH (old)-[r]->(x)
    WITH r, x, CASE WHEN x = old THEN keep ELSE x END AS moved
    RETURN {type: type(r), direction: 'OUT', other: x.id, props: properties(r), otherLabel: CASE WHEN x:Event THEN 'Event' WHEN x:Article THEN 'Article' ELSE 'Entity' END,
            shared: EXISTS { MATCH (keep)-[s]->(moved) WHERE type(s) = type(r) AND properties(s) = properties(r) }}
  } + COLLECT {
    MATCH (x)-[r]->(old) WHERE x <> old
    RETURN {type: type(r), direction: 'IN', other: x.id, props: properties(r), otherLabel: CASE WHEN x:Event THEN 'Event' WHEN x:Article THEN 'Article' ELSE 'Entity' END,
            shared: EXISTS { MATCH (x)-[s]->(keep) WHERE type(s) = type(r) AND properties(s) = properties(r) }}
  } AS relationships,
  COLLECT { MATCH (ev:Event)-[x:REPORTED_IN]->(art:Article) WHERE x.speaker = old.id RETURN {event: ev.id, article: art.id} } AS speaking
