// Which of these ids name an entity (to refuse input that points at nothing).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN collect(id) AS found
