// Entities of a batch, merged on their stable ids. An entity that exists is only written when it
// is found only in text and brings an alias it lacks (kept sorted), so writers do not queue on the
// locks of hub nodes (a state, a leader) that every article names.
CYPHER replan=skip
UNWIND $entities AS ent
OPTIONAL MATCH (old:Entity {id: ent.id})
WITH ent, old IS NULL AS isNew
MERGE (n:Entity {id: ent.id})
  ON CREATE SET n.name = ent.name, n.kind = ent.kind, n.country = ent.country, n.unknown = ent.unknown,
                n.aliases = ent.aliases, n.key = ent.key,
                n.label = CASE WHEN ent.kind = 'Topic' THEN ent.name END
WITH n, ent, isNew
CALL (n, ent, isNew) {
  WITH n, ent WHERE isNew
  SET n:$(ent.labels)
}
CALL (n, ent, isNew) {
  WITH n, ent, [x IN ent.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS added
  WHERE NOT isNew AND ent.unknown AND size(added) > 0
  SET n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + added AS x RETURN DISTINCT x ORDER BY x }
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
