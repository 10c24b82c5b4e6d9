// Creates or updates an entity by id. Labels come from an allow-list in code; values are parameters.
MERGE (n:Entity {id: $id})
  ON CREATE SET n.kind = $kind, n.aliases = [], n.unknown = false, n.reference = false, n.curated = true
SET n += $props
SET n:$($labels)
SET n.signed = CASE WHEN $signed IS NULL THEN n.signed ELSE date($signed) END
RETURN properties(n) AS entity
