// Marks an audit entry as undone (by which later entry), so that it is not undone twice.
MATCH (a:AuditEntry {id: $id})
WHERE a.undone IS NULL
SET a.undone = $by
RETURN a.id AS id
