// What curators changed that reference knowledge must not undo: fields edited on an entity
// (curatedFields) and ids merged into another entity (mergedIds).
MATCH (n:Entity)
WHERE n.curatedFields IS NOT NULL OR n.mergedIds IS NOT NULL
RETURN n.id AS id, coalesce(n.curatedFields, []) AS fields, coalesce(n.mergedIds, []) AS mergedIds, properties(n) AS props
