// Node counts by label: part of a graph's signature, to compare two ingests.
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS n ORDER BY label
