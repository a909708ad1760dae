// Stages a batch of claims, each citing its staged source (found by the staged_source_id index).
UNWIND $batch AS row
MATCH (s:StagedSource {id: row.source})
CREATE (c:StagedClaim)-[:CITES]->(s)
SET c = row.props
