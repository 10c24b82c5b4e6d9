// Creates or updates an entity by id. Labels come from an allow-list in code; values are parameters.
// The fields set are remembered as curated: loading reference knowledge again keeps them.
MERGE (n:Entity {id: $id})
  ON CREATE SET n.kind = $kind, n.aliases = [], n.unknown = false, n.reference = false, n.curated = true
SET n += $props
SET n:$($labels)
SET n.signed = CASE WHEN $signed IS NULL THEN n.signed ELSE date($signed) END
SET n.curatedFields = reduce(acc = coalesce(n.curatedFields, []), f IN $curated | CASE WHEN f IN acc THEN acc ELSE acc + f END)
RETURN properties(n) AS entity
