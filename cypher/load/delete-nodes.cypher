// Deletes a batch of stored actors, sources and claims (by element id) that the loaded graph no
// longer holds, with their relationships. Found by element id, not by an index: every index seek
// in a transaction costs as much as the nodes it has deleted, so deletions come last.
UNWIND $batch AS element
MATCH (n)
WHERE elementId(n) = element
DETACH DELETE n
