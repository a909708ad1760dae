// Writes a batch of claims the database holds already (by element id). A claim whose source
// changed (row.moved) stops citing the old one and cites its stored source instead.
UNWIND $batch AS row
MATCH (c:Claim)
WHERE elementId(c) = row.element
SET c = row.props
WITH c, row
WHERE row.moved
OPTIONAL MATCH (c)-[old:CITES]->(:Source)
DELETE old
WITH DISTINCT c, row
MATCH (s:Source {id: row.source})
CREATE (c)-[:CITES]->(s)
