// Deletes a batch of stored relationships (by element id) that the loaded graph no longer holds.
UNWIND $batch AS element
MATCH (:Actor)-[r]->(:Actor)
WHERE elementId(r) = element
DELETE r
