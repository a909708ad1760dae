// Writes a batch of claims that the database does not hold yet, each citing its stored source.
// CREATE, not MERGE, for the reason relationships.cypher gives: a source is cited by many claims.
UNWIND $batch AS row
MATCH (s:Source {id: row.source})
CREATE (c:Claim)-[:CITES]->(s)
SET c = row.props
