// Stages a batch of claims, each citing its staged source (found by the staged_source_id index).
// The properties are named in the pattern (those of claimRow, src/store/neo4j/rows.ts; a null one
// is not stored), for the reason relationships.cypher gives.
UNWIND $batch AS row
MATCH (s:StagedSource {id: row.source})
CREATE (:StagedClaim {
  id: row.props.id, relId: row.props.relId, relFrom: row.props.relFrom, relTo: row.props.relTo,
  ord: row.props.ord, summary: row.props.summary, claimedBy: row.props.claimedBy,
  claimedByNote: row.props.claimedByNote, status: row.props.status, quote: row.props.quote,
  dateStart: row.props.dateStart, dateEnd: row.props.dateEnd,
  datePrecision: row.props.datePrecision, dateInferred: row.props.dateInferred,
  sameDayAsReport: row.props.sameDayAsReport, first: row.props.first, last: row.props.last,
  figures: row.props.figures
})-[:CITES]->(s)
