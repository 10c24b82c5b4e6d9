// Removes every node and relationship, keeping the schema (the ingest benchmark's own database only).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
