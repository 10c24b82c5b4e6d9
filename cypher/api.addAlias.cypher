// Adds a name to an entity's aliases (nothing when it already is its name or an alias).
MATCH (n:Entity {id: $id})
SET n.aliases = CASE
  WHEN n.name = $alias OR $alias IN coalesce(n.aliases, []) THEN coalesce(n.aliases, [])
  ELSE coalesce(n.aliases, []) + $alias END
RETURN properties(n) AS entity
