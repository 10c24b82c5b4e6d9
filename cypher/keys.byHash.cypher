// The live key whose token hashes to $hash, if any.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revoked IS NULL
RETURN k.id AS id, k.role AS role
