// An entity's properties and labels, for the audit trail.
MATCH (n:Entity {id: $id})
RETURN properties(n) AS entity, labels(n) AS labels
