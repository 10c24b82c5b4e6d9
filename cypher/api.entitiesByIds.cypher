// Entities by id, for the API's per-request entity loader.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, properties(n) AS entity
