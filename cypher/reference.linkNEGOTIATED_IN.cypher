// Structural relation NEGOTIATED_IN from reference knowledge, merged on a key so that loading twice changes nothing.
UNWIND $links AS link
MATCH (a:Entity {id: link.from})
MATCH (b:Entity {id: link.to})
MERGE (a)-[r:NEGOTIATED_IN {key: link.key}]->(b)
SET r += link.props
SET r.from = CASE WHEN link.props.from IS NULL THEN null ELSE date(link.props.from) END,
    r.to = CASE WHEN link.props.to IS NULL THEN null ELSE date(link.props.to) END
RETURN count(r) AS links
