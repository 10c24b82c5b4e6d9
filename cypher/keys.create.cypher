// Stores a new API key: its id, role, label and the SHA-256 of its token (never the token).
CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, name: $name, created: datetime(), revoked: null})
RETURN k.id AS id, k.role AS role, k.name AS name, toString(k.created) AS created
