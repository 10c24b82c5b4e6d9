// Revokes a key by id: it stays listed, marked, and no longer authenticates.
MATCH (k:ApiKey {id: $id})
SET k.revoked = coalesce(k.revoked, datetime())
RETURN k.id AS id, toString(k.revoked) AS revoked
