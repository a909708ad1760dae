// Writes a batch of claims, each citing its stored source (a claim that cited another source
// before this load no longer does).
UNWIND $batch AS row
MATCH (s:Source {id: row.source})
MERGE (c:Claim {id: row.props.id})
SET c = row.props
MERGE (c)-[:CITES]->(s)
WITH c, s
MATCH (c)-[old:CITES]->(other:Source)
WHERE other <> s
DELETE old
