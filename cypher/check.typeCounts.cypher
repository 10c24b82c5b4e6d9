// Relationship counts by type: part of a graph's signature, to compare two ingests.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n ORDER BY type
