// Reference knowledge is authoritative: names, aliases and properties are set from it.
UNWIND $entities AS ent
MERGE (n:Entity {id: ent.id})
SET n += ent.props, n.name = ent.name, n.kind = ent.kind, n.reference = true, n.unknown = false,
    n.aliases = reduce(acc = ent.aliases, x IN coalesce(n.aliases, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n:$(ent.labels)
RETURN count(n) AS entities
