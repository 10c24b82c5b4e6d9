// One audit entry per mutation, written in the mutation's own transaction: who, when, what, before and after (JSON).
CREATE (a:AuditEntry {id: $id, at: datetime(), actor: $actor, role: $role, action: $action, target: $target, before: $before, after: $after})
RETURN a.id AS id
