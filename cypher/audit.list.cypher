// Audit entries, newest first, optionally of one target or one action.
MATCH (a:AuditEntry)
WHERE ($target IS NULL OR a.target = $target) AND ($action IS NULL OR a.action = $action)
RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.role AS role, a.action AS action, a.target AS target, a.before AS before, a.after AS after
ORDER BY a.at DESC, a.id
LIMIT toInteger($limit)
