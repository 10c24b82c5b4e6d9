// Ends a merge: the kept entity takes the other's name and aliases as aliases, fills its missing
// properties, remembers the merged id; speakers are re-pointed; the emptied node is deleted
// (DELETE, not DETACH DELETE: it fails if a relationship was left behind).
MATCH (old:Entity {id: $mergeId}), (keep:Entity {id: $keepId})
SET keep.aliases = reduce(acc = coalesce(keep.aliases, []), x IN [old.name] + coalesce(old.aliases, []) |
      CASE WHEN x IS NULL OR x = keep.name OR x IN acc THEN acc ELSE acc + x END),
    keep.mergedIds = coalesce(keep.mergedIds, []) + [old.id] + coalesce(old.mergedIds, []),
    keep.country = coalesce(keep.country, old.country),
    keep.iso3 = coalesce(keep.iso3, old.iso3),
    keep.acronym = coalesce(keep.acronym, old.acronym),
    keep.key = coalesce(keep.key, old.key),
    keep.label = coalesce(keep.label, old.label),
    keep.signed = coalesce(keep.signed, old.signed),
    keep.paxId = coalesce(keep.paxId, old.paxId),
    keep.unknown = coalesce(keep.unknown, false) AND coalesce(old.unknown, false),
    keep.reference = coalesce(keep.reference, false) OR coalesce(old.reference, false)
WITH old, keep
CALL (old, keep) {
  MATCH (:Event)-[r:REPORTED_IN]->(:Article) WHERE r.speaker = old.id
  SET r.speaker = keep.id
}
DELETE old
RETURN properties(keep) AS entity
