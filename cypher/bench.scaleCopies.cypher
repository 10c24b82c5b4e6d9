// Synthetic scale: whether a copy was made already (its copy of a given entity exists).
MATCH (n:Entity {id: $probe})
RETURN count(n) AS found
