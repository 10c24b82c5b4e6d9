// Synthetic scale: removes every copy (nodes made by bench:scale carry copyOf).
MATCH (n) WHERE n.copyOf IS NOT NULL
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
