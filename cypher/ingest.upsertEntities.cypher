// Entities of one article, merged on their stable ids. Names found only in text keep every alias seen.
UNWIND $entities AS ent
OPTIONAL MATCH (old:Entity {id: ent.id})
WITH ent, old IS NULL AS isNew
MERGE (n:Entity {id: ent.id})
  ON CREATE SET n.name = ent.name, n.kind = ent.kind, n.country = ent.country, n.unknown = ent.unknown,
                n.aliases = ent.aliases, n.key = ent.key,
                n.label = CASE WHEN ent.kind = 'Topic' THEN ent.name END
  ON MATCH SET n.aliases = CASE
      WHEN ent.unknown THEN reduce(acc = coalesce(n.aliases, []), x IN ent.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
      ELSE n.aliases END
SET n:$(ent.labels)
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
