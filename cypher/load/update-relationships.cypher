// Writes the properties of a batch of relationships the database holds already (found by element
// id, as stored-elements.cypher listed them, with the same id, ends and so type).
UNWIND $batch AS row
MATCH (:Actor)-[r]->(:Actor)
WHERE elementId(r) = row.element
SET r = row.props
