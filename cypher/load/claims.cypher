// Stages a batch of claims, each citing its staged source (found by the staged_source_id index).
// A row is a list: the source's id, then the properties in the order of CLAIM_COLUMNS
// (src/store/neo4j/rows.ts; a null one is not stored), named in the pattern for the reason
// relationships.cypher gives.
UNWIND $batch AS row
MATCH (s:StagedSource {id: row[0]})
CREATE (:StagedClaim {
  id: row[1], relId: row[2], relFrom: row[3], relTo: row[4], ord: row[5], summary: row[6],
  claimedBy: row[7], claimedByNote: row[8], status: row[9], quote: row[10], dateStart: row[11],
  dateEnd: row[12], datePrecision: row[13], dateInferred: row[14], sameDayAsReport: row[15],
  first: row[16], last: row[17], figures: row[18]
})-[:CITES]->(s)
