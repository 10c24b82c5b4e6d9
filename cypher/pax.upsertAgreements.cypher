// PA-X agreements. An agreement the reference knowledge already has (matched by PA-X id) is the
// same node, enriched, never a copy; the others are merged on "agreement:pax-<AgtId>".
// PA-X ids are integers: a JS number reaches Cypher as a float, so it is made an integer first
// ("agreement:pax-1926", never "pax-1926.0").
UNWIND $rows AS input
WITH input {.*, paxId: toInteger(input.paxId)} AS row
OPTIONAL MATCH (known:Agreement {paxId: row.paxId})
WITH row, known
CALL (row, known) {
  WITH row, known WHERE known IS NULL
  MERGE (a:Entity {id: 'agreement:pax-' + toString(row.paxId)})
    ON CREATE SET a.name = row.name, a.aliases = [], a.kind = 'Agreement'
  SET a:Agreement
  RETURN a, true AS created
  UNION
  WITH row, known WHERE known IS NOT NULL
  RETURN known AS a, false AS created
}
SET a.paxId = row.paxId, a.paxName = row.name, a.signed = date(row.signed), a.status = row.status,
    a.agreementType = row.agreementType, a.stage = row.stage, a.stageSub = row.stageSub,
    a.conflict = row.conflict, a.region = row.region
MERGE (p:Entity {id: 'process:pax-' + row.processId})
  ON CREATE SET p.aliases = [], p.kind = 'PeaceProcess'
SET p:PeaceProcess, p.name = coalesce(row.processName, p.name)
MERGE (a)-[:IN_PROCESS]->(p)
WITH a, row, created
CALL (a, row) {
  UNWIND row.locations AS iso
  MATCH (s:State {iso3: iso})
  MERGE (a)-[:LOCATED_IN]->(s)
}
RETURN count(a) AS agreements, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
