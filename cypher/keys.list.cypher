// Every key, newest first, without hashes.
MATCH (k:ApiKey)
RETURN k.id AS id, k.role AS role, k.name AS name, toString(k.created) AS created, toString(k.revoked) AS revoked
ORDER BY k.created DESC
