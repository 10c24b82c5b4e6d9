// One audit entry by id.
MATCH (a:AuditEntry {id: $id})
RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.role AS role, a.action AS action, a.target AS target, a.before AS before, a.after AS after, a.undone AS undone
