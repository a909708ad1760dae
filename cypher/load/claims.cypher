// Writes a batch of claims, each citing its stored source.
UNWIND $batch AS row
MATCH (s:Source {id: row.source})
MERGE (c:Claim {id: row.props.id})
SET c = row.props
MERGE (c)-[:CITES]->(s)
