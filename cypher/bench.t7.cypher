// Benchmark floor, T7: full-text search over entity names, exact names first.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit * 4)}) YIELD node, score
WITH node, score, CASE WHEN toLower(node.name) = toLower($text) THEN 1 ELSE 0 END AS exact
ORDER BY exact DESC, score DESC, coalesce(node.reference, false) DESC, node.name
LIMIT toInteger($limit)
RETURN node.id AS id, node.name AS name, score
