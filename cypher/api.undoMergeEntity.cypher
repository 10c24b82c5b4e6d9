// Undoes a merge, step 1: brings the merged entity back under its id, with its labels and
// properties, and gives the kept entity back the properties the merge changed ($restore; null removes).
MATCH (keep:Entity {id: $keepId})
WHERE NOT EXISTS { MATCH (:Entity {id: $mergeId}) }
CREATE (old:Entity)
SET old = $merged
SET old.signed = CASE WHEN $merged.signed IS NULL THEN null ELSE date($merged.signed) END
SET old:$($labels)
SET keep += $restore
RETURN properties(old) AS entity
