// Full-text search over names, aliases, acronyms and topic keys; exact names first, then by score
// (an exact alias is not boosted: "Minsk" is an alias of Belarus, but the agreements rank higher).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit * 4)}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score,
     CASE WHEN toLower(node.name) = toLower($text) THEN 1 ELSE 0 END AS exact
RETURN properties(node) AS entity, score
ORDER BY exact DESC, score DESC, coalesce(node.reference, false) DESC, node.name
LIMIT toInteger($limit)
